package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pipedesk.core.api.StatusPropertyInfo;
import org.pipedesk.core.api.StatusService;

import com.fasterxml.jackson.databind.JsonNode;

/** Batch endpoints, search, history and time in status over real HTTP. */
@org.junit.jupiter.api.extension.ExtendWith(RunAsSystem.class)
class TicketsDepthIT {
	private static final String TICKETS = "/crm/v3/objects/tickets";
	private String pipelineId;
	private String newStage;
	private String workingStage;
	private String doneStage;
	private String tag;

	@BeforeEach
	void pipeline() {
		tag = "t" + UUID.randomUUID().toString().replace("-", "");
		JsonNode pipeline = Http.post("/crm/v3/pipelines/tickets", """
				{"label":"Depth %s","stages":[
				 {"label":"New","metadata":{"ticketState":"OPEN"}},
				 {"label":"Working","metadata":{"ticketState":"OPEN"}},
				 {"label":"Done","metadata":{"ticketState":"CLOSED"}}]}""".formatted(tag)).ok(201);
		pipelineId = pipeline.path("id").asText();
		newStage = pipeline.path("stages").get(0).path("id").asText();
		workingStage = pipeline.path("stages").get(1).path("id").asText();
		doneStage = pipeline.path("stages").get(2).path("id").asText();
	}

	private String ticketJson(String stage, String subject, String priority) {
		return """
				{"properties":{"hs_pipeline":"%s","hs_pipeline_stage":"%s","subject":"%s","hs_ticket_priority":"%s"}}"""
				.formatted(pipelineId, stage, subject, priority);
	}

	private String create(String stage, String subject, String priority) {
		return Http.post(TICKETS, ticketJson(stage, subject, priority)).ok(201).path("id").asText();
	}

	@Test
	void batchCreateCreatesTheValidItemsAndReportsTheOthersWith207() {
		JsonNode all = Http.post(TICKETS + "/batch/create", "{\"inputs\":[" + ticketJson(newStage, tag + " a", "LOW") + ","
				+ ticketJson(newStage, tag + " b", "HIGH") + "]}").ok(201);
		assertEquals(2, all.path("results").size());
		assertTrue(all.path("errors").isMissingNode(), all.toString());

		JsonNode partial = Http.post(TICKETS + "/batch/create", "{\"inputs\":[" + ticketJson(newStage, tag + " c", "LOW")
				+ "," + ticketJson(newStage, tag + " d", "NOT_A_PRIORITY") + "," + ticketJson("nope", tag + " e", "LOW")
				+ "]}").ok(207);
		assertEquals(1, partial.path("results").size());
		assertEquals(2, partial.path("numErrors").asInt());
		JsonNode first = partial.path("errors").get(0);
		assertEquals("VALIDATION_ERROR", first.path("category").asText());
		assertEquals("1", first.path("context").path("index").get(0).asText());
		assertEquals("hs_ticket_priority", first.path("errors").get(0).path("in").asText());
		assertEquals("2", partial.path("errors").get(1).path("context").path("index").get(0).asText());

		Http.post(TICKETS + "/batch/create", "{\"inputs\":[]}").error(400, "VALIDATION_ERROR");
		StringBuilder tooMany = new StringBuilder("{\"inputs\":[");
		for (int i = 0; i < 101; i++) {
			tooMany.append(i == 0 ? "" : ",").append(ticketJson(newStage, "x", "LOW"));
		}
		Http.post(TICKETS + "/batch/create", tooMany + "]}").error(400, "VALIDATION_ERROR");
	}

