package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pipedesk.server.internal.PropertiesApiIT.PIPELINES;
import static org.pipedesk.server.internal.PropertiesApiIT.TICKETS;
import static org.pipedesk.server.internal.PropertiesApiIT.problems;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A pipeline's board over real HTTP: columns in status order, counts, newest cards first, paging per column. */
class BoardApiIT {
	private static final String ADMIN = "/pipedesk/v1/pipelines/";

	private static String ticket(String pipelineId, String stageId, String subject, String priority) {
		String extra = priority == null ? "" : ",\"hs_ticket_priority\":\"" + priority + "\"";
		return Http.post(TICKETS, """
				{"properties":{"hs_pipeline":"%s","hs_pipeline_stage":"%s","subject":"%s"%s}}"""
				.formatted(pipelineId, stageId, subject, extra)).ok(201).path("id").asText();
	}

	@Test
	void theBoardShowsEachStatusInOrderWithCountsCardsAndPaging() {
		JsonNode pipeline = Http.post(PIPELINES, """
				{"label":"Board %s","stages":[{"label":"Solved","displayOrder":2,"metadata":{"ticketState":"CLOSED"}},
				 {"label":"New","displayOrder":0,"metadata":{"ticketState":"OPEN"}},
				 {"label":"Working","displayOrder":1,"metadata":{"ticketState":"OPEN"}}]}""".formatted(UUID.randomUUID()))
				.ok(201);
		String id = pipeline.path("id").asText();
		String solved = pipeline.path("stages").get(2).path("id").asText();
		String fresh = pipeline.path("stages").get(0).path("id").asText();
		assertEquals("New", pipeline.path("stages").get(0).path("label").asText());
		Http.put(ADMIN + id + "/card-properties", "{\"cardProperties\":[\"hs_ticket_priority\",\"content\"]}").ok(200);

		List<String> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(ticket(id, fresh, "ticket " + i, i % 2 == 0 ? "HIGH" : null));
		}
		ticket(id, solved, "done", "LOW");

		JsonNode board = Http.get(ADMIN + id + "/board?limit=2").ok(200);
		assertEquals(id, board.path("pipelineId").asText());
		assertEquals(List.of("hs_ticket_priority", "content"),
				List.of(board.path("cardProperties").get(0).asText(), board.path("cardProperties").get(1).asText()));
		JsonNode columns = board.path("columns");
		assertEquals(List.of("New", "Working", "Solved"), List.of(columns.get(0).path("stage").path("label").asText(),
				columns.get(1).path("stage").path("label").asText(), columns.get(2).path("stage").path("label").asText()));
		assertEquals("CLOSED", columns.get(2).path("stage").path("ticketState").asText());
		assertEquals(List.of(5, 0, 1), List.of(columns.get(0).path("total").asInt(), columns.get(1).path("total").asInt(),
				columns.get(2).path("total").asInt()));

		JsonNode first = columns.get(0);
		assertEquals(List.of(created.get(4), created.get(3)), ids(first), "newest first");
		JsonNode card = first.path("cards").get(0);
		assertEquals("ticket 4", card.path("subject").asText());
		assertEquals("HIGH", card.path("properties").path("hs_ticket_priority").asText());
		assertTrue(card.path("properties").has("content") && card.path("properties").path("content").isNull(),
				"an unset card property is there, null: " + card);
		assertTrue(columns.get(1).path("paging").isMissingNode(), "an empty column has no next page");
		assertTrue(columns.get(2).path("paging").isMissingNode());

		List<String> seen = new ArrayList<>(ids(first));
		JsonNode next = first.path("paging").path("next");
		int pages = 1;
		while (!next.isMissingNode() && pages < 10) {
			String link = next.path("link").asText();
			assertTrue(link.contains("/pipedesk/v1/pipelines/" + id + "/board/" + fresh + "?after="), link);
			JsonNode page = Http.get(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery()).ok(200);
			assertEquals(fresh, page.path("stage").path("id").asText());
			assertTrue(page.path("total").isMissingNode(), "the count comes with the board");
			seen.addAll(ids(page));
			next = page.path("paging").path("next");
			pages++;
		}
		assertEquals(List.of(created.get(4), created.get(3), created.get(2), created.get(1), created.get(0)), seen);
		assertEquals(3, pages);
	}

	private static List<String> ids(JsonNode column) {
		List<String> ids = new ArrayList<>();
		column.path("cards").forEach(c -> ids.add(c.path("id").asText()));
		return ids;
	}

	@Test
	void badPagingAndUnknownPipelinesOrStagesAreRefused() {
		assertEquals(List.of("limit:paging.limit"), problems(Http.get(ADMIN + "0/board?limit=0").error(400, "VALIDATION_ERROR")));
		assertEquals(List.of("limit:paging.limit"), problems(Http.get(ADMIN + "0/board/1?limit=101").error(400, "VALIDATION_ERROR")));
		assertEquals(List.of("after:paging.cursor"),
				problems(Http.get(ADMIN + "0/board/1?after=abc").error(400, "VALIDATION_ERROR")));
		Http.get(ADMIN + "nope/board").error(404, "OBJECT_NOT_FOUND");
		Http.get(ADMIN + "0/board/nope").error(404, "OBJECT_NOT_FOUND");
		JsonNode seeded = Http.get(ADMIN + "0/board").ok(200);
		assertEquals(4, seeded.path("columns").size());
		assertEquals(List.of("hs_ticket_priority", "hubspot_owner_id"),
				List.of(seeded.path("cardProperties").get(0).asText(), seeded.path("cardProperties").get(1).asText()));
	}
}
