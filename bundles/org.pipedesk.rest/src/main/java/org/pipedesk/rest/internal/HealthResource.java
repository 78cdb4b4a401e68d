package org.pipedesk.rest.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Liveness for load balancers and scripts: open, no token needed, reveals nothing. */
@Component(service = HealthResource.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON })
@Path("/pipedesk/v1/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
	@GET
	public Map<String, String> health() {
		return Map.of("status", "UP");
	}
}