	@Test
	void batchReadUpdateAndArchive() {
		String a = create(newStage, tag + " a", "LOW");
		String b = create(newStage, tag + " b", "LOW");
		JsonNode read = Http.post(TICKETS + "/batch/read", "{\"inputs\":[{\"id\":\"" + a + "\"},{\"id\":\"999999999\"}]}").ok(207);
		assertEquals(1, read.path("results").size());
		assertEquals("OBJECT_NOT_FOUND", read.path("errors").get(0).path("category").asText());

		// The list view's bulk edit: one request moves many tickets; a move the target status refuses (a required
		// property is missing) is that item's error, the others are applied.
		Osgi.service(StatusService.class).setStatusProperties(pipelineId, doneStage,
				List.of(new StatusPropertyInfo("hs_ticket_category", true)));
		JsonNode moved = Http.post(TICKETS + "/batch/update", """
				{"inputs":[{"id":"%s","properties":{"hs_pipeline_stage":"%s"}},
				           {"id":"%s","properties":{"hs_pipeline_stage":"%s","hs_ticket_priority":"URGENT"}},
				           {"id":"%s","properties":{"hs_pipeline_stage":"%s"}}]}"""
				.formatted(a, workingStage, b, workingStage, a, doneStage)).ok(207);
		assertEquals(2, moved.path("results").size());
		assertEquals("2", moved.path("errors").get(0).path("context").path("index").get(0).asText());
		assertEquals("hs_ticket_category", moved.path("errors").get(0).path("errors").get(0).path("in").asText());
		assertEquals(workingStage, Http.get(TICKETS + "/" + a).ok(200).path("properties").path("hs_pipeline_stage").asText());
		for (JsonNode ticket : moved.path("results")) {
			assertEquals(workingStage, ticket.path("properties").path("hs_pipeline_stage").asText());
		}
		assertEquals("URGENT", Http.get(TICKETS + "/" + b).ok(200).path("properties").path("hs_ticket_priority").asText());

		assertEquals(204, Http.post(TICKETS + "/batch/archive", "{\"inputs\":[{\"id\":\"" + a + "\"}]}").status());
		Http.get(TICKETS + "/" + a).error(404, "OBJECT_NOT_FOUND");
		JsonNode again = Http.post(TICKETS + "/batch/archive", "{\"inputs\":[{\"id\":\"" + a + "\"},{\"id\":\"" + b + "\"}]}").ok(207);
		assertEquals(1, again.path("numErrors").asInt());
		Http.get(TICKETS + "/" + b).error(404, "OBJECT_NOT_FOUND");
	}

	@Test
	void searchFiltersSortsPagesAndCounts() {
		List<String> high = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			high.add(create(newStage, tag + " printer " + i, "HIGH"));
		}
		create(newStage, tag + " monitor", "LOW");
		create(workingStage, tag + " printer late", "HIGH");

		String twoFilters = """
				{"filterGroups":[{"filters":[
				  {"propertyName":"hs_pipeline_stage","operator":"EQ","value":"%s"},
				  {"propertyName":"hs_ticket_priority","operator":"EQ","value":"HIGH"}]}],
				 "sorts":[{"propertyName":"hs_object_id","direction":"DESCENDING"}],"limit":2%s}""";
		JsonNode first = Http.post(TICKETS + "/search", twoFilters.formatted(newStage, "")).ok(200);
		assertEquals(5, first.path("total").asInt());
		assertEquals(List.of(high.get(4), high.get(3)), ids(first));
		String after = first.path("paging").path("next").path("after").asText();
		JsonNode second = Http.post(TICKETS + "/search", twoFilters.formatted(newStage, ",\"after\":\"" + after + "\"")).ok(200);
		assertEquals(List.of(high.get(2), high.get(1)), ids(second));

		JsonNode or = Http.post(TICKETS + "/search", """
				{"filterGroups":[
				  {"filters":[{"propertyName":"hs_pipeline","operator":"EQ","value":"%s"},
				              {"propertyName":"hs_ticket_priority","operator":"IN","values":["LOW"]}]},
				  {"filters":[{"propertyName":"hs_pipeline_stage","operator":"EQ","value":"%s"}]}],"limit":10}"""
				.formatted(pipelineId, workingStage)).ok(200);
		assertEquals(2, or.path("total").asInt(), or.toString());

		JsonNode token = Http.post(TICKETS + "/search", """
				{"filterGroups":[{"filters":[{"propertyName":"hs_pipeline","operator":"EQ","value":"%s"},
				  {"propertyName":"subject","operator":"CONTAINS_TOKEN","value":"LATE"}]}]}""".formatted(pipelineId)).ok(200);
		assertEquals(1, token.path("total").asInt());
		JsonNode query = Http.post(TICKETS + "/search", "{\"query\":\"" + tag + " monitor\"}").ok(200);
		assertEquals(1, query.path("total").asInt());

