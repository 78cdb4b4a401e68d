package org.pipedesk.server.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Requests as a website visitor sends them to the public channel endpoints: no token, any content type, and the
 * headers browsers and proxies add (Origin, X-Forwarded-For) or the chat's secret.
 */
final class PublicHttp {
	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private PublicHttp() {
	}

	/** An answer with its headers; {@link #reply()} for the body checks of {@link Http.Reply}. */
	record Answer(int status, JsonNode body, java.net.http.HttpHeaders headers) {
		Http.Reply reply() {
			return new Http.Reply(status, body, Optional.empty());
		}

		Optional<String> header(String name) {
			return headers.firstValue(name);
		}
	}

	static Answer send(String method, String path, String contentType, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.baseUrl() + path))
				.timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode answer = response.body().isEmpty() ? null : Http.JSON.readTree(response.body());
			return new Answer(response.statusCode(), answer, response.headers());
		} catch (IOException e) {
			throw new AssertionError(method + " " + path + " failed: " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	static Answer postJson(String path, String json, Map<String, String> headers) {
		return send("POST", path, "application/json", json, headers);
	}

	/** Waits until {@code call} answers something other than the whiteboard's 404 for a path it does not serve yet. */
	static <T> T awaitRegistered(Supplier<T> call, java.util.function.Predicate<T> registered) {
		return EmailChannelIT.await("the path to be registered", call, registered);
	}

	static void sleep(long millis) {
		EmailChannelIT.sleep(millis);
	}
}
