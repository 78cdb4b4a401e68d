package org.pipedesk.channel.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.osgi.service.component.annotations.Component;
import org.pipedesk.channel.web.PublicLimitException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** 413 and 429 of the public endpoints in HubSpot's error shape; 429 carries {@code Retry-After} (seconds). */
@Component(service = ExceptionMapper.class, property = { "osgi.jakartars.extension=true",
		"osgi.jakartars.name=pipedesk.errors.public-limits",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.json)" })
public class PublicLimitErrors implements ExceptionMapper<PublicLimitException> {
	@Override
	public Response toResponse(PublicLimitException e) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", "error");
		body.put("message", e.getMessage());
		body.put("correlationId", UUID.randomUUID().toString());
		body.put("category", e.category());
		body.put("errors", List.of(Map.of("message", e.getMessage(), "in", e.field(), "code", e.rule())));
		Response.ResponseBuilder response = Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
				.entity(body);
		if (e.status() == 429) {
			response.header("Retry-After", Long.toString(e.retryAfterSeconds()));
		}
		return response.build();
	}
}
