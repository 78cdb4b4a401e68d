package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pipedesk.server.internal.PropertiesApiIT.PIPELINES;
import static org.pipedesk.server.internal.PropertiesApiIT.TICKETS;
import static org.pipedesk.server.internal.PropertiesApiIT.problems;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Pipedesk's admin API over real HTTP: the properties a status asks for, and a pipeline's card properties. */
class AdminApiIT {
	private static final String ADMIN = "/pipedesk/v1/pipelines/";

	private static JsonNode createPipeline() {
		return Http.post(PIPELINES, """
				{"label":"Admin %s","stages":[{"label":"New","metadata":{"ticketState":"OPEN"}},
				 {"label":"Solved","metadata":{"ticketState":"CLOSED"}}]}""".formatted(UUID.randomUUID())).ok(201);
	}

	private static String stagePath(JsonNode pipeline, int stage) {
		return ADMIN + pipeline.path("id").asText() + "/stages/" + pipeline.path("stages").get(stage).path("id").asText()
				+ "/properties";
	}

	@Test
	void aStatusAsksForPropertiesInOrderAndRequiredOnesAreEnforcedOnEntry() {
		JsonNode pipeline = createPipeline();
		String pipelineId = pipeline.path("id").asText();
		String solved = pipeline.path("stages").get(1).path("id").asText();
		String path = stagePath(pipeline, 1);
		assertEquals(0, Http.get(path).ok(200).path("statusProperties").size());

		JsonNode set = Http.put(path, """
				{"statusProperties":[{"name":"hs_ticket_category","required":true},{"name":"content","required":true},
				 {"name":"hs_ticket_priority"}]}""").ok(200);
		assertEquals(set, Http.get(path).ok(200));
		assertEquals(List.of("hs_ticket_category:true", "content:true", "hs_ticket_priority:false"), entries(set));

		JsonNode missing = Http.post(TICKETS, """
				{"properties":{"hs_pipeline":"%s","hs_pipeline_stage":"%s","subject":"x"}}""".formatted(pipelineId, solved))
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("hs_ticket_category:status.required-property", "content:status.required-property"),
				problems(missing));
		Http.post(TICKETS, """
				{"properties":{"hs_pipeline":"%s","hs_pipeline_stage":"%s","content":"c","hs_ticket_category":"BILLING_ISSUE"}}"""
				.formatted(pipelineId, solved)).ok(201);
	}

	private static List<String> entries(JsonNode statusProperties) {
		return java.util.stream.StreamSupport.stream(statusProperties.path("statusProperties").spliterator(), false)
				.map(p -> p.path("name").asText() + ":" + p.path("required").asBoolean()).toList();
	}

	@Test
	void readOnlyCalculatedUnknownAndRepeatedStatusPropertiesAreAllNamedAndNothingChanges() {
		JsonNode pipeline = createPipeline();
		String path = stagePath(pipeline, 0);
		Http.put(path, "{\"statusProperties\":[{\"name\":\"subject\",\"required\":true}]}").ok(200);

		JsonNode refused = Http.put(path, """
				{"statusProperties":[{"name":"createdate"},{"name":"time_to_close"},{"name":"made_up"},
				 {"name":"content"},{"name":"content"}]}""").error(400, "VALIDATION_ERROR");
		List<String> problems = problems(refused);
		assertEquals(List.of("statusProperties:status-property.defined", "statusProperties:status-property.not-calculated",
				"statusProperties:status-property.not-read-only", "statusProperties:status-property.not-read-only",
				"statusProperties:status-property.unique"), problems.stream().sorted().toList());
		assertTrue(refused.path("message").asText().contains("made_up"), refused.toString());
		assertEquals(List.of("subject:true"), entries(Http.get(path).ok(200)), "a refused list changes nothing");

		assertEquals(List.of("statusProperties:status-property.list-required"),
				problems(Http.put(path, "{}").error(400, "VALIDATION_ERROR")));
		assertEquals(List.of("statusProperties:status-property.defined"),
				problems(Http.put(path, "{\"statusProperties\":[{\"required\":true}]}").error(400, "VALIDATION_ERROR")));
		Http.put(path, "{\"statusProperties\":[]}").ok(200);
		assertEquals(List.of(), entries(Http.get(path).ok(200)));
	}

	@Test
	void unknownPipelinesAndStagesAre404() {
		Http.get(ADMIN + "nope/stages/1/properties").error(404, "OBJECT_NOT_FOUND");
		Http.get(ADMIN + "0/stages/nope/properties").error(404, "OBJECT_NOT_FOUND");
		Http.put(ADMIN + "0/stages/nope/properties", "{\"statusProperties\":[]}").error(404, "OBJECT_NOT_FOUND");
		Http.get(ADMIN + "nope/card-properties").error(404, "OBJECT_NOT_FOUND");
		Http.put(ADMIN + "nope/card-properties", "{\"cardProperties\":[]}").error(404, "OBJECT_NOT_FOUND");
	}

	@Test
	void cardPropertiesAreOrderedKnownOnceEachAndNotArchived() {
		assertEquals(List.of("hs_ticket_priority", "hubspot_owner_id"),
				names(Http.get(ADMIN + "0/card-properties").ok(200)), "the seeded Support pipeline's cards");

		JsonNode pipeline = createPipeline();
		String path = ADMIN + pipeline.path("id").asText() + "/card-properties";
		assertEquals(List.of(), names(Http.get(path).ok(200)));
		JsonNode set = Http.put(path, "{\"cardProperties\":[\"hubspot_owner_id\",\"hs_ticket_priority\",\"source_type\"]}")
				.ok(200);
		assertEquals(List.of("hubspot_owner_id", "hs_ticket_priority", "source_type"), names(set));
		assertEquals(set, Http.get(path).ok(200));

		String archived = PropertiesApiIT.uniqueName("old");
		PropertiesApiIT.createProperty(
				"{\"name\":\"" + archived + "\",\"label\":\"Old\",\"type\":\"string\",\"fieldType\":\"text\"}");
		Http.delete(PropertiesApiIT.PROPERTIES + "/" + archived).ok(204);

		JsonNode refused = Http.put(path, """
				{"cardProperties":["subject","made_up","subject","%s"]}""".formatted(archived))
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("cardProperties:card-property.defined", "cardProperties:card-property.not-archived",
				"cardProperties:card-property.unique"), problems(refused).stream().sorted().toList());
		assertEquals(set, Http.get(path).ok(200), "a refused list changes nothing");
		assertEquals(List.of("cardProperties:card-property.list-required"),
				problems(Http.put(path, "{}").error(400, "VALIDATION_ERROR")));
		Http.put(path, "").error(400, "VALIDATION_ERROR");
	}

	private static List<String> names(JsonNode cardProperties) {
		return java.util.stream.StreamSupport.stream(cardProperties.path("cardProperties").spliterator(), false)
				.map(JsonNode::asText).toList();
	}
}
