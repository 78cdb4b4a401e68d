package org.pipedesk.rest.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.pipedesk.core.api.BatchResult;

import jakarta.ws.rs.core.Response;

/** HubSpot's batch shapes: inputs in, results plus per-item errors out (207 when some items failed). */
final class TicketBatchJson {
	private TicketBatchJson() {
	}

	record BatchIn<T>(List<T> inputs) {
	}

	record IdIn(String id) {
	}

	record UpdateIn(String id, Map<String, Object> properties) {
	}

	record BatchOut<T>(String status, List<T> results, List<ItemError> errors, Integer numErrors, Instant startedAt,
			Instant completedAt) {
	}

	/** One failed item: HubSpot puts the item's position or id in {@code context}. */
	record ItemError(String status, String category, String message, Map<String, List<String>> context,
			List<ErrorBody.Detail> errors) {
	}

	static <I, O> Response response(BatchResult<I> result, java.util.function.Function<I, O> out, int allOkStatus,
			Instant startedAt) {
		List<ItemError> errors = result.errors().stream().map(e -> new ItemError("error",
				ErrorBody.categoryOf(e.error()), e.error().getMessage(),
				e.id() == null ? Map.of("index", List.of(Integer.toString(e.index())))
						: Map.of("index", List.of(Integer.toString(e.index())), "ids", List.of(e.id())),
				ErrorBody.details(e.error().violations()))).toList();
		BatchOut<O> body = new BatchOut<>("COMPLETE", result.results().stream().map(out).toList(),
				errors.isEmpty() ? null : errors, errors.isEmpty() ? null : errors.size(), startedAt, Instant.now());
		return Response.status(errors.isEmpty() ? allOkStatus : 207).entity(body).build();
	}
}
