package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pipedesk.server.internal.ConfigurationHttp.PIPELINES;
import static org.pipedesk.server.internal.ConfigurationHttp.createPipeline;
import static org.pipedesk.server.internal.ConfigurationHttp.export;
import static org.pipedesk.server.internal.ConfigurationHttp.importJson;
import static org.pipedesk.server.internal.ConfigurationHttp.problems;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The edition limits over real HTTP: readable as HubSpot's limits API, enforced on every way in. */
@org.junit.jupiter.api.extension.ExtendWith(RunAsSystem.class)
class EditionLimitsIT {
	private static final String LIMITS = "/crm/v3/limits/pipelines";
	private static final String PID = "org.pipedesk.limits";
	/** The framework property pipedesk.limits.maxPipelines of the IT runtime (server pom), instead of 100. */
	private static final int FRAMEWORK_DEFAULT = 500;

	private static JsonNode tickets() {
		JsonNode limits = Http.get(LIMITS).ok(200);
		JsonNode tickets = limits.path("hubspotDefinedObjectTypes").get(0);
		assertEquals("0-5", tickets.path("objectTypeId").asText(), limits.toString());
		return tickets;
	}

	/** Sets maxPipelines through ConfigAdmin (null: back to the default) and waits until it is in force. */
	private static void maxPipelines(Integer max) throws IOException, InterruptedException {
		Configuration configuration = Osgi.service(ConfigurationAdmin.class).getConfiguration(PID, "?");
		if (max == null) {
			configuration.delete();
		} else {
			Dictionary<String, Object> properties = new Hashtable<>();
			properties.put("maxPipelines", max);
			configuration.update(properties);
		}
		int expected = max == null ? FRAMEWORK_DEFAULT : max;
		long deadline = System.currentTimeMillis() + 10_000;
		while (tickets().path("limit").asInt() != expected) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("maxPipelines " + expected + " not in force after 10 s");
			}
			Thread.sleep(50);
		}
	}

	private static String pipelineJson(int stages) {
		StringBuilder json = new StringBuilder("{\"label\":\"Limits " + UUID.randomUUID() + "\",\"stages\":[");
		for (int i = 0; i < stages; i++) {
			json.append(i == 0 ? "" : ",").append("{\"label\":\"S").append(i).append("\",\"metadata\":{\"ticketState\":\"")
					.append(i == stages - 1 ? "CLOSED" : "OPEN").append("\"}}");
		}
		return json.append("]}").toString();
	}

	@Test
	void theLimitsReadInHubSpotsShapeWithTheFrameworkDefault() {
		int pipelines = Http.get(PIPELINES).ok(200).path("results").size();
		JsonNode tickets = tickets();
		assertEquals(FRAMEWORK_DEFAULT, tickets.path("limit").asInt());
		assertEquals(pipelines, tickets.path("usage").asInt());
		assertEquals(pipelines * 100.0 / FRAMEWORK_DEFAULT, tickets.path("percentage").asDouble(), 0.01);
		assertEquals(100, tickets.path("stagesPerPipelineLimit").asInt());
		assertEquals("Tickets", tickets.path("pluralLabel").asText());
		assertEquals(0, Http.get(LIMITS).ok(200).path("customObjectTypes").path("byObjectType").size());
	}

	@Test
	void noPipelineBeyondTheConfiguredLimitWhateverTheWayIn() throws Exception {
		int usage = tickets().path("usage").asInt();
		try {
			maxPipelines(usage);
			JsonNode refused = Http.post(PIPELINES, pipelineJson(2)).error(400, "VALIDATION_ERROR");
			assertEquals(List.of("limits.max-pipelines pipelines"), problems(refused));
			assertEquals(usage, tickets().path("usage").asInt());

			ObjectNode document = (ObjectNode) Http.JSON.readTree(export("json"));
			ObjectNode extra = ((ArrayNode) document.path("desk").path("pipelines")).addObject();
			extra.put("label", "One too many");
			extra.putArray("statuses").add(Http.JSON.createObjectNode().put("label", "Open").put("ticketState", "OPEN"))
					.add(Http.JSON.createObjectNode().put("label", "Done").put("ticketState", "CLOSED"));
			assertEquals(List.of("limits.max-pipelines pipelines"),
					problems(importJson(document.toString(), "?dryRun=true").error(400, "VALIDATION_ERROR")));

			maxPipelines(usage + 1);
			String id = createPipeline("Open", "Done").path("id").asText();
			assertEquals(usage + 1, tickets().path("usage").asInt());
			assertEquals(100.0, tickets().path("percentage").asDouble(), 0.001);
			assertEquals(204, Http.delete(PIPELINES + "/" + id).status(), "removing is allowed at the limit");
		} finally {
			maxPipelines(null);
		}
	}

	@Test
	void atMostOneHundredStatusesPerPipeline() {
		assertEquals("pipeline.max-statuses", Http.post(PIPELINES, pipelineJson(101)).error(400, "VALIDATION_ERROR")
				.path("errors").get(0).path("code").asText());
		JsonNode full = Http.post(PIPELINES, pipelineJson(100)).ok(201);
		String id = full.path("id").asText();
		assertEquals(100, tickets().path("largestPipelineStages").asInt());
		JsonNode refused = Http.post(PIPELINES + "/" + id + "/stages",
				"{\"label\":\"One more\",\"metadata\":{\"ticketState\":\"OPEN\"}}").error(400, "VALIDATION_ERROR");
		assertEquals(List.of("pipeline.max-statuses stages"), problems(refused));
		assertEquals(204, Http.delete(PIPELINES + "/" + id).status());
	}
}
