package org.pipedesk.rest.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What a newcomer sees at the server's root: where the APIs are. */
@Component(service = RootResource.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON })
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class RootResource {
	@GET
	public Map<String, Object> index() {
		return Map.of("name", "Pipedesk", "apis", Map.of("pipelines", "/crm/v3/pipelines/tickets", "tickets",
				"/crm/v3/objects/tickets", "properties", "/crm/v3/properties/tickets", "board",
				"/pipedesk/v1/pipelines/{pipelineId}/board", "statusProperties",
				"/pipedesk/v1/pipelines/{pipelineId}/stages/{stageId}/properties", "cardProperties",
				"/pipedesk/v1/pipelines/{pipelineId}/card-properties", "limits", "/crm/v3/limits/pipelines",
				"configuration", "/pipedesk/v1/configuration/versions"));
	}
}
