package org.pipedesk.server.product.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The server's REST API over real HTTP with the admin token. */
final class Api {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;
	private final String token;

	Api(String base, String token) {
		this.base = base;
		this.token = token;
	}

	JsonNode get(String path) {
		return call("GET", path, null, 200);
	}

	JsonNode post(String path, String json, int expected) {
		return call("POST", path, json, expected);
	}

	JsonNode patch(String path, String json) {
		return call("PATCH", path, json, 200);
	}

	/** The status of a call, or -1 when the server does not answer (not up yet, or gone). */
	int status(String method, String path, String json) {
		try {
			return send(method, path, json).statusCode();
		} catch (IOException e) {
			return -1;
		}
	}

	private JsonNode call(String method, String path, String json, int expected) {
		try {
			HttpResponse<String> response = send(method, path, json);
			if (response.statusCode() != expected) {
				throw new AssertionError(method + " " + path + ": expected " + expected + " but got "
						+ response.statusCode() + ": " + response.body());
			}
			return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
		} catch (IOException e) {
			throw new AssertionError(method + " " + path + " failed: " + e, e);
		}
	}

	private HttpResponse<String> send(String method, String path, String json) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
				.header("Authorization", "Bearer " + token)
				.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}
}
