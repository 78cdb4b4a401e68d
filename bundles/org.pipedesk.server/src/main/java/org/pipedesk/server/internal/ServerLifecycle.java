package org.pipedesk.server.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.api.PipelineService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's life: announces where Pipedesk listens once its services are up, and stops the OSGi framework
 * when the JVM is asked to end (Ctrl-C, SIGTERM), so every component deactivates and the database closes
 * cleanly. Equinox started with {@code java -jar} does not do the latter on its own.
 */
@Component(immediate = true)
public class ServerLifecycle {
	private static final Logger LOG = LoggerFactory.getLogger(ServerLifecycle.class);
	private static final long STOP_TIMEOUT_MILLIS = 20_000;

	private final Thread shutdownHook;

	@Activate
	public ServerLifecycle(BundleContext context, @Reference PipelineService pipelines) {
		Framework framework = (Framework) context.getBundle(0);
		this.shutdownHook = new Thread(() -> stop(framework), "pipedesk-shutdown");
		Runtime.getRuntime().addShutdownHook(shutdownHook);
		String port = context.getProperty("org.osgi.service.http.port");
		String data = context.getProperty("pipedesk.data");
		LOG.info("Pipedesk is up: http://localhost:{}/ with {} pipeline(s); data directory {}", port == null ? "8080" : port,
				CallerContext.callAs(Caller.system("server"), () -> pipelines.list().size()), data == null ? "data" : data);
	}

	private static void stop(Framework framework) {
		try {
			framework.stop();
			framework.waitForStop(STOP_TIMEOUT_MILLIS);
		} catch (BundleException | InterruptedException e) {
			LOG.warn("Pipedesk did not stop cleanly", e);
		}
	}

	@Deactivate
	void deactivate() {
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		} catch (IllegalStateException alreadyShuttingDown) {
			// the hook itself is stopping the framework
		}
	}
}
