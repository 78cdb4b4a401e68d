package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pipedesk.server.internal.Http.Reply;

import com.fasterxml.jackson.databind.JsonNode;

/** The HubSpot-dialect REST API over real HTTP, against the assembled server and its H2 database. */
class RestApiIT {
	private static final String PIPELINES = "/crm/v3/pipelines/tickets";
	private static final String TICKETS = "/crm/v3/objects/tickets";

	private static String pipelineJson(String label) {
		return """
				{"label":"%s","displayOrder":7,"stages":[
				 {"label":"New","displayOrder":0,"metadata":{"ticketState":"OPEN"}},
				 {"label":"Working","displayOrder":1,"metadata":{"ticketState":"OPEN"}},
				 {"label":"Solved","displayOrder":2,"metadata":{"ticketState":"CLOSED"}}]}""".formatted(label);
	}

	private static JsonNode createPipeline() {
		return Http.post(PIPELINES, pipelineJson("REST " + UUID.randomUUID())).ok(201);
	}

	private static JsonNode createTicket(String pipelineId, String stageId, String subject) {
		return Http.post(TICKETS, """
				{"properties":{"hs_pipeline":"%s","hs_pipeline_stage":"%s","subject":"%s","hs_ticket_priority":"HIGH"}}"""
				.formatted(pipelineId, stageId, subject)).ok(201);
	}

	private static String stageId(JsonNode pipeline, int index) {
		return pipeline.path("stages").get(index).path("id").asText();
	}

