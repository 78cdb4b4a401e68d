package org.pipedesk.rest.internal;

import java.util.LinkedHashMap;
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
		Map<String, String> apis = new LinkedHashMap<>();
		apis.put("pipelines", "/crm/v3/pipelines/tickets");
		apis.put("tickets", "/crm/v3/objects/tickets");
		apis.put("properties", "/crm/v3/properties/tickets");
		apis.put("board", "/pipedesk/v1/pipelines/{pipelineId}/board");
		apis.put("statusProperties", "/pipedesk/v1/pipelines/{pipelineId}/stages/{stageId}/properties");
		apis.put("cardProperties", "/pipedesk/v1/pipelines/{pipelineId}/card-properties");
		apis.put("limits", "/crm/v3/limits/pipelines");
		apis.put("configuration", "/pipedesk/v1/configuration/versions");
		apis.put("users", "/pipedesk/v1/users");
		apis.put("teams", "/pipedesk/v1/teams");
		apis.put("automation", "/pipedesk/v1/automation");
		apis.put("health", "/pipedesk/v1/health");
		return Map.of("name", "Pipedesk", "apis", apis, "authentication", "Authorization: Bearer <API token>");
	}
}
