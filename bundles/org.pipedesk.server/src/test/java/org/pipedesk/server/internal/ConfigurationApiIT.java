package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pipedesk.server.internal.ConfigurationHttp.CONFIGURATION;
import static org.pipedesk.server.internal.ConfigurationHttp.PIPELINES;
import static org.pipedesk.server.internal.ConfigurationHttp.TICKETS;
import static org.pipedesk.server.internal.ConfigurationHttp.createPipeline;
import static org.pipedesk.server.internal.ConfigurationHttp.createTicket;
import static org.pipedesk.server.internal.ConfigurationHttp.export;
import static org.pipedesk.server.internal.ConfigurationHttp.headVersion;
import static org.pipedesk.server.internal.ConfigurationHttp.importJson;
import static org.pipedesk.server.internal.ConfigurationHttp.importXmi;
import static org.pipedesk.server.internal.ConfigurationHttp.pipelineIn;
import static org.pipedesk.server.internal.ConfigurationHttp.problems;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pipedesk.server.internal.ConfigurationHttp.TextReply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The configuration admin API over real HTTP: versions, documents, diffs, rollback, export and import, each rule
 * with a refused and an accepted case. The ITs share one server and database, so each test works on pipelines of
 * its own and only rolls back over its own changes.
 */
class ConfigurationApiIT {
	private static final String VERSIONS = CONFIGURATION + "/versions";

	private static JsonNode json(String text) {
		try {
			return Http.JSON.readTree(text);
		} catch (Exception e) {
			throw new AssertionError(text, e);
		}
	}

