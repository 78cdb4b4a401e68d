package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pipedesk.server.internal.ConfigurationHttp.CONFIGURATION;
import static org.pipedesk.server.internal.ConfigurationHttp.PIPELINES;
import static org.pipedesk.server.internal.ConfigurationHttp.createPipeline;
import static org.pipedesk.server.internal.ConfigurationHttp.headVersion;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** HubSpot's pipeline and stage audit endpoints over real HTTP, fed by the configuration change log. */
class PipelineAuditIT {
	private static List<String> actions(JsonNode audit) {
		List<String> actions = new ArrayList<>();
		audit.path("results").forEach(e -> actions.add(e.path("action").asText()));
		return actions;
	}

	@Test
	void thePipelineAuditListsEveryChangeNewestFirstInHubSpotsShape() {
		JsonNode pipeline = createPipeline("Open", "Done");
		String id = pipeline.path("id").asText();
		long created = headVersion();
		Http.patch(PIPELINES + "/" + id, "{\"label\":\"Audited " + id + "\"}").ok(200);
		String added = Http.post(PIPELINES + "/" + id + "/stages",
				"{\"label\":\"Escalated\",\"metadata\":{\"ticketState\":\"OPEN\"}}").ok(201).path("id").asText();
		assertEquals(204, Http.delete(PIPELINES + "/" + id + "/stages/" + added).status());

		JsonNode audit = Http.get(PIPELINES + "/" + id + "/audit").ok(200);

		assertEquals(List.of("UPDATE", "UPDATE", "UPDATE", "CREATE"), actions(audit));
		JsonNode newest = audit.path("results").get(0);
		assertEquals(0, newest.path("portalId").asInt());
		assertEquals("user:1", newest.path("identifier").asText());
		assertTrue(newest.path("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), newest.toString());
		assertTrue(newest.path("message").asText().startsWith("Deleted status " + added), newest.toString());
		assertEquals("PIPELINE", newest.path("objectType").asText());
		assertEquals(created + 3, newest.path("configVersion").asLong());
		JsonNode raw = newest.path("rawObject");
		assertEquals(id, raw.path("id").asText());
		assertEquals("Audited " + id, raw.path("label").asText());
		assertEquals(2, raw.path("statuses").size(), "the pipeline as it was after the change, with its statuses");
		JsonNode first = audit.path("results").get(3);
		assertEquals(created, first.path("configVersion").asLong());
		assertEquals(pipeline.path("label").asText(), first.path("rawObject").path("label").asText());

		JsonNode page = Http.get(PIPELINES + "/" + id + "/audit?limit=3").ok(200);
		assertEquals(3, page.path("results").size());
		String after = page.path("paging").path("next").path("after").asText();
		JsonNode rest = Http.get(PIPELINES + "/" + id + "/audit?limit=3&after=" + after).ok(200);
		assertEquals(List.of("CREATE"), actions(rest));
		assertTrue(rest.path("paging").isMissingNode(), rest.toString());
	}

	@Test
	void theStageAuditListsTheChangesOfThatStageOnly() {
		JsonNode pipeline = createPipeline("Open", "Done");
		String id = pipeline.path("id").asText();
		String open = pipeline.path("stages").get(0).path("id").asText();
		String done = pipeline.path("stages").get(1).path("id").asText();
		Http.patch(PIPELINES + "/" + id + "/stages/" + open, "{\"label\":\"Triage\"}").ok(200);
		Http.patch(PIPELINES + "/" + id + "/stages/" + done, "{\"label\":\"Solved\"}").ok(200);
		Http.post(CONFIGURATION + "/versions/" + (headVersion() - 1) + "/rollback?author=alice", null).ok(200);

		JsonNode audit = Http.get(PIPELINES + "/" + id + "/stages/" + open + "/audit").ok(200);

		assertEquals(List.of("UPDATE", "CREATE"), actions(audit));
		assertEquals("Triage", audit.path("results").get(0).path("rawObject").path("label").asText());
		assertEquals("STAGE", audit.path("results").get(0).path("objectType").asText());
		JsonNode solved = Http.get(PIPELINES + "/" + id + "/stages/" + done + "/audit").ok(200);
		assertEquals(List.of("UPDATE", "UPDATE", "CREATE"), actions(solved));
		JsonNode rolledBack = solved.path("results").get(0);
		assertEquals("user:1 (alice)", rolledBack.path("identifier").asText(), "the author of the rollback");
		assertEquals("Done", rolledBack.path("rawObject").path("label").asText());
	}

	@Test
	void aDeletedPipelineKeepsItsAuditAndUnknownOnesAreNotFound() {
		JsonNode pipeline = createPipeline("Open", "Done");
		String id = pipeline.path("id").asText();
		String open = pipeline.path("stages").get(0).path("id").asText();
		assertEquals(204, Http.delete(PIPELINES + "/" + id).status());

		JsonNode audit = Http.get(PIPELINES + "/" + id + "/audit").ok(200);
		assertEquals(List.of("DELETE", "CREATE"), actions(audit));
		assertEquals(pipeline.path("label").asText(), audit.path("results").get(0).path("rawObject").path("label").asText(),
				"a deleted pipeline as it was before");
		assertEquals(List.of("DELETE", "CREATE"), actions(Http.get(PIPELINES + "/" + id + "/stages/" + open + "/audit").ok(200)));

		Http.get(PIPELINES + "/999999/audit").error(404, "OBJECT_NOT_FOUND");
		Http.get(PIPELINES + "/0/stages/999999/audit").error(404, "OBJECT_NOT_FOUND");
		Http.get(PIPELINES + "/0/stages/1/audit").ok(200);
		Http.get(PIPELINES + "/0/audit?limit=0").error(400, "VALIDATION_ERROR");
	}
}
