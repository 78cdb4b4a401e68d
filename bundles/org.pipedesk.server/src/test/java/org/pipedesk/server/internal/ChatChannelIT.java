package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The chat channel over real HTTP: a visitor (no token, the conversation's secret) opens a conversation, which
 * creates a ticket with source CHAT; agents answer with their tokens on the ticket; the visitor's long poll returns
 * the answer posted meanwhile. Plus the refusals (wrong secret, agent without edit right, closed conversation,
 * rate limit) and automation's opt-in for chat tickets.
 */
class ChatChannelIT {
	private static final String SETTINGS = "/pipedesk/v1/channels/chat";
	private static final String VISITOR = "/pipedesk/v1/chat/conversations";
	private static String pipelineId;
	private static String statusId;

	@BeforeAll
	static void enableChat() {
		PublicHttp.awaitRegistered(() -> Http.get(SETTINGS), r -> r.status() == 200);
		JsonNode pipeline = Http.post("/crm/v3/pipelines/tickets", "{\"label\":\"Chat " + UUID.randomUUID()
				+ "\",\"stages\":[{\"label\":\"Chatting\",\"metadata\":{\"ticketState\":\"OPEN\"}},"
				+ "{\"label\":\"Done\",\"metadata\":{\"ticketState\":\"CLOSED\"}}]}").ok(201);
		pipelineId = pipeline.path("id").asText();
		statusId = pipeline.path("stages").get(0).path("id").asText();
		settings("\"enabled\":true,\"pipelineId\":\"" + pipelineId + "\",\"statusId\":\"" + statusId
				+ "\",\"rateLimit\":{\"requests\":1000,\"perSeconds\":60},\"pollRateLimit\":{\"requests\":1000,"
				+ "\"perSeconds\":60},\"allowedOrigins\":[]");
		PublicHttp.awaitRegistered(() -> PublicHttp.postJson(VISITOR + "/none/messages", "{\"text\":\"x\"}", Map.of()),
				a -> a.status() == 404 && a.body().path("message").asText().startsWith("No conversation"));
	}

	/** Changes the chat settings with the version read. */
	private static JsonNode settings(String fields) {
		long version = Http.get(SETTINGS).ok(200).path("version").asLong();
		return Http.patch(SETTINGS, "{" + fields + ",\"version\":" + version + "}").ok(200);
	}

	@AfterEach
	void generousLimits() {
		settings("\"enabled\":true,\"rateLimit\":{\"requests\":1000,\"perSeconds\":60}");
	}

	private static PublicHttp.Answer start(String name, String text) {
		return PublicHttp.postJson(VISITOR, "{\"name\":\"" + name + "\",\"email\":\"" + name.toLowerCase()
				+ "@example.com\",\"text\":\"" + text + "\"}", Map.of());
	}

	private static Map<String, String> secret(JsonNode conversation) {
		return Map.of("X-Chat-Secret", conversation.path("secret").asText());
	}

	/** The ticket the conversation opened: the chat pipeline's newest ticket with that subject. */
	private static String ticketOf(String visitorName) {
		JsonNode results = Http.post("/crm/v3/objects/tickets/search", "{\"filterGroups\":[{\"filters\":[{"
				+ "\"propertyName\":\"subject\",\"operator\":\"EQ\",\"value\":\"Chat with " + visitorName + "\"}]}],"
				+ "\"properties\":[\"subject\",\"content\",\"source_type\"]}").ok(200).path("results");
		assertEquals(1, results.size(), results.toString());
		return results.get(0).path("id").asText();
	}

	private static String unique(String name) {
		return name + Long.toHexString(System.nanoTime());
	}

	private static List<String> errors(JsonNode error) {
		List<String> found = new ArrayList<>();
		error.path("errors").forEach(e -> found.add(e.path("in").asText() + ":" + e.path("code").asText()));
		return found;
	}

	@Test
	void aConversationRoundTripsAndTheVisitorsLongPollReturnsTheAnswerPostedMeanwhile() throws Exception {
		String name = unique("Ann");
		JsonNode opened = start(name, "My printer is on fire").reply().ok(201);
		assertEquals("OPEN", opened.path("state").asText());
		assertTrue(opened.path("secret").asText().length() >= 40, opened.toString());
		assertEquals(1, opened.path("messages").size());
		assertEquals("VISITOR", opened.path("messages").get(0).path("author").asText());
		assertFalse(opened.path("messages").get(0).hasNonNull("userId"), opened.toString());
		assertEquals(1, opened.path("last").asInt());
		String ticketId = ticketOf(name);
		JsonNode ticket = Http.get("/crm/v3/objects/tickets/" + ticketId + "?properties=content,source_type").ok(200)
				.path("properties");
		assertEquals("CHAT", ticket.path("source_type").asText());
		assertEquals("My printer is on fire", ticket.path("content").asText());
		assertEquals(statusId, ticket.path("hs_pipeline_stage").asText());

		String messages = VISITOR + "/" + opened.path("id").asText() + "/messages";
		long began = System.nanoTime();
		CompletableFuture<PublicHttp.Answer> poll = CompletableFuture
				.supplyAsync(() -> PublicHttp.send("GET", messages + "?after=1&wait=20", null, null, secret(opened)));
		PublicHttp.sleep(1500); // the poll is waiting now
		assertTrue(!poll.isDone(), "the poll waits while there is nothing new");
		JsonNode answer = Http.post("/pipedesk/v1/tickets/" + ticketId + "/chat/messages",
				"{\"text\":\"We are on it\"}").ok(201);
		assertEquals(2, answer.path("seq").asInt());
		JsonNode polled = poll.get(15, TimeUnit.SECONDS).reply().ok(200);
		long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
		assertTrue(tookMillis < 10_000, "answered when the message came, not at the wait's end: " + tookMillis);
		assertEquals(1, polled.path("messages").size(), polled.toString());
		JsonNode agentMessage = polled.path("messages").get(0);
		assertEquals("AGENT", agentMessage.path("author").asText());
		assertEquals("We are on it", agentMessage.path("text").asText());
		assertEquals("Admin", agentMessage.path("name").asText());
		assertEquals("1", agentMessage.path("userId").asText());
		assertEquals(2, polled.path("last").asInt());

		PublicHttp.postJson(messages, "{\"text\":\"Thanks!\"}", secret(opened)).reply().ok(201);
		JsonNode transcript = Http.get("/pipedesk/v1/tickets/" + ticketId + "/chat").ok(200);
		assertEquals(List.of("VISITOR", "AGENT", "VISITOR"),
				List.of(transcript.path("messages").get(0).path("author").asText(),
						transcript.path("messages").get(1).path("author").asText(),
						transcript.path("messages").get(2).path("author").asText()));
		assertEquals(name, transcript.path("visitor").path("name").asText());
		assertEquals(name.toLowerCase() + "@example.com", transcript.path("visitor").path("email").asText());
		assertEquals(0, PublicHttp.send("GET", messages + "?after=3", null, null, secret(opened)).reply().ok(200)
				.path("messages").size());

		JsonNode closed = PublicHttp.send("POST", VISITOR + "/" + opened.path("id").asText() + "/close", null, null,
				secret(opened)).reply().ok(200);
		assertEquals("CLOSED", closed.path("state").asText());
		assertEquals(List.of("conversationId:chat.conversation-open"), errors(PublicHttp.postJson(messages,
				"{\"text\":\"Hello?\"}", secret(opened)).reply().error(409, "CONFLICT")));
		Http.post("/pipedesk/v1/tickets/" + ticketId + "/chat/messages", "{\"text\":\"x\"}").error(409, "CONFLICT");
		JsonNode after = Http.get("/pipedesk/v1/tickets/" + ticketId + "/chat").ok(200);
		assertEquals("CLOSED", after.path("state").asText());
		assertEquals("visitor", after.path("closedBy").asText());
		assertEquals(3, after.path("messages").size());
	}

	@Test
	void aWrongOrMissingSecretIsTheSame404AsAnUnknownConversation() {
		JsonNode opened = start(unique("Bob"), "Hi").reply().ok(201);
		String messages = VISITOR + "/" + opened.path("id").asText() + "/messages";
		Map<String, String> wrong = Map.of("X-Chat-Secret", "not-the-secret");
		JsonNode unknown = PublicHttp.send("GET", VISITOR + "/" + UUID.randomUUID() + "/messages", null, null, wrong)
				.reply().error(404, "OBJECT_NOT_FOUND");
		JsonNode wrongSecret = PublicHttp.send("GET", messages, null, null, wrong).reply().error(404, "OBJECT_NOT_FOUND");
		assertEquals(errors(unknown).get(0), errors(wrongSecret).get(0));
		PublicHttp.send("GET", messages, null, null, Map.of()).reply().error(404, "OBJECT_NOT_FOUND");
		PublicHttp.postJson(messages, "{\"text\":\"intruder\"}", wrong).reply().error(404, "OBJECT_NOT_FOUND");
		PublicHttp.send("POST", VISITOR + "/" + opened.path("id").asText() + "/close", null, null, wrong).reply()
				.error(404, "OBJECT_NOT_FOUND");
		JsonNode own = PublicHttp.send("GET", messages, null, null, secret(opened)).reply().ok(200);
		assertEquals(1, own.path("messages").size(), "nothing the intruder sent was added: " + own);
		assertEquals("OPEN", own.path("state").asText());
	}

	@Test
	void agentsNeedTheEditRightToAnswerOrCloseAndTheViewRightToRead() {
		String name = unique("Cid");
		start(name, "Hello").reply().ok(201);
		String ticketId = ticketOf(name);
		String viewer = token("VIEWER", "ALL", "NONE");
		String blind = token("BLIND", "NONE", "NONE");
		String chat = "/pipedesk/v1/tickets/" + ticketId + "/chat";
		assertEquals(1, Http.as(viewer, "GET", chat, null).ok(200).path("messages").size());
		Http.as(viewer, "POST", chat + "/messages", "{\"text\":\"I may not\"}").error(403, "MISSING_SCOPES");
		Http.as(viewer, "POST", chat + "/close", null).error(403, "MISSING_SCOPES");
		Http.as(blind, "GET", chat, null).error(404, "OBJECT_NOT_FOUND");
		Http.as(blind, "POST", chat + "/messages", "{\"text\":\"x\"}").error(404, "OBJECT_NOT_FOUND");
		Http.as(null, "GET", chat, null).error(401, "INVALID_AUTHENTICATION");
		JsonNode transcript = Http.get(chat).ok(200);
		assertEquals(1, transcript.path("messages").size(), "no refused answer was stored: " + transcript);
		assertEquals("OPEN", transcript.path("state").asText());
		Http.get("/pipedesk/v1/tickets/999999999/chat").error(404, "OBJECT_NOT_FOUND");
		JsonNode closed = Http.post(chat + "/close", null).ok(200);
		assertEquals("CLOSED", closed.path("state").asText());
		assertEquals("user:1", closed.path("closedBy").asText());
	}

	private static String token(String name, String view, String edit) {
		JsonNode user = Http.post("/pipedesk/v1/users", "{\"name\":\"" + name + "\",\"email\":\"" + unique(name)
				+ "@example.com\",\"permissions\":{\"view\":\"" + view + "\",\"edit\":\"" + edit
				+ "\",\"delete\":\"NONE\",\"unassigned\":false}}").ok(201);
		return Http.post("/pipedesk/v1/users/" + user.path("id").asText() + "/tokens", "{}").ok(201).path("secret")
				.asText();
	}

	@Test
	void chatTicketsRunOnlyTheAutomationRulesThatNameTheChatSource() {
		String rules = "/pipedesk/v1/automation/pipelines/" + pipelineId + "/rules";
		PublicHttp.awaitRegistered(() -> Http.get(rules), r -> r.status() == 200);
		String created = "\"triggerType\":\"ticket.created\",\"triggerParameters\":{}";
		JsonNode any = Http.post(rules, "{" + created
				+ ",\"actions\":[{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"any\"}}]}").ok(201);
		JsonNode chatOnly = Http.post(rules, "{" + created + ",\"sources\":[\"CHAT\"]"
				+ ",\"actions\":[{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"chat\"}}]}").ok(201);
		try {
			String name = unique("Dee");
			start(name, "Automate me?").reply().ok(201);
			String ticketId = ticketOf(name);
			String runs = "/pipedesk/v1/automation/runs?limit=100&ruleId=";
			JsonNode chatRuns = PublicHttp.awaitRegistered(() -> Http.get(runs + chatOnly.path("id").asText()).ok(200)
					.path("results"), r -> r.size() == 1 && r.get(0).path("finishedAt").isTextual());
			assertEquals(ticketId, chatRuns.get(0).path("ticketId").asText());
			assertEquals("DONE", chatRuns.get(0).path("state").asText(), chatRuns.toString());
			// both rules were matched in the same transaction as the ticket: none for the rule without sources
			assertEquals(0, Http.get(runs + any.path("id").asText()).ok(200).path("results").size());
			JsonNode notes = Http.get("/pipedesk/v1/automation/tickets/" + ticketId + "/notes").ok(200);
			assertTrue(notes.toString().contains("chat") && !notes.toString().contains("\"any\""), notes.toString());
		} finally {
			Http.delete(rules + "/" + any.path("id").asText());
			Http.delete(rules + "/" + chatOnly.path("id").asText());
		}
	}

	@Test
	void visitorsAreRateLimitedPerAddressWithRetryAfterAndRecover() {
		settings("\"rateLimit\":{\"requests\":2,\"perSeconds\":10}"); // one more every 5 s
		JsonNode opened = start(unique("Eve"), "One").reply().ok(201);
		String messages = VISITOR + "/" + opened.path("id").asText() + "/messages";
		PublicHttp.postJson(messages, "{\"text\":\"Two\"}", secret(opened)).reply().ok(201);
		PublicHttp.Answer limited = PublicHttp.postJson(messages, "{\"text\":\"Three\"}", secret(opened));
		assertEquals(List.of("source:rate-limit.exceeded"), errors(limited.reply().error(429, "RATE_LIMITS")));
		long retryAfter = Long.parseLong(limited.header("Retry-After").orElseThrow());
		PublicHttp.send("GET", messages, null, null, secret(opened)).reply().ok(200); // polls are counted apart
		PublicHttp.sleep(retryAfter * 1000 + 100);
		PublicHttp.postJson(messages, "{\"text\":\"Three\"}", secret(opened)).reply().ok(201);
		assertEquals(3, PublicHttp.send("GET", messages, null, null, secret(opened)).reply().ok(200).path("last").asInt());
	}

	@Test
	void badStartsAreRefusedNamingEachFieldAndOpenNoTicket() {
		String name = unique("Fay");
		JsonNode refused = PublicHttp.postJson(VISITOR, "{\"name\":\" \",\"email\":\"nope\",\"text\":\"\"}", Map.of())
				.reply().error(400, "VALIDATION_ERROR");
		assertEquals(List.of("name:chat.name-required", "email:chat.email-valid", "text:chat.text-required"),
				errors(refused));
		settings("\"maxMessageChars\":10");
		try {
			JsonNode tooLong = start(name, "much more than ten").reply().error(400, "VALIDATION_ERROR");
			assertEquals(List.of("text:chat.text-size"), errors(tooLong));
		} finally {
			settings("\"maxMessageChars\":5000");
		}
		assertEquals(0, Http.post("/crm/v3/objects/tickets/search", "{\"filterGroups\":[{\"filters\":[{"
				+ "\"propertyName\":\"subject\",\"operator\":\"EQ\",\"value\":\"Chat with " + name + "\"}]}]}").ok(200)
				.path("total").asInt());
		settings("\"enabled\":false");
		start(name, "Anyone?").reply().error(404, "OBJECT_NOT_FOUND");
	}

	@Test
	void settingsAreCheckedAndCarryTheVersionRead() {
		long version = Http.get(SETTINGS).ok(200).path("version").asLong();
		Http.patch(SETTINGS, "{\"maxMessageChars\":4000,\"version\":" + version + "}").ok(200);
		Http.patch(SETTINGS, "{\"maxMessageChars\":3000,\"version\":" + version + "}").error(409, "CONFLICT");
		JsonNode bad = Http.patch(SETTINGS, "{\"statusId\":\"999999\",\"maxMessageChars\":0,\"pollRateLimit\":"
				+ "{\"requests\":1,\"perSeconds\":0},\"allowedOrigins\":[\"x\"]}").error(400, "VALIDATION_ERROR");
		assertEquals(List.of("statusId:chat.target-exists", "maxMessageChars:chat.max-message-range",
				"pollRateLimit:rate-limit.range", "allowedOrigins:cors.origin-valid"), errors(bad));
		Http.put("/pipedesk/v1/pipelines/" + pipelineId + "/stages/" + statusId + "/properties",
				"{\"statusProperties\":[{\"name\":\"hs_ticket_category\",\"required\":true}]}").ok(200);
		try {
			assertEquals(List.of("statusId:chat.status-required-property"),
					errors(Http.patch(SETTINGS, "{\"maxMessageChars\":5000}").error(400, "VALIDATION_ERROR")));
		} finally {
			Http.put("/pipedesk/v1/pipelines/" + pipelineId + "/stages/" + statusId + "/properties",
					"{\"statusProperties\":[]}").ok(200);
		}
		assertEquals(4000, Http.get(SETTINGS).ok(200).path("maxMessageChars").asInt());
		settings("\"maxMessageChars\":5000");
	}
}
