package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.pipedesk.server.internal.Http.Reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Helpers of the configuration ITs: documents that are not JSON (XMI), the head version, new pipelines. */
final class ConfigurationHttp {
	static final String CONFIGURATION = "/pipedesk/v1/configuration";
	static final String PIPELINES = "/crm/v3/pipelines/tickets";
	static final String TICKETS = "/crm/v3/objects/tickets";
	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	record TextReply(int status, String contentType, String body) {
		String ok() {
			assertEquals(200, status, body);
			return body;
		}

		JsonNode json() {
			try {
				return Http.JSON.readTree(body);
			} catch (IOException e) {
				throw new AssertionError("Not JSON: " + body, e);
			}
		}
	}

	private ConfigurationHttp() {
	}

	/** A request with any body and content type; the answer as text. */
	static TextReply text(String method, String path, String contentType, String body) {
		Http.get(PIPELINES).ok(200); // waits for the server once
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.baseUrl() + path))
				.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer it-token")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new TextReply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		} catch (IOException e) {
			throw new AssertionError(method + " " + path + " failed: " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	static String export(String format) {
		return text("GET", CONFIGURATION + "/export?format=" + format, null, null).ok();
	}

	static Reply importJson(String document, String query) {
		return Http.post(CONFIGURATION + "/import" + query, document);
	}

	static TextReply importXmi(String document, String query) {
		return text("POST", CONFIGURATION + "/import" + query, "application/xml", document);
	}

	static long headVersion() {
		return Http.get(CONFIGURATION + "/versions?limit=1").ok(200).path("results").get(0).path("version").asLong();
	}

	static JsonNode createPipeline(String... stageLabelsOpenThenClosed) {
		StringBuilder stages = new StringBuilder();
		for (int i = 0; i < stageLabelsOpenThenClosed.length; i++) {
			String state = i == stageLabelsOpenThenClosed.length - 1 ? "CLOSED" : "OPEN";
			stages.append(i == 0 ? "" : ",").append("{\"label\":\"").append(stageLabelsOpenThenClosed[i])
					.append("\",\"metadata\":{\"ticketState\":\"").append(state).append("\"}}");
		}
		return Http.post(PIPELINES, "{\"label\":\"Config " + UUID.randomUUID() + "\",\"displayOrder\":50,\"stages\":["
				+ stages + "]}").ok(201);
	}

	static String createTicket(String pipelineId, String stageId) {
		return Http.post(TICKETS, """
				{"properties":{"hs_pipeline":"%s","hs_pipeline_stage":"%s","subject":"config test"}}"""
				.formatted(pipelineId, stageId)).ok(201).path("id").asText();
	}

	/** The pipeline object with {@code id} in an exported desk document. */
	static ObjectNode pipelineIn(JsonNode document, String id) {
		for (JsonNode pipeline : document.path("desk").path("pipelines")) {
			if (pipeline.path("id").asText().equals(id)) {
				return (ObjectNode) pipeline;
			}
		}
		throw new AssertionError("No pipeline " + id + " in " + document);
	}

	/** The codes of an error's problems, as "code in" strings. */
	static java.util.List<String> problems(JsonNode error) {
		java.util.List<String> problems = new java.util.ArrayList<>();
		error.path("errors").forEach(e -> problems.add(e.path("code").asText() + " " + e.path("in").asText()));
		return problems;
	}
}
