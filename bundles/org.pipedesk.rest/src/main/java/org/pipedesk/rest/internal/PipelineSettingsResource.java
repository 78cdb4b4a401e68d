package org.pipedesk.rest.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.PipelineService;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.StatusPropertyInfo;
import org.pipedesk.core.api.StatusService;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Pipedesk's own admin API for what HubSpot's pipelines API has no place for: the properties a status asks for
 * when a ticket enters it, and the properties shown on a pipeline's board cards. GET and PUT use the same shape,
 * so a client can read, edit and write back; PUT replaces the whole ordered list.
 */
@Component(service = PipelineSettingsResource.class, property = { RestWhiteboard.RESOURCE,
		RestWhiteboard.REQUIRE_JSON, RestWhiteboard.REQUIRE_AUTH })
@Path("/pipedesk/v1/pipelines/{pipelineId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PipelineSettingsResource {
	private final PipelineService pipelines;
	private final StatusService statuses;

	@Activate
	public PipelineSettingsResource(@Reference PipelineService pipelines, @Reference StatusService statuses) {
		this.pipelines = pipelines;
		this.statuses = statuses;
	}

	/**
	 * One property asked for in a status; {@code required} ones must have a value for a ticket to enter it.
	 * {@code required} may be left out (false).
	 */
	record StatusPropertyJson(String name, Boolean required) {
	}

	record StatusProperties(List<StatusPropertyJson> statusProperties) {
	}

	record CardProperties(List<String> cardProperties) {
	}

	@GET
	@Path("stages/{stageId}/properties")
	public StatusProperties statusProperties(@PathParam("pipelineId") String pipelineId,
			@PathParam("stageId") String stageId) {
		return out(statuses.get(pipelineId, stageId));
	}

	@PUT
	@Path("stages/{stageId}/properties")
	public StatusProperties replaceStatusProperties(@PathParam("pipelineId") String pipelineId,
			@PathParam("stageId") String stageId, StatusProperties body) {
		List<StatusPropertyJson> wanted = PipelinesResource.required(body).statusProperties();
		List<StatusPropertyInfo> properties = wanted == null ? null
				: wanted.stream().map(p -> p == null ? null : new StatusPropertyInfo(p.name(), Boolean.TRUE.equals(p.required()))).toList();
		return out(statuses.setStatusProperties(pipelineId, stageId, properties));
	}

	@GET
	@Path("card-properties")
	public CardProperties cardProperties(@PathParam("pipelineId") String pipelineId) {
		return new CardProperties(pipelines.get(pipelineId).cardProperties());
	}

	@PUT
	@Path("card-properties")
	public CardProperties replaceCardProperties(@PathParam("pipelineId") String pipelineId, CardProperties body) {
		List<String> names = PipelinesResource.required(body).cardProperties();
		return new CardProperties(pipelines.setCardProperties(pipelineId, names).cardProperties());
	}

	private static StatusProperties out(StatusInfo status) {
		return new StatusProperties(status.statusProperties().stream()
				.map(p -> new StatusPropertyJson(p.propertyName(), p.required())).toList());
	}
}
