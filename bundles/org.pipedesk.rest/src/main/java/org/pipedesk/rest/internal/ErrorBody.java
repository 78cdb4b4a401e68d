package org.pipedesk.rest.internal;

import java.util.List;
import java.util.UUID;

import org.pipedesk.core.api.Violation;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error in HubSpot's shape: {@code status}, {@code message}, {@code correlationId}, {@code category}, and
 * {@code errors} naming each field ({@code in}) and rule ({@code code}).
 */
public record ErrorBody(String status, String message, String correlationId, String category, List<Detail> errors) {

	public record Detail(String message, String in, String code) {
	}

	static Response response(int httpStatus, String category, String message, List<Violation> violations) {
		List<Detail> details = violations.isEmpty() ? null
				: violations.stream().map(v -> new Detail(v.message(), v.field(), v.rule())).toList();
		ErrorBody body = new ErrorBody("error", message, UUID.randomUUID().toString(), category, details);
		return Response.status(httpStatus).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
	}

	static Response response(int httpStatus, String category, String message) {
		return response(httpStatus, category, message, List.of());
	}
}
