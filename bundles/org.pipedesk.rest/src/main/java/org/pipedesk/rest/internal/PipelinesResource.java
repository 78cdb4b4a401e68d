package org.pipedesk.rest.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.PipelineChange;
import org.pipedesk.core.api.PipelineService;
import org.pipedesk.core.api.StatusChange;
import org.pipedesk.core.api.StatusService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.rest.internal.PipelineJson.Collection;
import org.pipedesk.rest.internal.PipelineJson.PipelineIn;
import org.pipedesk.rest.internal.PipelineJson.PipelineOut;
import org.pipedesk.rest.internal.PipelineJson.StageIn;
import org.pipedesk.rest.internal.PipelineJson.StageOut;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** HubSpot CRM v3 ticket pipelines and their stages. */
@Component(service = PipelinesResource.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON, RestWhiteboard.REQUIRE_AUTH })
@Path("/crm/v3/pipelines/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PipelinesResource {
	private final PipelineService pipelines;
	private final StatusService statuses;

	@Activate
	public PipelinesResource(@Reference PipelineService pipelines, @Reference StatusService statuses) {
		this.pipelines = pipelines;
		this.statuses = statuses;
	}

	@GET
	public Collection<PipelineOut> list() {
		return new Collection<>(pipelines.list().stream().map(PipelineJson::out).toList());
	}

	@POST
	public Response create(PipelineIn body) {
		PipelineIn in = required(body);
		return Response.status(201).entity(PipelineJson.out(pipelines.create(in.toNew()))).build();
	}

	@GET
	@Path("{pipelineId}")
	public PipelineOut get(@PathParam("pipelineId") String pipelineId) {
		return PipelineJson.out(pipelines.get(pipelineId));
	}

	@PATCH
	@Path("{pipelineId}")
	public PipelineOut update(@PathParam("pipelineId") String pipelineId, PipelineIn body) {
		PipelineIn in = required(body);
		return PipelineJson.out(pipelines.update(pipelineId, new PipelineChange(in.label(), in.displayOrder())));
	}

	@PUT
	@Path("{pipelineId}")
	public PipelineOut replace(@PathParam("pipelineId") String pipelineId, PipelineIn body) {
		return PipelineJson.out(pipelines.replace(pipelineId, required(body).toNew()));
	}

	@DELETE
	@Path("{pipelineId}")
	public Response delete(@PathParam("pipelineId") String pipelineId) {
		pipelines.delete(pipelineId);
		return Response.noContent().build();
	}

	@GET
	@Path("{pipelineId}/stages")
	public Collection<StageOut> stages(@PathParam("pipelineId") String pipelineId) {
		return new Collection<>(statuses.list(pipelineId).stream().map(PipelineJson::out).toList());
	}

	@POST
	@Path("{pipelineId}/stages")
	public Response addStage(@PathParam("pipelineId") String pipelineId, StageIn body) {
		StageIn in = required(body);
		return Response.status(201).entity(PipelineJson.out(statuses.add(pipelineId, in.toNew()))).build();
	}

	@GET
	@Path("{pipelineId}/stages/{stageId}")
	public StageOut stage(@PathParam("pipelineId") String pipelineId, @PathParam("stageId") String stageId) {
		return PipelineJson.out(statuses.get(pipelineId, stageId));
	}

	@PATCH
	@Path("{pipelineId}/stages/{stageId}")
	public StageOut updateStage(@PathParam("pipelineId") String pipelineId, @PathParam("stageId") String stageId,
			StageIn body) {
		StageIn in = required(body);
		return PipelineJson.out(statuses.update(pipelineId, stageId, new StatusChange(in.label(), in.displayOrder(), in.state())));
	}

	/** PUT replaces the stage whole: label, displayOrder and metadata.ticketState are all required. */
	@PUT
	@Path("{pipelineId}/stages/{stageId}")
	public StageOut replaceStage(@PathParam("pipelineId") String pipelineId, @PathParam("stageId") String stageId,
			StageIn body) {
		StageIn in = required(body);
		List<Violation> missing = new java.util.ArrayList<>();
		if (in.label() == null) {
			missing.add(new Violation("label", "stage.replace-complete", "Replacing a stage needs its label"));
		}
		if (in.displayOrder() == null) {
			missing.add(new Violation("displayOrder", "stage.replace-complete", "Replacing a stage needs its displayOrder"));
		}
		if (in.state() == null) {
			missing.add(new Violation("metadata.ticketState", "stage.replace-complete",
					"Replacing a stage needs metadata.ticketState (OPEN or CLOSED)"));
		}
		if (!missing.isEmpty()) {
			throw new ValidationException(missing);
		}
		return PipelineJson.out(statuses.update(pipelineId, stageId, new StatusChange(in.label(), in.displayOrder(), in.state())));
	}

	/**
	 * Deletes a stage. Its tickets move to {@code targetStageId} (a stage of the same pipeline) in the same
	 * transaction; without a target the delete is refused while the stage holds tickets.
	 */
	@DELETE
	@Path("{pipelineId}/stages/{stageId}")
	public Response deleteStage(@PathParam("pipelineId") String pipelineId, @PathParam("stageId") String stageId,
			@QueryParam("targetStageId") String targetStageId) {
		statuses.delete(pipelineId, stageId, targetStageId);
		return Response.noContent().build();
	}

	static <T> T required(T body) {
		if (body == null) {
			throw new ValidationException("body", "body.required", "A JSON request body is required");
		}
		return body;
	}
}
