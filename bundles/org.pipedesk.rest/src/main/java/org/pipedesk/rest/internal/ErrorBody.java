package org.pipedesk.rest.internal;

import java.util.List;
import java.util.UUID;

import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.ForbiddenException;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PipedeskException;
import org.pipedesk.core.api.UnauthenticatedException;
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
		List<Detail> details = violations.isEmpty() ? null : details(violations);
		ErrorBody body = new ErrorBody("error", message, UUID.randomUUID().toString(), category, details);
		return Response.status(httpStatus).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
	}

	/** HTTP status of a domain error. */
	static int statusOf(PipedeskException e) {
		return switch (e) {
		case NotFoundException n -> 404;
		case ConflictException c -> 409;
		case UnauthenticatedException u -> 401;
		case ForbiddenException f -> 403;
		default -> 400;
		};
	}

	/** HubSpot category of a domain error. */
	static String categoryOf(PipedeskException e) {
		return switch (e) {
		case NotFoundException n -> "OBJECT_NOT_FOUND";
		case ConflictException c -> "CONFLICT";
		case UnauthenticatedException u -> "INVALID_AUTHENTICATION";
		case ForbiddenException f -> "MISSING_SCOPES";
		default -> "VALIDATION_ERROR";
		};
	}

	static List<Detail> details(List<Violation> violations) {
		return violations.stream().map(v -> new Detail(v.message(), v.field(), v.rule())).toList();
	}

	static Response response(int httpStatus, String category, String message) {
		return response(httpStatus, category, message, List.of());
	}
}
