package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web form channel over real HTTP: forms defined through the admin API, submitted as a website would (no token,
 * JSON, form-encoded, HubSpot's Forms API shape), tickets created through core with source FORM; every refusal
 * with its exact status and the field named, and none leaving a ticket or a submission behind.
 */
class FormChannelIT {
	private static final String ADMIN = "/pipedesk/v1/channels/forms";
	private static final String FIELDS = "[{\"name\":\"subject\",\"property\":\"subject\",\"required\":true},"
			+ "{\"name\":\"message\",\"property\":\"content\",\"required\":true,\"label\":\"Your message\"},"
			+ "{\"name\":\"priority\",\"property\":\"hs_ticket_priority\"}]";

	@BeforeAll
	static void awaitResources() {
		PublicHttp.awaitRegistered(() -> Http.get(ADMIN), r -> r.status() == 200);
		// the public resource registers on its own: an unknown form is then "No form ...", not the whiteboard's 404
		PublicHttp.awaitRegistered(() -> PublicHttp.postJson("/pipedesk/v1/forms/none", "{}", Map.of()),
				a -> a.status() == 404 && a.body().path("message").asText().startsWith("No form"));
	}

	/** A form on the Support pipeline's New status with the standard fields and {@code extra} JSON settings. */
	private static JsonNode form(String extra) {
		return Http.post(ADMIN, "{\"name\":\"Contact " + UUID.randomUUID() + "\",\"pipelineId\":\"0\",\"statusId\":\"1\","
				+ "\"fields\":" + FIELDS + extra + "}").ok(201);
	}

	private static String path(JsonNode form) {
		return "/pipedesk/v1/forms/" + form.path("id").asText();
	}

	private static JsonNode submissions(JsonNode form) {
		return Http.get(ADMIN + "/" + form.path("id").asText() + "/submissions").ok(200).path("results");
	}

	private static JsonNode ticket(String id) {
		return Http.get("/crm/v3/objects/tickets/" + id + "?properties=subject,content,hs_ticket_priority,source_type")
				.ok(200);
	}

	private static int ticketsWithSubject(String subject) {
		return Http.post("/crm/v3/objects/tickets/search", "{\"filterGroups\":[{\"filters\":[{\"propertyName\":"
				+ "\"subject\",\"operator\":\"EQ\",\"value\":\"" + subject + "\"}]}]}").ok(200).path("total").asInt();
	}

	private static List<String> errors(JsonNode error) {
		List<String> found = new ArrayList<>();
		error.path("errors").forEach(e -> found.add(e.path("in").asText() + ":" + e.path("code").asText()));
		return found;
	}

	@Test
	void jsonFormEncodedAndHubSpotSubmissionsCreateTicketsWithTheMappedPropertiesFromSourceForm() {
		JsonNode form = form(",\"thankYouMessage\":\"We will answer soon.\"");
		assertEquals(path(form), form.path("submitPath").asText());
		String subject = "Printer " + UUID.randomUUID();
		PublicHttp.Answer json = PublicHttp.postJson(path(form), "{\"subject\":\"" + subject
				+ "\",\"message\":\"It is on fire\",\"priority\":\"HIGH\"}", Map.of());
		assertEquals("We will answer soon.", json.reply().ok(200).path("inlineMessage").asText());
		assertFalse(json.body().has("ticketId"), "the public answer reveals no ticket: " + json.body());
		PublicHttp.Answer encoded = PublicHttp.send("POST", path(form), "application/x-www-form-urlencoded",
				"subject=" + subject + "+2&message=Caf%C3%A9+%26+more", Map.of());
		encoded.reply().ok(200);
		PublicHttp.postJson(path(form), "{\"fields\":[{\"name\":\"subject\",\"value\":\"" + subject + " 3\"},"
				+ "{\"name\":\"message\",\"value\":\"HubSpot shape\"}],\"context\":{\"pageUri\":\"https://x.test\"}}",
				Map.of()).reply().ok(200);

		JsonNode recorded = submissions(form);
		assertEquals(3, recorded.size(), recorded.toString());
		JsonNode first = ticket(recorded.get(2).path("ticketId").asText()).path("properties");
		assertEquals(subject, first.path("subject").asText());
		assertEquals("It is on fire", first.path("content").asText());
		assertEquals("HIGH", first.path("hs_ticket_priority").asText());
		assertEquals("FORM", first.path("source_type").asText());
		assertEquals("1", first.path("hs_pipeline_stage").asText());
		assertEquals("0", first.path("hs_pipeline").asText());
		JsonNode second = ticket(recorded.get(1).path("ticketId").asText()).path("properties");
		assertEquals(subject + " 2", second.path("subject").asText());
		assertEquals("Café & more", second.path("content").asText());
		assertEquals("FORM", second.path("source_type").asText());
		assertEquals("HubSpot shape", ticket(recorded.get(0).path("ticketId").asText()).path("properties")
				.path("content").asText());
		assertTrue(List.of("127.0.0.1", "0:0:0:0:0:0:0:1").contains(recorded.get(0).path("sourceAddress").asText()),
				"the connection's address: " + recorded.get(0));
		assertFalse(recorded.get(0).path("spam").asBoolean());
	}

	@Test
	void missingUnknownAndBadFieldsAreRefusedNamingEachFieldAndLeaveNothingBehind() {
		JsonNode form = form("");
		String subject = "Refused " + UUID.randomUUID();
		JsonNode missing = PublicHttp.postJson(path(form), "{\"priority\":\"LOW\"}", Map.of()).reply()
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("subject:form.field-required", "message:form.field-required"), errors(missing));
		JsonNode unknown = PublicHttp.send("POST", path(form), "application/x-www-form-urlencoded",
				"subject=" + subject + "&message=x&owner=1&message2=y", Map.of()).reply().error(400, "VALIDATION_ERROR");
		assertEquals(List.of("owner:form.field-known", "message2:form.field-known"), errors(unknown));
		// core's ticket rules decide the values; the error names the form's field, not the property
		JsonNode badOption = PublicHttp.postJson(path(form), "{\"subject\":\"" + subject
				+ "\",\"message\":\"x\",\"priority\":\"SUPER\"}", Map.of()).reply().error(400, "VALIDATION_ERROR");
		assertEquals(List.of("priority:property.value-type"), errors(badOption));
		JsonNode malformed = PublicHttp.postJson(path(form), "{\"subject\":", Map.of()).reply()
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("body:json.well-formed"), errors(malformed));
		assertEquals(415, PublicHttp.send("POST", path(form), "text/plain", "subject=x", Map.of()).status());
		assertEquals(0, ticketsWithSubject(subject), "no refused submission leaves a ticket");
		assertEquals(0, submissions(form).size(), "nor a submission record");
	}

	@Test
	void aNumberPropertyTakesOnlyNumbers() {
		String name = "seats_" + Long.toHexString(System.nanoTime());
		Http.post("/crm/v3/properties/tickets", "{\"name\":\"" + name + "\",\"label\":\"Seats\",\"type\":\"number\","
				+ "\"fieldType\":\"number\"}").ok(201);
		JsonNode form = Http.post(ADMIN, "{\"name\":\"Seats\",\"pipelineId\":\"0\",\"statusId\":\"1\",\"fields\":["
				+ "{\"name\":\"subject\",\"property\":\"subject\",\"required\":true},{\"name\":\"seats\",\"property\":\""
				+ name + "\"}]}").ok(201);
		JsonNode refused = PublicHttp.postJson(path(form), "{\"subject\":\"Seats\",\"seats\":\"many\"}", Map.of())
				.reply().error(400, "VALIDATION_ERROR");
		assertEquals(List.of("seats:property.value-type"), errors(refused));
		PublicHttp.postJson(path(form), "{\"subject\":\"Seats\",\"seats\":12}", Map.of()).reply().ok(200);
		assertEquals(1, submissions(form).size());
	}

	@Test
	void unknownAndDisabledFormsAre404() {
		PublicHttp.postJson("/pipedesk/v1/forms/" + UUID.randomUUID(), "{}", Map.of()).reply()
				.error(404, "OBJECT_NOT_FOUND");
		JsonNode form = form("");
		String id = form.path("id").asText();
		JsonNode disabled = Http.patch(ADMIN + "/" + id, "{\"enabled\":false,\"version\":1}").ok(200);
		assertEquals(2, disabled.path("version").asInt());
		String body = "{\"subject\":\"Off " + UUID.randomUUID() + "\",\"message\":\"x\"}";
		PublicHttp.postJson(path(form), body, Map.of()).reply().error(404, "OBJECT_NOT_FOUND");
		Http.patch(ADMIN + "/" + id, "{\"enabled\":true}").ok(200);
		PublicHttp.postJson(path(form), body, Map.of()).reply().ok(200);
	}

	@Test
	void theRateLimitPerAddressAnswers429WithRetryAfterAndRecovers() {
		JsonNode form = form(",\"rateLimit\":{\"requests\":2,\"perSeconds\":10}"); // one more every 5 s
		String body = "{\"subject\":\"Rate " + UUID.randomUUID() + "\",\"message\":\"x\"}";
		PublicHttp.postJson(path(form), body, Map.of()).reply().ok(200);
		PublicHttp.postJson(path(form), body, Map.of()).reply().ok(200);
		PublicHttp.Answer limited = PublicHttp.postJson(path(form), body, Map.of());
		JsonNode error = limited.reply().error(429, "RATE_LIMITS");
		assertEquals(List.of("source:rate-limit.exceeded"), errors(error));
		long retryAfter = Long.parseLong(limited.header("Retry-After").orElseThrow());
		assertTrue(retryAfter >= 1 && retryAfter <= 5, "Retry-After " + retryAfter);
		assertEquals(2, submissions(form).size(), "refused requests are not recorded");
		PublicHttp.sleep(retryAfter * 1000 + 100);
		PublicHttp.postJson(path(form), body, Map.of()).reply().ok(200);
	}

	@Test
	void behindATrustedProxyTheForwardedClientAddressIsTheKey() throws Exception {
		JsonNode form = form(",\"rateLimit\":{\"requests\":1,\"perSeconds\":3600}");
		String body = "{\"subject\":\"Proxy " + UUID.randomUUID() + "\",\"message\":\"x\"}";
		PublicHttp.postJson(path(form), body, Map.of()).reply().ok(200);
		// X-Forwarded-For is anyone's to write: without trusted proxies it does not open a new allowance
		PublicHttp.postJson(path(form), body, Map.of("X-Forwarded-For", "203.0.113.7")).reply()
				.error(429, "RATE_LIMITS");
		Configuration proxies = Osgi.service(ConfigurationAdmin.class).getConfiguration("org.pipedesk.channel.web", "?");
		Hashtable<String, Object> trusted = new Hashtable<>();
		trusted.put("trustedProxies", new String[] { "127.0.0.1", "::1" });
		proxies.update(trusted);
		try { // ConfigAdmin hands the change to the component asynchronously
			PublicHttp.awaitRegistered(() -> PublicHttp.postJson(path(form), body,
					Map.of("X-Forwarded-For", "203.0.113.7, 127.0.0.1")), a -> a.status() != 429).reply().ok(200);
			assertEquals("203.0.113.7", submissions(form).get(0).path("sourceAddress").asText());
			PublicHttp.postJson(path(form), body, Map.of("X-Forwarded-For", "203.0.113.7")).reply()
					.error(429, "RATE_LIMITS");
		} finally {
			proxies.delete();
		}
	}

	@Test
	void oversizeBodiesAre413AndCreateNothing() {
		JsonNode form = form(",\"maxBytes\":1024");
		String subject = "Big " + UUID.randomUUID();
		byte[] big = ("{\"subject\":\"" + subject + "\",\"message\":\"" + "x".repeat(2000) + "\"}")
				.getBytes(StandardCharsets.UTF_8);
		PublicHttp.Answer declared = PublicHttp.postJson(path(form), new String(big, StandardCharsets.UTF_8), Map.of());
		assertEquals(List.of("body:body.size"), errors(declared.reply().error(413, "PAYLOAD_TOO_LARGE")));
		Http.Reply chunked = Http.postRaw(path(form), big, true); // no length declared: cut while reading
		assertEquals(List.of("body:body.size"), errors(chunked.error(413, "PAYLOAD_TOO_LARGE")));
		assertEquals(0, ticketsWithSubject(subject));
		assertEquals(0, submissions(form).size());
		PublicHttp.postJson(path(form), "{\"subject\":\"" + subject + "\",\"message\":\"" + "x".repeat(900) + "\"}",
				Map.of()).reply().ok(200);
	}

	@Test
	void browsersPostFromAllowedOriginsOnlyAndCanReadTheAnswersErrorsIncluded() {
		JsonNode form = form(",\"allowedOrigins\":[\"https://Shop.Example.com/\"]");
		assertEquals(List.of("https://shop.example.com"),
				List.of(form.path("allowedOrigins").get(0).asText()));
		Map<String, String> shop = Map.of("Origin", "https://shop.example.com");
		PublicHttp.Answer preflight = PublicHttp.send("OPTIONS", path(form), null, null,
				Map.of("Origin", "https://shop.example.com", "Access-Control-Request-Method", "POST",
						"Access-Control-Request-Headers", "content-type"));
		assertEquals(204, preflight.status());
		assertEquals("https://shop.example.com", preflight.header("Access-Control-Allow-Origin").orElse(null));
		assertTrue(preflight.header("Access-Control-Allow-Methods").orElse("").contains("POST"));
		PublicHttp.Answer accepted = PublicHttp.postJson(path(form),
				"{\"subject\":\"Cors " + UUID.randomUUID() + "\",\"message\":\"x\"}", shop);
		accepted.reply().ok(200);
		assertEquals("https://shop.example.com", accepted.header("Access-Control-Allow-Origin").orElse(null));
		PublicHttp.Answer refused = PublicHttp.postJson(path(form), "{}", shop);
		refused.reply().error(400, "VALIDATION_ERROR");
		assertEquals("https://shop.example.com", refused.header("Access-Control-Allow-Origin").orElse(null),
				"the page can read why it was refused");
		PublicHttp.Answer other = PublicHttp.postJson(path(form), "{\"subject\":\"x\",\"message\":\"x\"}",
				Map.of("Origin", "https://evil.example"));
		assertEquals(List.of("Origin:cors.origin-allowed"), errors(other.reply().error(403, "MISSING_SCOPES")));
		assertTrue(other.header("Access-Control-Allow-Origin").isEmpty());
		assertEquals(1, submissions(form).size());
	}

	@Test
	void honeypotSubmissionsAreAnsweredAsSuccessButMakeNoTicket() {
		JsonNode form = form(",\"honeypotField\":\"website\"");
		String subject = "Bot " + UUID.randomUUID();
		PublicHttp.send("POST", path(form), "application/x-www-form-urlencoded",
				"subject=" + subject + "&message=buy&website=http%3A%2F%2Fspam.example", Map.of()).reply().ok(200);
		PublicHttp.send("POST", path(form), "application/x-www-form-urlencoded",
				"subject=" + subject + "+human&message=hi&website=", Map.of()).reply().ok(200);
		JsonNode recorded = submissions(form);
		assertTrue(recorded.get(1).path("spam").asBoolean(), recorded.toString());
		assertFalse(recorded.get(1).hasNonNull("ticketId"), recorded.toString());
		assertFalse(recorded.get(0).path("spam").asBoolean());
		assertEquals(0, ticketsWithSubject(subject));
		assertEquals(1, ticketsWithSubject(subject + " human"));
	}

	@Test
	void formsMapOnlyLiveWritablePropertiesAndChangesCarryTheVersionRead() {
		JsonNode bad = Http.post(ADMIN, "{\"name\":\" \",\"pipelineId\":\"0\",\"statusId\":\"999\",\"fields\":["
				+ "{\"name\":\"a\",\"property\":\"nope\"},{\"name\":\"b\",\"property\":\"createdate\"},"
				+ "{\"name\":\"c\",\"property\":\"time_to_close\"},{\"name\":\"d\",\"property\":\"source_type\"},"
				+ "{\"name\":\"e\",\"property\":\"subject\"},{\"name\":\"e\",\"property\":\"subject\"},"
				+ "{\"name\":\"1x\",\"property\":\"content\"}],\"maxBytes\":10,\"rateLimit\":{\"requests\":0,"
				+ "\"perSeconds\":60},\"allowedOrigins\":[\"not an origin\"],\"honeypotField\":\"e\"}")
				.error(400, "VALIDATION_ERROR");
		List<String> found = errors(bad);
		for (String expected : List.of("name:form.name-required", "statusId:form.target-exists",
				"fields[0].property:form.property-writable", "fields[1].property:form.property-writable",
				"fields[2].property:form.property-writable", "fields[3].property:form.property-writable",
				"fields[5].name:form.field-name-unique", "fields[5].property:form.property-unique",
				"fields[6].name:form.field-name-valid", "maxBytes:form.max-bytes-range", "rateLimit:rate-limit.range",
				"allowedOrigins:cors.origin-valid", "honeypotField:form.honeypot-valid")) {
			assertTrue(found.contains(expected), expected + " in " + found);
		}
		assertTrue(bad.toString().contains("read-only") && bad.toString().contains("calculated"), bad.toString());

		// a status that requires a property: the form must fill it with a required field
		String category = "{\"statusProperties\":[{\"name\":\"hs_ticket_category\",\"required\":true}]}";
		JsonNode pipeline = Http.post("/crm/v3/pipelines/tickets", "{\"label\":\"Forms " + UUID.randomUUID()
				+ "\",\"stages\":[{\"label\":\"In\",\"metadata\":{\"ticketState\":\"OPEN\"}},"
				+ "{\"label\":\"Out\",\"metadata\":{\"ticketState\":\"CLOSED\"}}]}").ok(201);
		String p = pipeline.path("id").asText();
		String s = pipeline.path("stages").get(0).path("id").asText();
		Http.put("/pipedesk/v1/pipelines/" + p + "/stages/" + s + "/properties", category).ok(200);
		JsonNode unmapped = Http.post(ADMIN, "{\"name\":\"Cat\",\"pipelineId\":\"" + p + "\",\"statusId\":\"" + s
				+ "\",\"fields\":" + FIELDS + "}").error(400, "VALIDATION_ERROR");
		assertEquals(List.of("fields:form.status-required-property"), errors(unmapped));

		JsonNode form = form("");
		String id = form.path("id").asText();
		JsonNode changed = Http.patch(ADMIN + "/" + id, "{\"name\":\"Renamed\",\"version\":1}").ok(200);
		assertEquals("Renamed", changed.path("name").asText());
		assertEquals(3, changed.path("fields").size(), "fields not given stay");
		Http.patch(ADMIN + "/" + id, "{\"name\":\"Stale\",\"version\":1}").error(409, "CONFLICT");
		assertEquals("Renamed", Http.get(ADMIN + "/" + id).ok(200).path("name").asText());
		Http.get(ADMIN + "/" + UUID.randomUUID()).error(404, "OBJECT_NOT_FOUND");
		assertTrue(Http.get(ADMIN).ok(200).path("results").size() >= 1);
	}

	@Test
	void onlySuperAdminsManageForms() {
		JsonNode agent = Http.post("/pipedesk/v1/users", "{\"name\":\"Agent\",\"email\":\"form-agent-"
				+ UUID.randomUUID() + "@example.com\"}").ok(201);
		String token = Http.post("/pipedesk/v1/users/" + agent.path("id").asText() + "/tokens", "{}").ok(201)
				.path("secret").asText();
		Http.as(token, "GET", ADMIN, null).error(403, "MISSING_SCOPES");
		Http.as(null, "GET", ADMIN, null).error(401, "INVALID_AUTHENTICATION");
		Http.as(token, "POST", ADMIN, "{\"name\":\"X\"}").error(403, "MISSING_SCOPES");
	}
}
