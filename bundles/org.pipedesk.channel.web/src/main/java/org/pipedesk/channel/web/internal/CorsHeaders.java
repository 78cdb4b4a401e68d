package org.pipedesk.channel.web.internal;

import org.osgi.service.component.annotations.Component;
import org.pipedesk.channel.web.Cors;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Adds the CORS headers for an origin a public resource admitted ({@link Cors#admit}), on every answer of that
 * request, errors included, so the page can read why it was refused.
 */
@Component(service = ContainerResponseFilter.class, property = { "osgi.jakartars.extension=true",
		"osgi.jakartars.name=pipedesk.cors" })
public class CorsHeaders implements ContainerResponseFilter {
	@Override
	public void filter(ContainerRequestContext request, ContainerResponseContext response) {
		Object origin = request.getProperty(Cors.ORIGIN_ATTRIBUTE);
		if (origin instanceof String admitted) {
			response.getHeaders().putSingle("Access-Control-Allow-Origin", admitted);
			response.getHeaders().add("Vary", "Origin");
			response.getHeaders().putSingle("Access-Control-Expose-Headers", "Retry-After");
		}
	}
}
