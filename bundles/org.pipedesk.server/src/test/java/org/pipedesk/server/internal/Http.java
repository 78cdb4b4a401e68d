package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.pipedesk.core.api.PipelineService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A real HTTP client against the server under test; every request carries a bearer token, as clients will. */
final class Http {
	static final ObjectMapper JSON = new ObjectMapper();
	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private static volatile boolean ready;

	record Reply(int status, JsonNode body, Optional<String> etag) {
		/** Asserts an error in HubSpot's shape and returns it. */
		JsonNode error(int expectedStatus, String expectedCategory) {
			assertEquals(expectedStatus, status, body.toString());
			assertEquals("error", body.path("status").asText(), body.toString());
			assertEquals(expectedCategory, body.path("category").asText(), body.toString());
			assertFalse(body.path("message").asText().isBlank(), body.toString());
			assertTrue(body.path("correlationId").asText().matches("[0-9a-f-]{36}"), body.toString());
			return body;
		}

		JsonNode ok(int expectedStatus) {
			assertEquals(expectedStatus, status, String.valueOf(body));
			return body;
		}
	}

	private Http() {
	}

	static String baseUrl() {
		return System.getProperty("pipedesk.it.baseUrl", "http://localhost:18765");
	}

	static Reply get(String path) {
		return send("GET", path, null, null);
	}

	static Reply post(String path, String json) {
		return send("POST", path, json, null);
	}

	static Reply patch(String path, String json) {
		return send("PATCH", path, json, null);
	}

	static Reply put(String path, String json) {
		return send("PUT", path, json, null);
	}

	static Reply delete(String path) {
		return send("DELETE", path, null, null);
	}

	static Reply send(String method, String path, String json, String ifMatch) {
		return sendBody(method, path, json == null ? null : HttpRequest.BodyPublishers.ofString(json), ifMatch);
	}

	/** Sends the headers first and the body only if the server asks for it (Expect: 100-continue). */
	static Reply postExpectingContinue(String path, String json) {
		return sendBody("POST", path, HttpRequest.BodyPublishers.ofString(json), null, true);
	}

	/** A body of unknown length, sent chunked (no Content-Length). */
	static Reply sendChunked(String method, String path, java.util.function.Supplier<java.io.InputStream> body) {
		return sendBody(method, path, HttpRequest.BodyPublishers.ofInputStream(body), null);
	}

	private static Reply sendBody(String method, String path, HttpRequest.BodyPublisher body, String ifMatch) {
		return sendBody(method, path, body, ifMatch, false);
	}

	private static Reply sendBody(String method, String path, HttpRequest.BodyPublisher body, String ifMatch,
			boolean expectContinue) {
		awaitServer();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer it-token")
				.header("Accept", "application/json")
				.expectContinue(expectContinue)
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode answer = response.body().isEmpty() ? null : JSON.readTree(response.body());
			return new Reply(response.statusCode(), answer, response.headers().firstValue("ETag"));
		} catch (IOException e) {
			throw new AssertionError(method + " " + path + " failed: " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** The REST whiteboard registers resources asynchronously: wait until the pipelines resource answers. */
	private static void awaitServer() {
		if (ready) {
			return;
		}
		Osgi.service(PipelineService.class);
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			try {
				HttpResponse<String> response = CLIENT.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/crm/v3/pipelines/tickets"))
								.header("Authorization", "Bearer it-token").build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					ready = true;
					return;
				}
			} catch (IOException e) {
				// not listening yet
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
		throw new AssertionError("The REST API did not answer within 30 s at " + baseUrl());
	}
}