		JsonNode missing = Http.post(TICKETS + "/search", """
				{"filterGroups":[{"filters":[{"propertyName":"hs_pipeline","operator":"EQ","value":"%s"},
				  {"propertyName":"content","operator":"NOT_HAS_PROPERTY"}]}]}""".formatted(pipelineId)).ok(200);
		assertEquals(7, missing.path("total").asInt());

		// A ticket's values follow it to its new status (the search index carries the status).
		Http.patch(TICKETS + "/" + high.get(0), "{\"properties\":{\"hs_pipeline_stage\":\"" + workingStage + "\"}}").ok(200);
		JsonNode moved = Http.post(TICKETS + "/search", twoFilters.formatted(workingStage, "").replace("\"limit\":2", "\"limit\":10")).ok(200);
		assertEquals(2, moved.path("total").asInt(), moved.toString());
		assertEquals(2, moved.path("results").size());
		assertEquals(4, Http.post(TICKETS + "/search", twoFilters.formatted(newStage, "")).ok(200).path("total").asInt());
		String ascending = """
				{"filterGroups":[{"filters":[
				  {"propertyName":"hs_pipeline_stage","operator":"EQ","value":"%s"},
				  {"propertyName":"hs_ticket_priority","operator":"EQ","value":"HIGH"}]}],"limit":2%s}""";
		JsonNode firstPage = Http.post(TICKETS + "/search", ascending.formatted(newStage, "")).ok(200);
		assertEquals(List.of(high.get(1), high.get(2)), ids(firstPage));
		assertEquals(4, firstPage.path("total").asInt());
		JsonNode secondPage = Http.post(TICKETS + "/search", ascending.formatted(newStage,
				",\"after\":\"" + firstPage.path("paging").path("next").path("after").asText() + "\"")).ok(200);
		assertEquals(List.of(high.get(3), high.get(4)), ids(secondPage));
		assertTrue(secondPage.path("paging").isMissingNode(), "the last page has no next: " + secondPage);
		JsonNode notHigh = Http.post(TICKETS + "/search", """
				{"filterGroups":[{"filters":[{"propertyName":"hs_pipeline_stage","operator":"EQ","value":"%s"},
				  {"propertyName":"hs_ticket_priority","operator":"NEQ","value":"HIGH"}]}]}""".formatted(newStage)).ok(200);
		assertEquals(1, notHigh.path("total").asInt(), notHigh.toString());