	@Test
	void listsTheSeededPipelineInHubSpotsShape() {
		JsonNode list = Http.get(PIPELINES).ok(200);
		JsonNode support = null;
		for (JsonNode pipeline : list.path("results")) {
			if (pipeline.path("id").asText().equals("0")) {
				support = pipeline;
			}
		}
		assertTrue(support != null, list.toString());
		assertEquals("Support Pipeline", support.path("label").asText());
		assertFalse(support.path("archived").asBoolean());
		assertTrue(support.path("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), support.toString());
		JsonNode closed = support.path("stages").get(3);
		assertEquals("4", closed.path("id").asText());
		assertEquals("CLOSED", closed.path("metadata").path("ticketState").asText());
		assertEquals("true", closed.path("metadata").path("isClosed").asText());
		assertEquals("OPEN", support.path("stages").get(0).path("metadata").path("ticketState").asText());
	}

	@Test
	void createsReadsRenamesReplacesAndDeletesAPipeline() {
		JsonNode created = createPipeline();
		String id = created.path("id").asText();
		assertEquals(7, created.path("displayOrder").asInt());
		assertEquals(3, created.path("stages").size());
		assertEquals(created, Http.get(PIPELINES + "/" + id).ok(200));

		JsonNode renamed = Http.patch(PIPELINES + "/" + id, "{\"label\":\"Renamed " + id + "\"}").ok(200);
		assertEquals("Renamed " + id, renamed.path("label").asText());
		assertEquals(7, renamed.path("displayOrder").asInt());

		JsonNode replaced = Http.put(PIPELINES + "/" + id, """
				{"label":"Replaced %s","displayOrder":3,"stages":[
				 {"label":"new","displayOrder":5,"metadata":{"ticketState":"OPEN"}},
				 {"label":"Closed for good","displayOrder":6,"metadata":{"ticketState":"CLOSED"}}]}""".formatted(id)).ok(200);
		assertEquals(3, replaced.path("displayOrder").asInt());
		assertEquals(stageId(created, 0), stageId(replaced, 0), "a stage matched by label keeps its id");
		assertEquals(2, replaced.path("stages").size());

		assertEquals(204, Http.delete(PIPELINES + "/" + id).status());
		Http.get(PIPELINES + "/" + id).error(404, "OBJECT_NOT_FOUND");
	}

	@Test
	void aPipelineBreakingARuleIsRefusedWith400NamingFieldAndRule() {
		JsonNode error = Http.post(PIPELINES, """
				{"label":"No closed %s","stages":[{"label":"Open","metadata":{"ticketState":"OPEN"}}]}"""
				.formatted(UUID.randomUUID())).error(400, "VALIDATION_ERROR");
		JsonNode detail = error.path("errors").get(0);
		assertEquals("stages", detail.path("in").asText());
		assertEquals("pipeline.closed-status-required", detail.path("code").asText());

		JsonNode longLabel = Http.post(PIPELINES, pipelineJson("x".repeat(101))).error(400, "VALIDATION_ERROR");
		assertEquals("label", longLabel.path("errors").get(0).path("in").asText());
		assertEquals("label.max-length", longLabel.path("errors").get(0).path("code").asText());
	}

	@Test
	void stagesAreAddedChangedReplacedAndDeletedWithTheirTicketsMoved() {
		JsonNode pipeline = createPipeline();
		String id = pipeline.path("id").asText();
		String base = PIPELINES + "/" + id + "/stages";
		JsonNode added = Http.post(base, "{\"label\":\"Escalated\",\"displayOrder\":9,\"metadata\":{\"ticketState\":\"OPEN\"}}").ok(201);
		String escalated = added.path("id").asText();
		assertEquals(4, Http.get(base).ok(200).path("results").size());
		assertEquals("Escalated", Http.get(base + "/" + escalated).ok(200).path("label").asText());
		assertEquals("L2", Http.patch(base + "/" + escalated, "{\"label\":\"L2\"}").ok(200).path("label").asText());

		JsonNode incomplete = Http.put(base + "/" + escalated, "{\"label\":\"L3\"}").error(400, "VALIDATION_ERROR");
		assertEquals(2, incomplete.path("errors").size(), incomplete.toString());
		JsonNode replaced = Http.put(base + "/" + escalated,
				"{\"label\":\"L3\",\"displayOrder\":1,\"metadata\":{\"ticketState\":\"OPEN\"}}").ok(200);
		assertEquals("L3", replaced.path("label").asText());

		String ticketId = createTicket(id, escalated, "needs a move").path("id").asText();
		Http.delete(base + "/" + escalated).error(400, "VALIDATION_ERROR");
		assertEquals(escalated, Http.get(TICKETS + "/" + ticketId).ok(200).path("properties").path("hs_pipeline_stage").asText());
		assertEquals(204, Http.delete(base + "/" + escalated + "?targetStageId=" + stageId(pipeline, 0)).status());
		assertEquals(stageId(pipeline, 0),
				Http.get(TICKETS + "/" + ticketId).ok(200).path("properties").path("hs_pipeline_stage").asText());
		Http.get(base + "/" + escalated).error(404, "OBJECT_NOT_FOUND");

		Http.delete(PIPELINES + "/" + id).error(409, "CONFLICT");
		// Even when a client asks HubSpot not to validate references, tickets are never orphaned.
		Http.delete(PIPELINES + "/" + id + "?validateReferencesBeforeDelete=false").error(409, "CONFLICT");
	}

	@Test
	void ticketsAreCreatedReadUpdatedPagedAndDeleted() {
		JsonNode pipeline = createPipeline();
		String id = pipeline.path("id").asText();
		JsonNode ticket = createTicket(id, stageId(pipeline, 0), "Printer on fire");
		String ticketId = ticket.path("id").asText();
		JsonNode props = ticket.path("properties");
		assertEquals(id, props.path("hs_pipeline").asText());
		assertEquals(stageId(pipeline, 0), props.path("hs_pipeline_stage").asText());
		assertEquals("Printer on fire", props.path("subject").asText());
		assertEquals("HIGH", props.path("hs_ticket_priority").asText());
		assertEquals(ticketId, props.path("hs_object_id").asText());

		Reply read = Http.get(TICKETS + "/" + ticketId);
		JsonNode readBody = read.ok(200);
		assertEquals(ticket.path("id"), readBody.path("id"));
		ticket.path("properties").fields().forEachRemaining(
				field -> assertEquals(field.getValue(), readBody.path("properties").path(field.getKey()), field.getKey()));
		assertEquals("\"1\"", read.etag().orElseThrow());

		JsonNode moved = Http.patch(TICKETS + "/" + ticketId, """
				{"properties":{"hs_pipeline_stage":"%s","content":"Smoke everywhere","hs_ticket_priority":null}}"""
				.formatted(stageId(pipeline, 1))).ok(200);
		assertEquals(stageId(pipeline, 1), moved.path("properties").path("hs_pipeline_stage").asText());
		assertEquals("Smoke everywhere", moved.path("properties").path("content").asText());
		assertTrue(moved.path("properties").path("hs_ticket_priority").isMissingNode(), "null clears a property");

		Set<String> seen = new HashSet<>();
		List<String> order = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			createTicket(id, stageId(pipeline, 0), "paged " + i);
		}
		String after = null;
		int pages = 0;
		do {
			JsonNode page = Http.get(TICKETS + "?limit=2" + (after == null ? "" : "&after=" + after)).ok(200);
			page.path("results").forEach(t -> {
				assertTrue(seen.add(t.path("id").asText()), "no ticket twice: " + t);
				order.add(t.path("id").asText());
			});
			JsonNode next = page.path("paging").path("next");
			after = next.isMissingNode() ? null : next.path("after").asText();
			if (after != null) {
				assertTrue(next.path("link").asText().contains("after=" + after), next.toString());
			}
			pages++;
		} while (after != null && pages < 10_000);
		assertTrue(seen.contains(ticketId));
		assertEquals(order.stream().map(Long::parseLong).sorted().map(String::valueOf).toList(), order);

		assertEquals(204, Http.delete(TICKETS + "/" + ticketId).status());
		Http.get(TICKETS + "/" + ticketId).error(404, "OBJECT_NOT_FOUND");
		Http.delete(TICKETS + "/" + ticketId).error(404, "OBJECT_NOT_FOUND");
	}

	@Test
	void aStaleIfMatchIsRefusedWith409AndNothingChanges() {
		JsonNode ticket = createTicket("0", "1", "versioned");
		String path = TICKETS + "/" + ticket.path("id").asText();
		Reply first = Http.send("PATCH", path, "{\"properties\":{\"subject\":\"first writer\"}}", "\"1\"");
		assertEquals("\"2\"", first.etag().orElseThrow());
		first.ok(200);
		JsonNode error = Http.send("PATCH", path, "{\"properties\":{\"subject\":\"second writer\"}}", "\"1\"")
				.error(409, "CONFLICT");
		assertEquals("version", error.path("errors").get(0).path("in").asText());
		assertEquals("first writer", Http.get(path).ok(200).path("properties").path("subject").asText());
	}

	@Test
	void requiredStatusPropertiesAnswer400ListingEveryMissingOne() {
		JsonNode error = Http.post(TICKETS, """
				{"properties":{"hs_pipeline":"0","hs_pipeline_stage":"nope","subject":"x"}}""").error(400, "VALIDATION_ERROR");
		assertEquals("hs_pipeline_stage", error.path("errors").get(0).path("in").asText());
		JsonNode values = Http.post(TICKETS, """
				{"properties":{"hs_pipeline_stage":"1","hs_ticket_priority":"SOON","createdate":"x","made_up":"y"}}""")
				.error(400, "VALIDATION_ERROR");
		assertEquals(3, values.path("errors").size(), values.toString());
	}

	@Test
	void oversizeBodiesAreRefusedWith413WhetherTheirLengthIsDeclaredOrNot() {
		byte[] huge = ("{\"properties\":{\"content\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}}")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		// Declared length: refused before the body is read.
		Http.postRaw(TICKETS, huge, false).error(413, "PAYLOAD_TOO_LARGE");
		// Chunked, length unknown: refused as soon as the stream passes the limit.
		Http.postRaw(TICKETS, huge, true).error(413, "PAYLOAD_TOO_LARGE");
		// Just under the limit is fine (a long description), so the limit is not set too tight.
		String large = "{\"properties\":{\"hs_pipeline_stage\":\"1\",\"content\":\"" + "y".repeat(900_000) + "\"}}";
		assertEquals(900_000, Http.post(TICKETS, large).ok(201).path("properties").path("content").asText().length());
	}

	@Test
	void badRequestsGetJsonErrorsNeverA500() {
		JsonNode malformed = Http.post(TICKETS, "{\"properties\": {").error(400, "VALIDATION_ERROR");
		assertEquals("json.well-formed", malformed.path("errors").get(0).path("code").asText());
		JsonNode wrongType = Http.post(PIPELINES, "{\"label\":\"x\",\"displayOrder\":\"first\",\"stages\":[]}")
				.error(400, "VALIDATION_ERROR");
		assertEquals("displayOrder", wrongType.path("errors").get(0).path("in").asText());
		JsonNode badEnum = Http.post(PIPELINES, "{\"label\":\"x\",\"stages\":[{\"label\":\"a\",\"metadata\":{\"ticketState\":\"HALF\"}}]}")
				.error(400, "VALIDATION_ERROR");
		assertEquals("stages[0].metadata.ticketState", badEnum.path("errors").get(0).path("in").asText());
		Http.post(TICKETS, "").error(400, "VALIDATION_ERROR");
		Http.post(TICKETS, "{\"properties\":{\"subject\":{\"nested\":1}}}").error(400, "VALIDATION_ERROR");
		Http.get(TICKETS + "?limit=0").error(400, "VALIDATION_ERROR");
		Http.get(TICKETS + "?after=not-a-cursor").error(400, "VALIDATION_ERROR");
		Http.get(TICKETS + "/abc").error(404, "OBJECT_NOT_FOUND");
		Http.get(TICKETS + "/999999999").error(404, "OBJECT_NOT_FOUND");
		Http.get(PIPELINES + "/nope/stages").error(404, "OBJECT_NOT_FOUND");
		Http.get("/no/such/path").error(404, "OBJECT_NOT_FOUND");
		Http.send("PUT", TICKETS + "/1", "{}", null).error(405, "METHOD_NOT_ALLOWED");
	}
}
