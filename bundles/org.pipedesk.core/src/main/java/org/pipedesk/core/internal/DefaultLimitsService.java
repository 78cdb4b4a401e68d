package org.pipedesk.core.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.LimitsService;
import org.pipedesk.core.api.PipelineLimits;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.validation.DeskRules;

@Component(service = LimitsService.class)
public class DefaultLimitsService implements LimitsService {
	private final DeskConfiguration configuration;
	private final EditionLimits limits;

	@Activate
	public DefaultLimitsService(@Reference DeskConfiguration configuration, @Reference EditionLimits limits) {
		this.configuration = configuration;
		this.limits = limits;
	}

	@Override
	public PipelineLimits pipelines() {
		Desk desk = configuration.read();
		int largest = desk.getPipelines().stream().mapToInt(p -> p.getStatuses().size()).max().orElse(0);
		return new PipelineLimits(limits.maxPipelines(), desk.getPipelines().size(),
				DeskRules.MAX_STATUSES_PER_PIPELINE, largest);
	}
}
