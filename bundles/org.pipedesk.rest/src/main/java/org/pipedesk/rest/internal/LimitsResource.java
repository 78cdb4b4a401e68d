package org.pipedesk.rest.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.LimitsService;
import org.pipedesk.core.api.PipelineLimits;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * HubSpot's limits tracking API for pipelines ({@code GET /crm/v3/limits/pipelines}), in HubSpot's shape: tickets
 * (object type 0-5) under {@code hubspotDefinedObjectTypes}, no custom objects. Pipedesk adds the per-pipeline
 * stage limit and the stage count of the fullest pipeline.
 */
@Component(service = LimitsResource.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON, RestWhiteboard.REQUIRE_AUTH })
@Path("/crm/v3/limits")
@Produces(MediaType.APPLICATION_JSON)
public class LimitsResource {
	static final String TICKET_OBJECT_TYPE = "0-5";

	private final LimitsService limits;

	@Activate
	public LimitsResource(@Reference LimitsService limits) {
		this.limits = limits;
	}

	record ObjectTypeLimit(String objectTypeId, String singularLabel, String pluralLabel, int limit, int usage,
			double percentage, int stagesPerPipelineLimit, int largestPipelineStages) {
	}

	record CustomObjectTypes(List<Object> byObjectType, int overallLimit, int overallUsage, double overallPercentage) {
	}

	record PipelineLimitsOut(List<ObjectTypeLimit> hubspotDefinedObjectTypes, CustomObjectTypes customObjectTypes) {
	}

	@GET
	@Path("pipelines")
	public PipelineLimitsOut pipelines() {
		PipelineLimits pipelines = limits.pipelines();
		double percentage = Math.round(pipelines.pipelines() * 10_000.0 / pipelines.maxPipelines()) / 100.0;
		return new PipelineLimitsOut(List.of(new ObjectTypeLimit(TICKET_OBJECT_TYPE, "Ticket", "Tickets",
				pipelines.maxPipelines(), pipelines.pipelines(), percentage, pipelines.maxStatusesPerPipeline(),
				pipelines.largestPipelineStatuses())), new CustomObjectTypes(List.of(), 0, 0, 0.0));
	}
}
