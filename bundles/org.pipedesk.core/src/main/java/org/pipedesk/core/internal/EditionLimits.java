package org.pipedesk.core.internal;

import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The edition's limits: how many pipelines the desk may hold. Read from ConfigAdmin (PID
 * {@value #PID}, property {@value #MAX_PIPELINES}), else from the framework property
 * {@value #MAX_PIPELINES_PROPERTY}, else {@value #DEFAULT_MAX_PIPELINES}. A changed configuration applies at once
 * (no restart, no reactivation of the services that use it).
 */
@Component(service = EditionLimits.class, configurationPid = EditionLimits.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class EditionLimits {
	public static final String PID = "org.pipedesk.limits";
	public static final String MAX_PIPELINES = "maxPipelines";
	public static final String MAX_PIPELINES_PROPERTY = "pipedesk.limits.maxPipelines";
	public static final int DEFAULT_MAX_PIPELINES = 100;
	private static final Logger LOG = LoggerFactory.getLogger(EditionLimits.class);

	private final int frameworkDefault;
	private volatile int maxPipelines;

	@Activate
	public EditionLimits(BundleContext context, Map<String, Object> configuration) {
		this.frameworkDefault = positive(context.getProperty(MAX_PIPELINES_PROPERTY), DEFAULT_MAX_PIPELINES,
				"framework property " + MAX_PIPELINES_PROPERTY);
		modified(configuration);
	}

	/** Fixed limits, for plain JVM use. */
	EditionLimits(int maxPipelines) {
		this.frameworkDefault = maxPipelines;
		this.maxPipelines = maxPipelines;
	}

	@Modified
	void modified(Map<String, Object> configuration) {
		Object configured = configuration == null ? null : configuration.get(MAX_PIPELINES);
		maxPipelines = positive(configured, frameworkDefault, PID + " " + MAX_PIPELINES);
		LOG.info("Edition limits: at most {} pipelines", maxPipelines);
	}

	int maxPipelines() {
		return maxPipelines;
	}

	private static int positive(Object value, int fallback, String source) {
		if (value == null || value.toString().isBlank()) {
			return fallback;
		}
		try {
			int parsed = Integer.parseInt(value.toString().strip());
			if (parsed >= 1) {
				return parsed;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		LOG.warn("Ignoring {} = '{}': a limit is a whole number of at least 1; using {}", source, value, fallback);
		return fallback;
	}
}