	@Test
	void versionsSayWhoWhenAndWhatNewestFirstPageByPage() {
		JsonNode pipeline = createPipeline("Open", "Done");
		JsonNode first = Http.get(VERSIONS + "?limit=2").ok(200);
		JsonNode newest = first.path("results").get(0);
		assertEquals("Created pipeline '" + pipeline.path("label").asText() + "'", newest.path("summary").asText());
		assertEquals("user:1", newest.path("author").asText(), "the first super admin, whose token Http sends");
		assertTrue(newest.path("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), newest.toString());
		assertEquals(3, newest.path("changes").asInt(), "the pipeline and its 2 statuses: " + newest);
		assertTrue(first.path("results").get(1).path("version").asLong() < newest.path("version").asLong());

		List<Long> all = new ArrayList<>();
		String after = first.path("paging").path("next").path("after").asText();
		first.path("results").forEach(v -> all.add(v.path("version").asLong()));
		while (!after.isEmpty()) {
			JsonNode page = Http.get(VERSIONS + "?limit=100&after=" + after).ok(200);
			page.path("results").forEach(v -> all.add(v.path("version").asLong()));
			after = page.path("paging").path("next").path("after").asText();
		}
		assertEquals(1L, all.get(all.size() - 1), "paging reaches the seed version");
		for (int i = 1; i < all.size(); i++) {
			assertEquals(all.get(i - 1) - 1, all.get(i), "no version is skipped or repeated: " + all);
		}

		Http.get(VERSIONS + "?limit=0").error(400, "VALIDATION_ERROR");
		Http.get(VERSIONS + "?limit=101").error(400, "VALIDATION_ERROR");
		assertEquals("paging.cursor", Http.get(VERSIONS + "?after=yesterday").error(400, "VALIDATION_ERROR")
				.path("errors").get(0).path("code").asText());
	}

	@Test
	void aVersionsDocumentIsReadAsJsonOrXmi() {
		JsonNode seed = Http.get(VERSIONS + "/1").ok(200);
		assertEquals("pipedesk-desk", seed.path("format").asText());
		assertEquals(1, seed.path("configVersion").asLong());
		assertEquals("Support Pipeline", pipelineIn(seed, "0").path("label").asText());

		TextReply xmi = ConfigurationHttp.text("GET", VERSIONS + "/1?format=xmi", null, null);
		assertTrue(xmi.contentType().startsWith("application/xml"), xmi.contentType());
		assertTrue(xmi.ok().contains("desk:Desk") && xmi.body().contains("Support Pipeline"), xmi.body());

		Http.get(VERSIONS + "/999999").error(404, "OBJECT_NOT_FOUND");
		Http.get(VERSIONS + "/latest").error(404, "OBJECT_NOT_FOUND");
		assertEquals("document.format", Http.get(VERSIONS + "/1?format=yaml").error(400, "VALIDATION_ERROR")
				.path("errors").get(0).path("code").asText());
	}

	@Test
	void theDiffOfTwoVersionsListsAddedRemovedAndChangedObjectsWithOldAndNewValues() {
		long before = headVersion();
		JsonNode pipeline = createPipeline("Open", "Done");
		String id = pipeline.path("id").asText();
		long created = headVersion();
		Http.patch(PIPELINES + "/" + id, "{\"label\":\"Diffed " + id + "\"}").ok(200);
		String doneId = pipeline.path("stages").get(1).path("id").asText();
		Http.post(PIPELINES + "/" + id + "/stages", "{\"label\":\"Waiting\",\"metadata\":{\"ticketState\":\"OPEN\"}}").ok(201);
		long after = headVersion();

		JsonNode renamed = Http.get(VERSIONS + "/" + created + "/diff/" + (created + 1)).ok(200);
		assertEquals(created, renamed.path("fromVersion").asLong());
		JsonNode changed = renamed.path("pipelines").path("changed").get(0);
		assertEquals(id, changed.path("id").asText());
		JsonNode label = null;
		for (JsonNode field : changed.path("fields")) {
			if (field.path("field").asText().equals("label")) {
				label = field;
			}
		}
		assertEquals(pipeline.path("label").asText(), label.path("oldValue").asText(), renamed.toString());
		assertEquals("Diffed " + id, label.path("newValue").asText());
		assertEquals(0, renamed.path("statuses").path("added").size());

		JsonNode whole = Http.get(VERSIONS + "/" + before + "/diff/" + after).ok(200);
		assertEquals(id, whole.path("pipelines").path("added").get(0).path("id").asText());
		assertEquals(3, whole.path("statuses").path("added").size(), whole.toString());
		assertEquals(id, whole.path("statuses").path("added").get(0).path("pipelineId").asText());

		JsonNode backwards = Http.get(VERSIONS + "/" + after + "/diff/" + before).ok(200);
		assertEquals(id, backwards.path("pipelines").path("removed").get(0).path("id").asText());
		assertTrue(backwards.path("statuses").path("removed").toString().contains("\"" + doneId + "\""));

		Http.get(VERSIONS + "/" + before + "/diff/999999").error(404, "OBJECT_NOT_FOUND");
	}

	@Test
	void aRollbackStoresANewVersionWithTheOldContentAndKeepsHistory() {
		JsonNode pipeline = createPipeline("Open", "Done");
		String id = pipeline.path("id").asText();
		String label = pipeline.path("label").asText();
		long created = headVersion();
		Http.patch(PIPELINES + "/" + id, "{\"label\":\"Oops " + id + "\"}").ok(200);
		String openId = pipeline.path("stages").get(0).path("id").asText();
		Http.patch(PIPELINES + "/" + id + "/stages/" + openId, "{\"label\":\"Oops too\"}").ok(200);
		long mistaken = headVersion();

		JsonNode dryRun = Http.post(VERSIONS + "/" + created + "/rollback?dryRun=true", null).ok(200);
		assertTrue(dryRun.path("dryRun").asBoolean());
		assertTrue(dryRun.path("changed").asBoolean());
		assertTrue(dryRun.path("version").isMissingNode(), dryRun.toString());
		assertEquals(mistaken, headVersion(), "a dry run stores nothing");
		assertEquals(id, dryRun.path("diff").path("pipelines").path("changed").get(0).path("id").asText());

		JsonNode rolledBack = Http.post(VERSIONS + "/" + created + "/rollback?author=alice", null).ok(200);
		assertEquals(mistaken + 1, rolledBack.path("version").path("version").asLong());
		assertEquals("user:1 (alice)", rolledBack.path("version").path("author").asText());
		assertTrue(rolledBack.path("version").path("summary").asText().startsWith("Rolled back to version " + created),
				rolledBack.toString());
		JsonNode restored = Http.get(PIPELINES + "/" + id).ok(200);
		assertEquals(label, restored.path("label").asText());
		assertEquals("Open", restored.path("stages").get(0).path("label").asText());
		assertNotEquals(pipeline.path("updatedAt").asText(), restored.path("updatedAt").asText(),
				"the restored pipeline changed now, so clients syncing by updatedAt see it");
		assertEquals("Oops " + id, pipelineIn(Http.get(VERSIONS + "/" + mistaken).ok(200), id).path("label").asText(),
				"history is never rewritten");

		JsonNode again = Http.post(VERSIONS + "/" + created + "/rollback", null).ok(200);
		assertFalse(again.path("changed").asBoolean(), "rolling back to the current content stores nothing");
		assertEquals(mistaken + 1, headVersion());
		Http.post(VERSIONS + "/999999/rollback", null).error(404, "OBJECT_NOT_FOUND");
	}

	@Test
	void aRollbackThatWouldDropStatusesOrPipelinesHoldingTicketsIsRefused() {
		long before = headVersion();
		JsonNode pipeline = createPipeline("Open", "Done");
		String id = pipeline.path("id").asText();
		long created = headVersion();
		String escalated = Http.post(PIPELINES + "/" + id + "/stages",
				"{\"label\":\"Escalated\",\"metadata\":{\"ticketState\":\"OPEN\"}}").ok(201).path("id").asText();
		String ticket = createTicket(id, escalated);
		long head = headVersion();

		JsonNode status = Http.post(VERSIONS + "/" + created + "/rollback", null).error(400, "VALIDATION_ERROR");
		assertEquals(List.of("status.empty-before-delete pipelines[id=" + id + "].statuses[id=" + escalated + "]"),
				problems(status));
		JsonNode whole = Http.post(VERSIONS + "/" + before + "/rollback?dryRun=true", null).error(400, "VALIDATION_ERROR");
		assertEquals(List.of("pipeline.empty-before-delete pipelines[id=" + id + "]"), problems(whole));
		assertEquals(head, headVersion(), "nothing is stored");

		String openId = pipeline.path("stages").get(0).path("id").asText();
		Http.patch(TICKETS + "/" + ticket, "{\"properties\":{\"hs_pipeline_stage\":\"" + openId + "\"}}").ok(200);
		Http.post(VERSIONS + "/" + created + "/rollback", null).ok(200);
		Http.get(PIPELINES + "/" + id + "/stages/" + escalated).error(404, "OBJECT_NOT_FOUND");

		assertEquals(204, Http.delete(TICKETS + "/" + ticket).status());
		Http.post(VERSIONS + "/" + before + "/rollback", null).ok(200);
		Http.get(PIPELINES + "/" + id).error(404, "OBJECT_NOT_FOUND");
	}

	@Test
	void aRollbackCannotBringBackAnIdOfADeletedObject() {
		JsonNode pipeline = createPipeline("Open", "Waiting", "Done");
		String id = pipeline.path("id").asText();
		long created = headVersion();
		String waiting = pipeline.path("stages").get(1).path("id").asText();
		assertEquals(204, Http.delete(PIPELINES + "/" + id + "/stages/" + waiting).status());

		JsonNode error = Http.post(VERSIONS + "/" + created + "/rollback", null).error(400, "VALIDATION_ERROR");

		assertEquals(List.of("id.never-reused pipelines[id=" + id + "].statuses[id=" + waiting + "].id"), problems(error));
	}

	@Test
	void exportImportExportGivesTheSameConfigurationAsJsonAndAsXmi() {
		createPipeline("Open", "Done");
		long head = headVersion();
		String json = export("json");
		JsonNode imported = importJson(json, "").ok(200);
		assertFalse(imported.path("changed").asBoolean(), imported.toString());
		assertEquals(head, headVersion(), "an import of the current configuration stores no version");
		assertEquals(json(json).path("desk"), json(export("json")).path("desk"));
		assertEquals(head, json(json).path("configVersion").asLong());

		String xmi = export("xmi");
		assertTrue(xmi.startsWith("<?xml"), xmi);
		JsonNode fromXmi = importXmi(xmi, "").json();
		assertFalse(fromXmi.path("changed").asBoolean(), fromXmi.toString());
		assertEquals(xmi, export("xmi"));
	}

	@Test
	void anImportIsAppliedAsOneNewVersionAndHandWrittenObjectsGetIds() {
		JsonNode pipeline = createPipeline("Open", "Done");
		String id = pipeline.path("id").asText();
		long head = headVersion();
		ObjectNode document = (ObjectNode) json(export("json"));
		pipelineIn(document, id).put("label", "Imported " + id);
		ObjectNode added = ((ArrayNode) document.path("desk").path("pipelines")).addObject();
		added.put("label", "Hand written " + id);
		added.put("displayOrder", 60); // left out it would be 0 (the model's default), ahead of the Support pipeline
		added.putArray("statuses").add(Http.JSON.createObjectNode().put("label", "Open").put("ticketState", "OPEN"))
				.add(Http.JSON.createObjectNode().put("label", "Done").put("ticketState", "CLOSED").put("displayOrder", 1));

		JsonNode dryRun = importJson(document.toString(), "?dryRun=true").ok(200);
		assertTrue(dryRun.path("changed").asBoolean());
		assertEquals(head, headVersion());

		JsonNode result = importJson(document.toString(), "?author=importer").ok(200);

		assertEquals(head + 1, headVersion(), "one version for the whole import");
		assertEquals(head + 1, result.path("version").path("version").asLong());
		assertEquals("user:1 (importer)", result.path("version").path("author").asText());
		assertTrue(result.path("version").path("summary").asText()
				.startsWith("Imported the desk configuration (json): 1 pipeline added, 1 pipeline changed, 2 statuses added"),
				result.toString());
		assertEquals("Imported " + id, Http.get(PIPELINES + "/" + id).ok(200).path("label").asText());
		String newId = result.path("diff").path("pipelines").path("added").get(0).path("id").asText();
		JsonNode created = Http.get(PIPELINES + "/" + newId).ok(200);
		assertEquals("Hand written " + id, created.path("label").asText());
		assertEquals(2, created.path("stages").size());
		assertTrue(Long.parseLong(newId) > Long.parseLong(id), "ids come from the desk's counter");
		assertEquals(201, Http.post(TICKETS, """
				{"properties":{"hs_pipeline":"%s","hs_pipeline_stage":"%s","subject":"works"}}"""
				.formatted(newId, created.path("stages").get(0).path("id").asText())).status());
	}

	@Test
	void anImportBreakingRulesIsRefusedListingEveryProblemAndChangesNothing() {
		JsonNode full = createPipeline("Open", "Done");
		String fullId = full.path("id").asText();
		createTicket(fullId, full.path("stages").get(0).path("id").asText());
		JsonNode other = createPipeline("Open", "Done");
		String otherId = other.path("id").asText();
		JsonNode deleted = createPipeline("Open", "Done");
		String deletedId = deleted.path("id").asText();
		assertEquals(204, Http.delete(PIPELINES + "/" + deletedId).status());
		long head = headVersion();

		ObjectNode document = (ObjectNode) json(export("json"));
		ArrayNode pipelines = (ArrayNode) document.path("desk").path("pipelines");
		for (int i = 0; i < pipelines.size(); i++) {
			if (pipelines.get(i).path("id").asText().equals(fullId)) {
				pipelines.remove(i);
				break;
			}
		}
		ObjectNode broken = pipelineIn(document, otherId);
		broken.put("label", " ");
		broken.put("colour", "red");
		((ObjectNode) broken.path("statuses").get(1)).put("ticketState", "OPEN");
		((ObjectNode) broken.path("statuses").get(0)).putArray("statusProperties")
				.add(Http.JSON.createObjectNode().put("property", "no_such_property"));
		ObjectNode reused = pipelines.addObject();
		reused.put("id", deletedId);
		reused.put("label", "Back from the dead " + deletedId);
		reused.put("displayOrder", 60);
		reused.putArray("statuses").add(Http.JSON.createObjectNode().put("label", "Open").put("ticketState", "OPEN"))
				.add(Http.JSON.createObjectNode().put("label", "Done").put("ticketState", "CLOSED"));

		JsonNode error = importJson(document.toString(), "").error(400, "VALIDATION_ERROR");

		List<String> found = problems(error);
		for (String expected : List.of("json.unknown-field desk.pipelines[", "label.not-blank pipelines[id=" + otherId + "].label",
				"pipeline.closed-status-required pipelines[id=" + otherId + "].statuses",
				"id.never-reused pipelines[id=" + deletedId + "].id", "pipeline.empty-before-delete pipelines[id=" + fullId + "]",
				"json.reference-resolves desk.pipelines[")) {
			assertTrue(found.stream().anyMatch(p -> p.startsWith(expected)), expected + " missing from " + found);
		}
		assertEquals(6, found.size(), "each problem once: " + found);
		assertEquals(head, headVersion(), "nothing is applied");
		assertEquals(full.path("label").asText(), Http.get(PIPELINES + "/" + fullId).ok(200).path("label").asText());
	}

	@Test
	void anImportCannotMoveAStatusToAnotherPipelineNorDropABuiltInProperty() {
		JsonNode a = createPipeline("Open", "Done");
		JsonNode b = createPipeline("Open", "Done");
		ObjectNode document = (ObjectNode) json(export("json"));
		ObjectNode from = pipelineIn(document, a.path("id").asText());
		ObjectNode moved = (ObjectNode) ((ArrayNode) from.path("statuses")).remove(0);
		moved.put("label", "Moved");
		((ArrayNode) pipelineIn(document, b.path("id").asText()).path("statuses")).add(moved);
		from.withArray("statuses").add(Http.JSON.createObjectNode().put("label", "New open").put("ticketState", "OPEN"));
		ArrayNode properties = (ArrayNode) document.path("desk").path("properties");
		for (int i = 0; i < properties.size(); i++) {
			if (properties.get(i).path("name").asText().equals("source_type")) {
				properties.remove(i);
				break;
			}
		}

		JsonNode error = importJson(document.toString(), "").error(400, "VALIDATION_ERROR");

		assertEquals(List.of("status.pipeline-unchanged pipelines[id=" + b.path("id").asText() + "].statuses[id="
				+ moved.path("id").asText() + "]", "property.built-in-kept properties[name=source_type]"), problems(error));
	}

	@Test
	void anImportMayAddAndRemoveCustomProperties() {
		String name = "it_custom_" + headVersion();
		ObjectNode document = (ObjectNode) json(export("json"));
		((ArrayNode) document.path("desk").path("properties")).addObject().put("name", name).put("label", "Custom")
				.put("type", "TEXT");
		JsonNode added = importJson(document.toString(), "").ok(200);
		assertEquals(name, added.path("diff").path("properties").path("added").get(0).path("id").asText());

		ObjectNode without = (ObjectNode) json(export("json"));
		ArrayNode properties = (ArrayNode) without.path("desk").path("properties");
		properties.remove(properties.size() - 1);
		JsonNode removed = importJson(without.toString(), "").ok(200);
		assertEquals(name, removed.path("diff").path("properties").path("removed").get(0).path("id").asText(),
				"a property that is not built in may go");
	}

	@Test
	void documentsThatAreNotADeskAreRefusedAs400() {
		assertEquals("json.well-formed", importJson("{\"desk\":", "").error(400, "VALIDATION_ERROR")
				.path("errors").get(0).path("code").asText());
		assertEquals("json.format", importJson("{\"format\":\"pipedesk-desk\"}", "").error(400, "VALIDATION_ERROR")
				.path("errors").get(0).path("code").asText());
		TextReply xmi = importXmi("<desk:Desk", "");
		assertEquals(400, xmi.status(), xmi.body());
		assertEquals("xmi.well-formed", xmi.json().path("errors").get(0).path("code").asText());
		TextReply empty = importXmi("", "");
		assertEquals(400, empty.status(), empty.body());
		TextReply plain = ConfigurationHttp.text("POST", CONFIGURATION + "/import", "text/plain", "hello");
		assertEquals(415, plain.status(), plain.body());
		assertEquals("UNSUPPORTED_MEDIA_TYPE", plain.json().path("category").asText());
	}
}
