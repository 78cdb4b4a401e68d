package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The HubSpot-dialect properties API over real HTTP: shapes, every rule with a failing and a passing case. */
class PropertiesApiIT {
	static final String PROPERTIES = "/crm/v3/properties/tickets";
	static final String TICKETS = "/crm/v3/objects/tickets";
	static final String PIPELINES = "/crm/v3/pipelines/tickets";

	static String uniqueName(String prefix) {
		return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** The {@code in} and {@code code} of each error detail, as "in:code". */
	static List<String> problems(JsonNode error) {
		List<String> problems = new ArrayList<>();
		error.path("errors").forEach(e -> problems.add(e.path("in").asText() + ":" + e.path("code").asText()));
		return problems;
	}

	static JsonNode createProperty(String json) {
		return Http.post(PROPERTIES, json).ok(201);
	}

	static String enumeration(String name, String fieldType, String... values) {
		StringBuilder options = new StringBuilder();
		for (String value : values) {
			options.append(options.isEmpty() ? "" : ",").append("{\"label\":\"").append(value).append("\",\"value\":\"")
					.append(value).append("\"}");
		}
		return """
				{"name":"%s","label":"Label of %s","type":"enumeration","fieldType":"%s","groupName":"ticketinformation",
				 "options":[%s]}""".formatted(name, name, fieldType, options);
	}

	static JsonNode createTicket(String properties) {
		return Http.post(TICKETS, "{\"properties\":{\"hs_pipeline\":\"0\",\"hs_pipeline_stage\":\"1\"" + properties + "}}")
				.ok(201);
	}

	private static JsonNode find(JsonNode results, String name) {
		for (JsonNode property : results.path("results")) {
			if (property.path("name").asText().equals(name)) {
				return property;
			}
		}
		return null;
	}

	@Test
	void builtInPropertiesAreListedInHubSpotsShape() {
		JsonNode list = Http.get(PROPERTIES).ok(200);
		JsonNode subject = find(list, "subject");
		assertEquals("string", subject.path("type").asText());
		assertEquals("text", subject.path("fieldType").asText());
		assertTrue(subject.path("hubspotDefined").asBoolean());
		assertFalse(subject.path("hasUniqueValue").asBoolean());
		assertFalse(subject.path("archived").asBoolean());
		assertFalse(subject.path("modificationMetadata").path("archivable").asBoolean());
		assertFalse(subject.path("modificationMetadata").path("readOnlyValue").asBoolean());
		assertEquals("ticketinformation", subject.path("groupName").asText());
		assertEquals("textarea", find(list, "content").path("fieldType").asText());

		JsonNode owner = find(list, "hubspot_owner_id");
		assertEquals("enumeration", owner.path("type").asText());
		assertEquals("select", owner.path("fieldType").asText());
		assertEquals("OWNER", owner.path("referencedObjectType").asText());
		assertTrue(owner.path("externalOptions").asBoolean());

		JsonNode priority = find(list, "hs_ticket_priority");
		assertEquals("select", priority.path("fieldType").asText());
		assertEquals("HIGH", priority.path("options").get(2).path("value").asText());
		assertEquals("High", priority.path("options").get(2).path("label").asText());
		assertEquals(2, priority.path("options").get(2).path("displayOrder").asInt());

		JsonNode created = find(list, "createdate");
		assertEquals("datetime", created.path("type").asText());
		assertEquals("date", created.path("fieldType").asText());
		assertTrue(created.path("modificationMetadata").path("readOnlyValue").asBoolean());
		assertTrue(find(list, "time_to_close").path("calculated").asBoolean());

		assertEquals(subject, Http.get(PROPERTIES + "/subject").ok(200));
		Http.get(PROPERTIES + "/no_such_property").error(404, "OBJECT_NOT_FOUND");
	}

	@Test
	void aCustomPropertyIsCreatedReadListedAndChanged() {
		String name = uniqueName("tier");
		JsonNode created = createProperty(enumeration(name, "radio", "GOLD", "SILVER"));
		assertEquals(name, created.path("name").asText());
		assertEquals("enumeration", created.path("type").asText());
		assertEquals("radio", created.path("fieldType").asText());
		assertFalse(created.path("hubspotDefined").asBoolean());
		assertTrue(created.path("modificationMetadata").path("archivable").asBoolean());
		assertEquals(-1, created.path("displayOrder").asInt());
		assertEquals(1, created.path("options").get(1).path("displayOrder").asInt(), "options default to list order");
		assertTrue(created.path("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), created.toString());
		assertEquals(created, Http.get(PROPERTIES + "/" + name).ok(200));
		assertEquals(created, find(Http.get(PROPERTIES).ok(200), name));

		JsonNode changed = Http.patch(PROPERTIES + "/" + name, """
				{"label":"Customer tier","description":"From the contract","displayOrder":3,
				 "options":[{"label":"Gold","value":"GOLD"},{"label":"Silver","value":"SILVER"},{"label":"Bronze","value":"BRONZE","hidden":true}]}""")
				.ok(200);
		assertEquals("Customer tier", changed.path("label").asText());
		assertEquals("From the contract", changed.path("description").asText());
		assertEquals(3, changed.path("displayOrder").asInt());
		assertEquals(3, changed.path("options").size());
		assertTrue(changed.path("options").get(2).path("hidden").asBoolean());
		assertEquals("radio", changed.path("fieldType").asText(), "what the change does not name stays");

		createTicket(",\"" + name + "\":\"BRONZE\"");
		JsonNode refused = Http.post(TICKETS, "{\"properties\":{\"hs_pipeline_stage\":\"1\",\"" + name + "\":\"PLATINUM\"}}")
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of(name + ":property.value-type"), problems(refused));
		Http.patch(PROPERTIES + "/nope_" + name, "{\"label\":\"x\"}").error(404, "OBJECT_NOT_FOUND");
	}

	@Test
	void namesAreWellFormedAndUnique() {
		JsonNode badName = Http.post(PROPERTIES, """
				{"name":"Tier Level","label":"Tier","type":"string","fieldType":"text"}""").error(400, "VALIDATION_ERROR");
		assertEquals(List.of("name:property.name-format"), problems(badName));
		JsonNode taken = Http.post(PROPERTIES, """
				{"name":"subject","label":"Another subject","type":"string","fieldType":"text"}""")
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("name:property.name-unique"), problems(taken));
		String name = uniqueName("ok");
		createProperty("{\"name\":\"" + name + "\",\"label\":\"Fine\",\"type\":\"string\",\"fieldType\":\"text\"}");
	}

	@Test
	void theFieldTypeMustFitTheTypeAndTheTypeMustBeHubSpots() {
		String name = uniqueName("amount");
		JsonNode misfit = Http.post(PROPERTIES, """
				{"name":"%s","label":"Amount","type":"number","fieldType":"select"}""".formatted(name))
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("fieldType:property.field-type"), problems(misfit));
		JsonNode unknownType = Http.post(PROPERTIES, """
				{"name":"%s","label":"Amount","type":"money","fieldType":"number"}""".formatted(name))
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("type:json.type"), problems(unknownType));
		JsonNode noType = Http.post(PROPERTIES, "{\"name\":\"" + name + "\",\"label\":\"Amount\"}")
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("type:property.type-required"), problems(noType));

		JsonNode amount = createProperty("""
				{"name":"%s","label":"Amount","type":"number","fieldType":"number"}""".formatted(name));
		assertEquals("number", amount.path("type").asText());
		JsonNode refused = Http.post(TICKETS, "{\"properties\":{\"hs_pipeline_stage\":\"1\",\"" + name + "\":\"lots\"}}")
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of(name + ":property.value-type"), problems(refused));
		assertEquals("12.5", createTicket(",\"" + name + "\":12.5").path("properties").path(name).asText());

		String notes = uniqueName("notes");
		JsonNode multiline = createProperty("""
				{"name":"%s","label":"Notes","type":"string","fieldType":"textarea"}""".formatted(notes));
		assertEquals("string", multiline.path("type").asText());
		assertEquals("textarea", multiline.path("fieldType").asText());
	}

	@Test
	void enumerationOptionsAreRequiredUniqueAndMultiValuedWithCheckboxes() {
		String name = uniqueName("products");
		assertEquals(List.of("options:property.options-required"),
				problems(Http.post(PROPERTIES, enumeration(name, "checkbox")).error(400, "VALIDATION_ERROR")));
		assertEquals(List.of("options:property.option-unique"),
				problems(Http.post(PROPERTIES, enumeration(name, "checkbox", "CRM", "CRM")).error(400, "VALIDATION_ERROR")));
		assertEquals(List.of("options:property.option-value-format"), problems(
				Http.post(PROPERTIES, enumeration(name, "checkbox", "CRM;HELPDESK")).error(400, "VALIDATION_ERROR")));
		createProperty(enumeration(name, "checkbox", "CRM", "HELPDESK", "BILLING"));

		assertEquals("CRM;BILLING", createTicket(",\"" + name + "\":\"CRM;BILLING\"").path("properties").path(name).asText());
		JsonNode refused = Http.post(TICKETS, "{\"properties\":{\"hs_pipeline_stage\":\"1\",\"" + name + "\":\"CRM;PHONES\"}}")
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of(name + ":property.value-type"), problems(refused));
		assertTrue(refused.path("errors").get(0).path("message").asText().contains("PHONES"), refused.toString());
	}

	@Test
	void aBooleanHasTrueAndFalseAsOptions() {
		String name = uniqueName("vip");
		JsonNode vip = createProperty("{\"name\":\"" + name + "\",\"label\":\"VIP\",\"type\":\"bool\",\"fieldType\":\"booleancheckbox\"}");
		assertEquals("bool", vip.path("type").asText());
		assertEquals(List.of("true", "false"), List.of(vip.path("options").get(0).path("value").asText(),
				vip.path("options").get(1).path("value").asText()));
		JsonNode wrongOptions = Http.post(PROPERTIES, """
				{"name":"%s","label":"VIP","type":"bool","fieldType":"booleancheckbox","options":[{"label":"Maybe","value":"maybe"}]}"""
				.formatted(uniqueName("vip"))).error(400, "VALIDATION_ERROR");
		assertEquals(List.of("options:property.options-boolean"), problems(wrongOptions));
		Http.post(TICKETS, "{\"properties\":{\"hs_pipeline_stage\":\"1\",\"" + name + "\":\"yes\"}}").error(400, "VALIDATION_ERROR");
		assertEquals("true", createTicket(",\"" + name + "\":true").path("properties").path(name).asText());
	}

	@Test
	void optionsBelongToEnumerationsAndBooleansOnly() {
		JsonNode refused = Http.post(PROPERTIES, """
				{"name":"%s","label":"Code","type":"string","fieldType":"text","options":[{"label":"A","value":"A"}]}"""
				.formatted(uniqueName("code"))).error(400, "VALIDATION_ERROR");
		assertEquals(List.of("options:property.options-not-allowed"), problems(refused));
	}

	@Test
	void uniqueValuesAreRefusedAsUnsupportedListingEveryOtherProblemToo() {
		JsonNode refused = Http.post(PROPERTIES, """
				{"name":"%s","label":" ","type":"string","fieldType":"text","hasUniqueValue":true}"""
				.formatted(uniqueName("serial"))).error(400, "VALIDATION_ERROR");
		assertEquals(List.of("hasUniqueValue:property.unique-value-unsupported", "label:label.not-blank"),
				problems(refused).stream().sorted().toList());
		createProperty("""
				{"name":"%s","label":"Serial","type":"string","fieldType":"text","hasUniqueValue":false}"""
				.formatted(uniqueName("serial")));
	}

	@Test
	void anOwnerPropertyIsAnEnumerationReferencingOwners() {
		String name = uniqueName("reviewer");
		JsonNode reviewer = createProperty("""
				{"name":"%s","label":"Reviewer","type":"enumeration","fieldType":"select","referencedObjectType":"OWNER"}"""
				.formatted(name));
		assertEquals("OWNER", reviewer.path("referencedObjectType").asText());
		assertEquals(0, reviewer.path("options").size(), "owners are external options");
		// owners are users: the first super admin (user 1) is one, a number no user has is refused
		assertEquals("1", createTicket(",\"" + name + "\":\"1\"").path("properties").path(name).asText());
		JsonNode refused = Http.post("/crm/v3/objects/tickets", "{\"properties\":{\"subject\":\"x\",\"hs_pipeline_stage\":\"1\",\""
				+ name + "\":\"987654321\"}}").error(400, "VALIDATION_ERROR");
		assertTrue(refused.toString().contains("owner.user-exists"), refused.toString());
	}

	@Test
	void builtInPropertiesKeepTheirTypeButOtherwiseChange() {
		JsonNode refused = Http.patch(PROPERTIES + "/subject", "{\"type\":\"number\",\"fieldType\":\"number\"}")
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("type:property.built-in-type-fixed"), problems(refused));
		JsonNode multi = Http.patch(PROPERTIES + "/hs_ticket_priority", "{\"fieldType\":\"checkbox\"}")
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("type:property.built-in-type-fixed"), problems(multi), "multi-valued is another type");
		assertEquals("string", Http.get(PROPERTIES + "/subject").ok(200).path("type").asText());

		JsonNode radio = Http.patch(PROPERTIES + "/hs_ticket_category", "{\"fieldType\":\"radio\"}").ok(200);
		assertEquals("radio", radio.path("fieldType").asText());
		assertEquals("select", Http.patch(PROPERTIES + "/hs_ticket_category", "{\"fieldType\":\"select\"}").ok(200)
				.path("fieldType").asText());
	}

	@Test
	void theTypeChangesOnlyWhileNoTicketHoldsAValueUnlessEveryValueStaysValid() {
		String name = uniqueName("reference");
		createProperty("{\"name\":\"" + name + "\",\"label\":\"Reference\",\"type\":\"string\",\"fieldType\":\"text\"}");
		JsonNode ticket = createTicket(",\"" + name + "\":\"R-17\"");

		JsonNode refused = Http.patch(PROPERTIES + "/" + name, "{\"type\":\"number\",\"fieldType\":\"number\"}")
				.error(409, "CONFLICT");
		assertEquals(List.of("type:property.type-fixed-while-used"), problems(refused));
		assertTrue(refused.path("message").asText().contains("1 ticket holds a value"), refused.toString());
		assertEquals("string", Http.get(PROPERTIES + "/" + name).ok(200).path("type").asText());

		JsonNode widened = Http.patch(PROPERTIES + "/" + name, "{\"fieldType\":\"textarea\"}").ok(200);
		assertEquals("textarea", widened.path("fieldType").asText(), "single- to multi-line keeps every value");

		Http.patch(TICKETS + "/" + ticket.path("id").asText(), "{\"properties\":{\"" + name + "\":null}}").ok(200);
		JsonNode number = Http.patch(PROPERTIES + "/" + name, "{\"type\":\"number\",\"fieldType\":\"number\"}").ok(200);
		assertEquals("number", number.path("type").asText());
	}

	@Test
	void archivingHidesAPropertyAndStopsWritesButNotForBuiltInOrUsedOnes() {
		assertEquals(List.of("archived:property.built-in-not-archivable"),
				problems(Http.delete(PROPERTIES + "/subject").error(400, "VALIDATION_ERROR")));
		Http.delete(PROPERTIES + "/no_such_" + uniqueName("p")).error(404, "OBJECT_NOT_FOUND");

		String name = uniqueName("legacy");
		createProperty("{\"name\":\"" + name + "\",\"label\":\"Legacy\",\"type\":\"string\",\"fieldType\":\"text\"}");
		JsonNode ticket = createTicket(",\"" + name + "\":\"kept\"");
		JsonNode pipeline = Http.post(PIPELINES, """
				{"label":"Archive %s","stages":[{"label":"Open","metadata":{"ticketState":"OPEN"}},
				 {"label":"Done","metadata":{"ticketState":"CLOSED"}}]}""".formatted(name)).ok(201);
		String pipelineId = pipeline.path("id").asText();
		String doneId = pipeline.path("stages").get(1).path("id").asText();
		String admin = "/pipedesk/v1/pipelines/" + pipelineId;
		Http.put(admin + "/stages/" + doneId + "/properties",
				"{\"statusProperties\":[{\"name\":\"" + name + "\",\"required\":true}]}").ok(200);
		Http.put(admin + "/card-properties", "{\"cardProperties\":[\"" + name + "\"]}").ok(200);

		JsonNode inUse = Http.delete(PROPERTIES + "/" + name).error(400, "VALIDATION_ERROR");
		assertEquals(List.of("cardProperties:card-property.not-archived", "statusProperties:status-property.not-archived"),
				problems(inUse).stream().sorted().toList());
		assertTrue(inUse.path("message").asText().contains("Status 'Done' (id " + doneId + ")"), inUse.toString());
		assertTrue(inUse.path("message").asText().contains("(id " + pipelineId + ")"), inUse.toString());
		assertFalse(Http.get(PROPERTIES + "/" + name).ok(200).path("archived").asBoolean(), "nothing was archived");

		Http.put(admin + "/stages/" + doneId + "/properties", "{\"statusProperties\":[]}").ok(200);
		Http.put(admin + "/card-properties", "{\"cardProperties\":[]}").ok(200);
		assertEquals(204, Http.delete(PROPERTIES + "/" + name).status());
		assertEquals(204, Http.delete(PROPERTIES + "/" + name).status(), "archiving again changes nothing");

		assertEquals(null, find(Http.get(PROPERTIES).ok(200), name), "archived properties are not listed by default");
		JsonNode archived = find(Http.get(PROPERTIES + "?archived=true").ok(200), name);
		assertTrue(archived.path("archived").asBoolean());
		assertTrue(archived.path("archivedAt").asText().endsWith("Z"), archived.toString());
		assertEquals(null, find(Http.get(PROPERTIES + "?archived=true").ok(200), "subject"));

		JsonNode write = Http.patch(TICKETS + "/" + ticket.path("id").asText(),
				"{\"properties\":{\"" + name + "\":\"changed\"}}").error(400, "VALIDATION_ERROR");
		assertEquals(List.of(name + ":property.not-archived"), problems(write));
		assertEquals(List.of(name + ":property.not-archived"), problems(Http.post(TICKETS,
				"{\"properties\":{\"hs_pipeline_stage\":\"1\",\"" + name + "\":\"new\"}}").error(400, "VALIDATION_ERROR")));
		assertEquals(List.of("name:property.name-unique"), problems(Http.post(PROPERTIES,
				"{\"name\":\"" + name + "\",\"label\":\"Again\",\"type\":\"string\",\"fieldType\":\"text\"}")
				.error(400, "VALIDATION_ERROR")), "an archived property keeps its name");
		assertEquals(List.of("statusProperties:status-property.not-archived"), problems(Http.put(
				admin + "/stages/" + doneId + "/properties", "{\"statusProperties\":[{\"name\":\"" + name + "\"}]}")
				.error(400, "VALIDATION_ERROR")));
	}

	@Test
	void ticketReadsLeaveOutValuesOfArchivedPropertiesWhichComeBackWithTheProperty() {
		String name = uniqueName("retired");
		createProperty("{\"name\":\"" + name + "\",\"label\":\"Retired\",\"type\":\"string\",\"fieldType\":\"text\"}");
		String subject = "Retired " + name;
		String id = createTicket(",\"" + name + "\":\"old value\",\"subject\":\"" + subject + "\"").path("id").asText();
		String ticket = TICKETS + "/" + id;
		assertEquals("old value", Http.get(ticket).ok(200).path("properties").path(name).asText());
		long beforeArchiving = Http.get("/pipedesk/v1/configuration/versions?limit=1").ok(200).path("results").get(0)
				.path("version").asLong();

		assertEquals(204, Http.delete(PROPERTIES + "/" + name).status());
		JsonNode read = Http.get(ticket + "?propertiesWithHistory=" + name + ",subject").ok(200);
		assertTrue(read.path("properties").path(name).isMissingNode(), read.toString());
		assertEquals(subject, read.path("properties").path("subject").asText());
		assertEquals(0, read.path("propertiesWithHistory").path(name).size(), read.toString());
		assertEquals(1, read.path("propertiesWithHistory").path("subject").size(), read.toString());
		JsonNode batch = Http.post(TICKETS + "/batch/read", "{\"inputs\":[{\"id\":\"" + id + "\"}]}").ok(200);
		assertTrue(batch.path("results").get(0).path("properties").path(name).isMissingNode(), batch.toString());
		JsonNode found = Http.post(TICKETS + "/search", """
				{"filterGroups":[{"filters":[{"propertyName":"subject","operator":"EQ","value":"%s"}]}]}"""
				.formatted(subject)).ok(200);
		assertEquals(id, found.path("results").get(0).path("id").asText(), found.toString());
		assertTrue(found.path("results").get(0).path("properties").path(name).isMissingNode(), found.toString());
		JsonNode list = Http.get(TICKETS + "?limit=1&after=" + (Long.parseLong(id) - 1)).ok(200);
		assertEquals(id, list.path("results").get(0).path("id").asText(), list.toString());
		assertTrue(list.path("results").get(0).path("properties").path(name).isMissingNode(), list.toString());
		JsonNode changed = Http.patch(ticket, "{\"properties\":{\"subject\":\"" + subject + " (2)\"}}").ok(200);
		assertTrue(changed.path("properties").path(name).isMissingNode(), changed.toString());

		Http.post("/pipedesk/v1/configuration/versions/" + beforeArchiving + "/rollback", null).ok(200);
		assertEquals("old value", Http.get(ticket).ok(200).path("properties").path(name).asText(),
				"archiving kept the value; it shows again with the property");
	}
}
