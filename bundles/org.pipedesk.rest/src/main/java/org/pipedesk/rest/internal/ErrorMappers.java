package org.pipedesk.rest.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.pipedesk.core.api.PipedeskException;
import org.pipedesk.core.api.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Every error leaves as JSON in HubSpot's shape; the mappers are whiteboard extensions. */
final class ErrorMappers {
	private ErrorMappers() {
	}

	@Component(service = ExceptionMapper.class, property = { RestWhiteboard.EXTENSION,
			"osgi.jakartars.name=pipedesk.errors.domain" })
	public static class DomainErrors implements ExceptionMapper<PipedeskException> {
		@Override
		public Response toResponse(PipedeskException e) {
			return ErrorBody.response(ErrorBody.statusOf(e), ErrorBody.categoryOf(e), e.getMessage(), e.violations());
		}
	}

	/** Malformed JSON, or JSON of the wrong shape: 400 naming the field where it went wrong. */
	@Component(service = ExceptionMapper.class, property = { RestWhiteboard.EXTENSION,
			"osgi.jakartars.name=pipedesk.errors.json" })
	public static class JsonErrors implements ExceptionMapper<JsonProcessingException> {
		@Override
		public Response toResponse(JsonProcessingException e) {
			// Truncated input surfaces as a mapping error from databind; it is malformed JSON all the same.
			if (e instanceof JsonParseException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
				return ErrorBody.response(400, "VALIDATION_ERROR", "Malformed JSON: " + e.getOriginalMessage(),
						List.of(new Violation("body", "json.well-formed", "Malformed JSON: " + e.getOriginalMessage())));
			}
			String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
					.map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
					.collect(Collectors.joining(".")).replace(".[", "[") : "body";
			String message = "Invalid value for '" + (field.isEmpty() ? "body" : field) + "': " + e.getOriginalMessage();
			return ErrorBody.response(400, "VALIDATION_ERROR", message,
					List.of(new Violation(field.isEmpty() ? "body" : field, "json.type", message)));
		}
	}

	/** Unknown paths (404), wrong methods (405), unsupported media types (415) ... in the same JSON shape. */
	@Component(service = ExceptionMapper.class, property = { RestWhiteboard.EXTENSION,
			"osgi.jakartars.name=pipedesk.errors.http" })
	public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
		@Override
		public Response toResponse(WebApplicationException e) {
			int status = e.getResponse().getStatus();
			String category = switch (status) {
			case 404 -> "OBJECT_NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 415 -> "UNSUPPORTED_MEDIA_TYPE";
			case 401, 403 -> "UNAUTHORIZED";
			default -> status >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR";
			};
			String message = status == 404 ? "Resource not found" : e.getMessage();
			return ErrorBody.response(status, category, message);
		}
	}

	/** A bug, not bad input: logged with its correlation id, answered 500 in the same shape. */
	@Component(service = ExceptionMapper.class, property = { RestWhiteboard.EXTENSION,
			"osgi.jakartars.name=pipedesk.errors.unexpected" })
	public static class UnexpectedErrors implements ExceptionMapper<Throwable> {
		private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

		@Override
		public Response toResponse(Throwable e) {
			Response response = ErrorBody.response(500, "INTERNAL_ERROR", "Internal error");
			LOG.error("Unexpected error, correlationId {}", ((ErrorBody) response.getEntity()).correlationId(), e);
			return response;
		}
	}
}