		JsonNode recent = Http.post(TICKETS + "/search", """
				{"filterGroups":[{"filters":[{"propertyName":"hs_pipeline","operator":"EQ","value":"%s"},
				  {"propertyName":"createdate","operator":"GTE","value":"%d"}]}],"sorts":["-createdate"]}"""
				.formatted(pipelineId, System.currentTimeMillis() - 3_600_000)).ok(200);
		assertEquals(7, recent.path("total").asInt());
	}

	@Test
	void searchRefusesBadQueriesNamingTheField() {
		JsonNode error = Http.post(TICKETS + "/search", """
				{"filterGroups":[{"filters":[{"propertyName":"no_such","operator":"EQ","value":"x"},
				  {"propertyName":"subject","operator":"SOUNDS_LIKE","value":"x"},
				  {"propertyName":"createdate","operator":"GT","value":"yesterday"},
				  {"propertyName":"subject","operator":"BETWEEN","value":"a"}]}],"limit":500}""").error(400, "VALIDATION_ERROR");
		List<String> fields = new ArrayList<>();
		error.path("errors").forEach(e -> fields.add(e.path("in").asText()));
		assertTrue(fields.containsAll(List.of("limit", "filterGroups[0].filters[0].propertyName",
				"filterGroups[0].filters[1].operator", "filterGroups[0].filters[2].value",
				"filterGroups[0].filters[3].highValue")), fields.toString());
		Http.post(TICKETS + "/search", "{\"after\":\"9999\",\"limit\":200}").error(400, "VALIDATION_ERROR");
	}

	@Test
	void historyAndTimeInStatusFollowEveryChange() throws InterruptedException {
		String id = create(newStage, tag + " history", "LOW");
		Thread.sleep(30);
		Http.patch(TICKETS + "/" + id, "{\"properties\":{\"hs_pipeline_stage\":\"" + workingStage + "\",\"hs_ticket_priority\":\"HIGH\"}}").ok(200);
		Thread.sleep(30);
		Http.patch(TICKETS + "/" + id, "{\"properties\":{\"hs_pipeline_stage\":\"" + newStage + "\"}}").ok(200);

		JsonNode ticket = Http.get(TICKETS + "/" + id + "?propertiesWithHistory=hs_ticket_priority,hs_pipeline_stage").ok(200);
		JsonNode priority = ticket.path("propertiesWithHistory").path("hs_ticket_priority");
		assertEquals(List.of("HIGH", "LOW"), values(priority));
		assertEquals(List.of(newStage, workingStage, newStage),
				values(ticket.path("propertiesWithHistory").path("hs_pipeline_stage")));

		JsonNode props = ticket.path("properties");
		assertFalse(props.path("hs_v2_date_entered_" + workingStage).isMissingNode(), props.toString());
		assertFalse(props.path("hs_v2_date_exited_" + workingStage).isMissingNode(), props.toString());
		assertTrue(props.path("hs_v2_date_exited_" + newStage).isMissingNode(), "still in New: " + props);
		long inWorking = props.path("hs_v2_cumulative_time_in_" + workingStage).asLong();
		assertTrue(inWorking >= 25, props.toString());
		assertEquals(inWorking, props.path("hs_v2_latest_time_in_" + workingStage).asLong());
		long inNew = props.path("hs_v2_cumulative_time_in_" + newStage).asLong();
		assertTrue(inNew >= 25 && inNew > props.path("hs_v2_latest_time_in_" + newStage).asLong(),
				"two stays in New add up: " + props);

		JsonNode history = Http.get("/pipedesk/v1/tickets/" + id + "/history?limit=100").ok(200);
		List<String> names = new ArrayList<>();
		history.path("results").forEach(e -> names.add(e.path("propertyName").asText()));
		assertEquals(List.of("hs_ticket_priority", "subject", "hs_pipeline", "hs_pipeline_stage", "hs_ticket_priority",
				"hs_pipeline_stage", "hs_pipeline_stage"), names);
		JsonNode times = Http.get("/pipedesk/v1/tickets/" + id + "/time-in-status").ok(200);
		assertEquals(2, times.path("results").size());
		Http.get("/pipedesk/v1/tickets/999999999/history").error(404, "OBJECT_NOT_FOUND");
	}

	@Test
	void deletingAStatusRecordsTheMoveInHistoryAndTimeInStatus() {
		String id = create(workingStage, tag + " moved by delete", "LOW");
		Http.delete("/crm/v3/pipelines/tickets/" + pipelineId + "/stages/" + workingStage + "?targetStageId=" + newStage);
		JsonNode props = Http.get(TICKETS + "/" + id).ok(200).path("properties");
		assertEquals(newStage, props.path("hs_pipeline_stage").asText());
		assertFalse(props.path("hs_v2_date_exited_" + workingStage).isMissingNode(), props.toString());
		assertFalse(props.path("hs_v2_date_entered_" + newStage).isMissingNode(), props.toString());
		JsonNode found = Http.post(TICKETS + "/search", """
				{"filterGroups":[{"filters":[{"propertyName":"hs_pipeline_stage","operator":"EQ","value":"%s"},
				  {"propertyName":"subject","operator":"EQ","value":"%s moved by delete"}]}]}""".formatted(newStage, tag)).ok(200);
		assertEquals(1, found.path("total").asInt(), "the bulk move carried the values to the new status: " + found);
		JsonNode history = Http.get("/pipedesk/v1/tickets/" + id + "/history").ok(200).path("results");
		JsonNode last = history.get(history.size() - 1);
		assertEquals("hs_pipeline_stage", last.path("propertyName").asText());
		assertEquals(workingStage, last.path("oldValue").asText());
		assertEquals(newStage, last.path("newValue").asText());
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.path("results").forEach(t -> ids.add(t.path("id").asText()));
		return ids;
	}

	private static List<String> values(JsonNode history) {
		List<String> values = new ArrayList<>();
		history.forEach(v -> values.add(v.path("value").asText()));
		return values;
	}
}
