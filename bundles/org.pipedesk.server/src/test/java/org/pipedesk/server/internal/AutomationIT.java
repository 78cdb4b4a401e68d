package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.pipedesk.automation.api.ActionContext;
import org.pipedesk.automation.api.ActionHandler;
import org.pipedesk.automation.api.ActionOutcome;
import org.pipedesk.automation.api.ActionType;
import org.pipedesk.automation.api.AutomationRecords;
import org.pipedesk.automation.api.TypeDescriptor;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.api.NewPipeline;
import org.pipedesk.core.api.NewStatus;
import org.pipedesk.core.api.PipelineInfo;
import org.pipedesk.core.api.PipelineService;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.StatusPropertyInfo;
import org.pipedesk.core.api.StatusService;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.TicketState;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The automation engine inside Equinox with the real store: rules saved through the REST API, tickets changed
 * through core, actions executed from the database queue by the worker.
 */
@org.junit.jupiter.api.extension.ExtendWith(RunAsSystem.class)
class AutomationIT {
	private static final String BASE = "/pipedesk/v1/automation";
	private static final Caller IT = Caller.system("it");
	private final PipelineService pipelines = Osgi.service(PipelineService.class);
	private final StatusService statuses = Osgi.service(StatusService.class);
	private final TicketService tickets = Osgi.service(TicketService.class);

	/** Short retries and timeouts, so the tests of both take seconds. */
	@BeforeAll
	static void quickRetries() throws Exception {
		Configuration configuration = Osgi.service(ConfigurationAdmin.class).getConfiguration("org.pipedesk.automation",
				"?");
		Hashtable<String, Object> properties = new Hashtable<>();
		properties.put("maxAttempts", 3);
		properties.put("retryBackoffMillis", 100L);
		properties.put("actionTimeoutMillis", 1000L);
		properties.put("pollMillis", 100L);
		configuration.update(properties);
		BundleContext context = context();
		await("the worker with the test configuration", () -> {
			try {
				return context.getServiceReferences("org.pipedesk.automation.internal.AutomationWorker",
						"(actionTimeoutMillis=1000)") != null
						&& context.getServiceReferences("org.pipedesk.core.spi.TransactionalEventListener", null) != null
						&& apiAnswers();
			} catch (org.osgi.framework.InvalidSyntaxException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** The automation resources register one by one (and again after the engine restarts). */
	static boolean apiAnswers() {
		return Http.get(BASE + "/action-types").status() == 200 && Http.get(BASE + "/templates").status() == 200;
	}

	/** A pipeline with open statuses A, B, C and a closed Done; returns its statuses in that order. */
	private List<StatusInfo> pipeline() {
		PipelineInfo pipeline = pipelines.create(new NewPipeline("Auto " + UUID.randomUUID(), null,
				List.of(new NewStatus("A", null, TicketState.OPEN), new NewStatus("B", null, TicketState.OPEN),
						new NewStatus("C", null, TicketState.OPEN), new NewStatus("Done", null, TicketState.CLOSED))));
		return pipeline.statuses();
	}

	private Ticket ticket(StatusInfo status, Map<String, String> properties) {
		return CallerContext.callAs(IT, () -> tickets.create(status.pipelineId(), status.id(), properties));
	}

	private void move(Ticket ticket, StatusInfo status) {
		CallerContext.runAs(IT, () -> tickets.move(ticket.id(), status.id(), null));
	}

	private Ticket reload(Ticket ticket) {
		return CallerContext.callAs(IT, () -> tickets.get(ticket.id()));
	}

	private static JsonNode createRule(String pipelineId, String json) {
		return Http.post(BASE + "/pipelines/" + pipelineId + "/rules", json).ok(201);
	}

	private static String enteredStatus(StatusInfo status) {
		return "\"triggerType\":\"ticket.entered-status\",\"triggerParameters\":{\"statusId\":\"" + status.id() + "\"}";
	}

	/** The rule's runs, newest first, once {@code count} of them have finished. */
	private static List<JsonNode> finishedRuns(String ruleId, int count) {
		List<JsonNode> runs = new ArrayList<>();
		await(count + " finished run(s) of rule " + ruleId, () -> {
			runs.clear();
			Http.get(BASE + "/runs?limit=100&ruleId=" + ruleId).ok(200).path("results").forEach(runs::add);
			return runs.size() >= count && runs.stream().allMatch(r -> r.path("finishedAt").isTextual());
		});
		return runs;
	}

	private static List<String> states(JsonNode run) {
		List<String> states = new ArrayList<>();
		run.path("actions").forEach(a -> states.add(a.path("state").asText()));
		return states;
	}

	static void await(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			if (condition.getAsBoolean()) {
				return;
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
		fail("Timed out waiting for " + what);
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(AutomationIT.class).getBundleContext();
	}

	@Test
	void typesAreListedWithTheirParameterSchemas() {
		JsonNode triggers = Http.get(BASE + "/trigger-types").ok(200).path("results");
		JsonNode entered = find(triggers, "ticket.entered-status");
		assertEquals("Ticket reached status", entered.path("label").asText());
		assertEquals("STATUS", entered.path("parameters").get(0).path("type").asText());
		assertTrue(entered.path("parameters").get(0).path("required").asBoolean());
		for (String id : List.of("ticket.created", "ticket.left-status", "ticket.property-changed",
				"email.sent-to-customer", "customer.replied")) {
			find(triggers, id);
		}
		JsonNode actions = Http.get(BASE + "/action-types").ok(200).path("results");
		for (String id : List.of("ticket.set-status", "ticket.set-property", "ticket.assign-owner", "ticket.add-note",
				"notify", "webhook")) {
			find(actions, id);
		}
		assertEquals("URL", find(actions, "webhook").path("parameters").get(0).path("type").asText());
	}

	private static JsonNode find(JsonNode list, String id) {
		for (JsonNode node : list) {
			if (id.equals(node.path("id").asText())) {
				return node;
			}
		}
		throw new AssertionError(id + " not in " + list);
	}

	@Test
	void rulesAreCheckedAgainstTheDescriptorsOnSave() {
		List<StatusInfo> s = pipeline();
		String pipelineId = s.get(0).pipelineId();
		JsonNode unknown = Http.post(BASE + "/pipelines/" + pipelineId + "/rules",
				"{\"triggerType\":\"no.such-trigger\",\"actions\":[{\"actionType\":\"no.such-action\"}]}")
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("automation.trigger-type-available", "automation.action-type-available"), codes(unknown));
		String otherPipelinesStatus = pipeline().get(0).id();
		JsonNode bad = Http.post(BASE + "/pipelines/" + pipelineId + "/rules",
				"{\"triggerType\":\"ticket.entered-status\",\"triggerParameters\":{\"statusId\":\"" + otherPipelinesStatus
						+ "\"},\"actions\":[{\"actionType\":\"webhook\",\"parameters\":{\"url\":\"ftp://x\",\"secret\":\"s\",\"extra\":\"1\"}}]}")
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("automation.parameters-valid", "automation.parameters-valid",
				"automation.parameters-valid"), codes(bad));
		assertTrue(bad.toString().contains("is not a status of pipeline"), bad.toString());
		assertTrue(bad.toString().contains("'extra' is not a parameter of webhook"), bad.toString());
		assertEquals(0, Http.get(BASE + "/pipelines/" + pipelineId + "/rules").ok(200).path("results").size());
	}

	private static List<String> codes(JsonNode error) {
		List<String> codes = new ArrayList<>();
		error.path("errors").forEach(e -> codes.add(e.path("code").asText()));
		return codes;
	}

	@Test
	void assignTeamSetsAnExistingTeamAndFailsVisiblyForAMissingOne() {
		List<StatusInfo> s = pipeline();
		String team = Http.post("/pipedesk/v1/teams", "{\"name\":\"Escalations " + System.nanoTime() + "\"}").ok(201)
				.path("id").asText();
		JsonNode rule = createRule(s.get(0).pipelineId(), "{\"label\":\"Team on B\"," + enteredStatus(s.get(1))
				+ ",\"actions\":[{\"actionType\":\"ticket.assign-team\",\"parameters\":{\"teamId\":\"77777777\"}},"
				+ "{\"actionType\":\"ticket.assign-team\",\"parameters\":{\"teamId\":\"" + team + "\"}}]}");
		Ticket ticket = ticket(s.get(0), Map.of("subject", "Team me"));
		move(ticket, s.get(1));

		JsonNode run = finishedRuns(rule.path("id").asText(), 1).get(0);
		assertEquals(List.of("FAILED", "DONE"), states(run), run.toString());
		assertTrue(run.path("actions").get(0).path("error").asText().contains("team 77777777 does not exist"),
				run.toString());
		assertEquals(team, reload(ticket).properties().get("hubspot_team_id"));
	}

	@Test
	void theChainRunsWhenATicketReachesAStatusAndAFailingActionDoesNotStopTheOthers() {
		List<StatusInfo> s = pipeline();
		StatusInfo a = s.get(0), b = s.get(1), c = s.get(2);
		// C asks for a category the ticket does not have: moving there fails visibly
		statuses.setStatusProperties(c.pipelineId(), c.id(), List.of(new StatusPropertyInfo("hs_ticket_category", true)));
		JsonNode rule = createRule(a.pipelineId(), "{\"label\":\"On B\"," + enteredStatus(b) + ",\"actions\":["
				+ "{\"actionType\":\"ticket.set-property\",\"parameters\":{\"property\":\"hs_ticket_priority\",\"value\":\"HIGH\"}},"
				+ "{\"actionType\":\"ticket.set-status\",\"parameters\":{\"statusId\":\"" + c.id() + "\"},\"comment\":\"fails\"},"
				+ "{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"Reached B: {{ticket.subject}}\"}},"
				+ "{\"actionType\":\"notify\",\"parameters\":{\"recipientKind\":\"OWNER\",\"message\":\"Ticket {{ticket.id}} needs you\"}}]}");
		assertTrue(rule.path("available").asBoolean(), rule.toString());
		Ticket ticket = ticket(a, Map.of("subject", "Printer", "hubspot_owner_id", "1"));
		move(ticket, b);

		JsonNode run = finishedRuns(rule.path("id").asText(), 1).get(0);
		assertEquals("FAILED", run.path("state").asText(), run.toString());
		assertEquals(List.of("DONE", "FAILED", "DONE", "DONE"), states(run));
		JsonNode failed = run.path("actions").get(1);
		assertTrue(failed.path("error").asText().contains("hs_ticket_category"), failed.toString());
		assertEquals(1, failed.path("attempts").asInt(), "a rule violation is not retried");
		assertEquals("ENTERED_STATUS", run.path("event").path("kind").asText());
		assertEquals(b.id(), run.path("event").path("statusId").asText());

		Ticket after = reload(ticket);
		assertEquals(b.id(), after.statusId());
		assertEquals("HIGH", after.properties().get("hs_ticket_priority"));
		JsonNode notes = Http.get(BASE + "/tickets/" + ticket.id() + "/notes").ok(200).path("results");
		assertEquals(1, notes.size());
		assertEquals("Reached B: Printer", notes.get(0).path("body").asText());
		JsonNode notifications = Http.get(BASE + "/notifications?recipientKind=OWNER&recipient=1&ticketId=" + ticket.id())
				.ok(200).path("results");
		assertEquals(1, notifications.size());
		assertEquals("Ticket " + ticket.id() + " needs you", notifications.get(0).path("message").asText());
	}

	@Test
	void chainEditingAddsEditsClonesMovesDeletesAndCuts() {
		List<StatusInfo> s = pipeline();
		String p = s.get(0).pipelineId();
		JsonNode rule = createRule(p, "{" + enteredStatus(s.get(1)) + ",\"actions\":["
				+ "{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"one\"}}]}");
		String path = BASE + "/pipelines/" + p + "/rules/" + rule.path("id").asText();
		JsonNode added = Http.post(path + "/actions",
				"{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"two\"}}").ok(201);
		String first = added.path("actions").get(0).path("id").asText();
		String second = added.path("actions").get(1).path("id").asText();
		Http.patch(path + "/actions/" + first, "{\"comment\":\"the first\"}").ok(200);
		JsonNode cloned = Http.post(path + "/actions/" + first + "/clone", null).ok(201);
		assertEquals(List.of("one", "one", "two"), texts(cloned));
		assertEquals("the first", cloned.path("actions").get(1).path("comment").asText());
		String clone = cloned.path("actions").get(1).path("id").asText();
		JsonNode moved = Http.post(path + "/actions/" + second + "/move", "{\"position\":0}").ok(200);
		assertEquals(List.of("two", "one", "one"), texts(moved));
		Http.patch(path + "/actions/" + clone, "{\"parameters\":{\"text\":\"three\"}}").ok(200);
		JsonNode deleted = Http.delete(path + "/actions/" + second).ok(200);
		assertEquals(List.of("one", "three"), texts(deleted));
		JsonNode cut = Http.delete(path + "/actions/" + first + "?toEnd=true").ok(200);
		assertEquals(List.of(), texts(cut));
		Http.post(path + "/actions/" + first + "/move", "{\"position\":0}").error(404, "OBJECT_NOT_FOUND");
		Http.patch(path + "/actions/" + "x", "{\"parameters\":{\"nope\":\"1\"}}").error(404, "OBJECT_NOT_FOUND");
		JsonNode bad = Http.post(path + "/actions", "{\"actionType\":\"ticket.add-note\",\"parameters\":{}}")
				.error(400, "VALIDATION_ERROR");
		assertEquals(List.of("automation.parameters-valid"), codes(bad));
	}

	private static List<String> texts(JsonNode rule) {
		List<String> texts = new ArrayList<>();
		rule.path("actions").forEach(a -> texts.add(a.path("parameters").path("text").asText()));
		return texts;
	}

	@Test
	void webhooksAreSignedAndRetriedAndTimeOut() throws IOException {
		byte[] secret = "s3cret".getBytes(StandardCharsets.UTF_8);
		List<String> verified = new CopyOnWriteArrayList<>();
		List<String> keys = new CopyOnWriteArrayList<>();
		AtomicInteger calls = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			String signature = exchange.getRequestHeaders().getFirst("X-Pipedesk-Signature");
			if (("sha256=" + hmac(secret, body)).equals(signature)) {
				verified.add(new String(body, StandardCharsets.UTF_8));
			}
			keys.add(exchange.getRequestHeaders().getFirst("X-Pipedesk-Idempotency-Key"));
			int status = calls.incrementAndGet() == 1 ? 503 : 200; // the first attempt fails
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.createContext("/slow", exchange -> {
			try {
				Thread.sleep(3000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.start();
		try {
			List<StatusInfo> s = pipeline();
			String url = "http://127.0.0.1:" + server.getAddress().getPort();
			JsonNode rule = createRule(s.get(0).pipelineId(), "{" + enteredStatus(s.get(1)) + ",\"actions\":["
					+ "{\"actionType\":\"webhook\",\"parameters\":{\"url\":\"" + url + "/hook\",\"secret\":\"s3cret\"}}]}");
			JsonNode slow = createRule(s.get(0).pipelineId(), "{" + enteredStatus(s.get(2)) + ",\"actions\":["
					+ "{\"actionType\":\"webhook\",\"parameters\":{\"url\":\"" + url + "/slow\",\"secret\":\"x\"}}]}");
			Ticket ticket = ticket(s.get(0), Map.of("subject", "Hook"));
			move(ticket, s.get(1));
			JsonNode run = finishedRuns(rule.path("id").asText(), 1).get(0);
			assertEquals("DONE", run.path("state").asText(), run.toString());
			assertEquals(2, run.path("actions").get(0).path("attempts").asInt(), run.toString());
			assertEquals(2, verified.size(), "both attempts carry a valid signature");
			assertTrue(verified.get(1).contains("\"id\":\"" + ticket.id() + "\""), verified.get(1));
			assertEquals(2, Collections.frequency(keys, keys.get(0)), "both attempts carry the same idempotency key");

			move(ticket, s.get(2));
			JsonNode timedOut = finishedRuns(slow.path("id").asText(), 1).get(0);
			assertEquals("FAILED", timedOut.path("state").asText(), timedOut.toString());
			JsonNode job = timedOut.path("actions").get(0);
			assertEquals(3, job.path("attempts").asInt(), job.toString());
			assertTrue(job.path("error").asText().toLowerCase().contains("timed out"), job.toString());
		} finally {
			server.stop(0);
		}
	}

	private static String hmac(byte[] secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** An action type of this test bundle: adds a note (a database effect, so exactly-once can be counted). */
	private static final class NoteAction implements ActionType {
		private final String id;
		private final long sleepMillis;
		private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

		NoteAction(String id, long sleepMillis) {
			this.id = id;
			this.sleepMillis = sleepMillis;
		}

		@Override
		public TypeDescriptor descriptor() {
			return new TypeDescriptor(id, "Test note", "Adds a note after a pause", List.of());
		}

		@Override
		public ActionHandler createHandler(Map<String, String> parameters) {
			return new ActionHandler() {
				@Override
				public ActionOutcome execute(ActionContext context) throws Exception {
					calls.computeIfAbsent(context.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
					Thread.sleep(sleepMillis);
					Osgi.service(AutomationRecords.class).addNote(context.ticket().id(), id, "it");
					return ActionOutcome.done("noted");
				}

				@Override
				public String preview(ActionContext context) {
					return "note " + id;
				}
			};
		}
	}

	@Test
	void anActionWhoseBundleCannotLoadAClassFailsOnRecordAndTheChainGoesOn() {
		List<StatusInfo> s = pipeline();
		String type = "it.broken-" + UUID.randomUUID();
		ServiceRegistration<ActionType> registration = context().registerService(ActionType.class, new ActionType() {
			@Override
			public TypeDescriptor descriptor() {
				return new TypeDescriptor(type, "Broken", "Misses a class at run time", List.of());
			}

			@Override
			public ActionHandler createHandler(Map<String, String> parameters) {
				return new ActionHandler() {
					@Override
					public ActionOutcome execute(ActionContext context) {
						// what a bundle without Import-Package: javax.crypto met in the product
						throw new NoClassDefFoundError("javax/crypto/Mac");
					}

					@Override
					public String preview(ActionContext context) {
						return "broken";
					}
				};
			}
		}, null);
		try {
			await("the type listed", () -> Http.get(BASE + "/action-types").body().toString().contains(type));
			JsonNode rule = createRule(s.get(0).pipelineId(), "{" + enteredStatus(s.get(1)) + ",\"actions\":["
					+ "{\"actionType\":\"" + type + "\"},"
					+ "{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"after\"}}]}");
			move(ticket(s.get(0), Map.of("subject", "broken")), s.get(1));
			JsonNode run = finishedRuns(rule.path("id").asText(), 1).get(0);
			assertEquals(List.of("FAILED", "DONE"), states(run), run.toString());
			assertTrue(run.path("actions").get(0).path("error").asText().contains("javax/crypto/Mac"), run.toString());
		} finally {
			registration.unregister();
		}
	}

	@Test
	void anActionTypeRegisteredAtRuntimeMakesRulesAvailableAndItsAbsenceUnavailable() {
		List<StatusInfo> s = pipeline();
		String type = "it.note-" + UUID.randomUUID();
		ServiceRegistration<ActionType> registration = context().registerService(ActionType.class,
				new NoteAction(type, 0), null);
		JsonNode rule;
		String rulePath;
		try {
			await("the type listed", () -> Http.get(BASE + "/action-types").body().toString().contains(type));
			rule = createRule(s.get(0).pipelineId(),
					"{" + enteredStatus(s.get(1)) + ",\"actions\":[{\"actionType\":\"" + type + "\"}]}");
			rulePath = BASE + "/pipelines/" + s.get(0).pipelineId() + "/rules/" + rule.path("id").asText();
			assertTrue(rule.path("available").asBoolean());
		} finally {
			registration.unregister();
		}
		JsonNode unavailable = Http.get(rulePath).ok(200);
		assertFalse(unavailable.path("available").asBoolean(), unavailable.toString());
		assertEquals(type, unavailable.path("missingTypes").get(0).asText());
		// kept intact, and other configuration changes still go through
		assertEquals(type, unavailable.path("actions").get(0).path("actionType").asText());
		statuses.add(s.get(0).pipelineId(), new NewStatus("Later", null, TicketState.OPEN));

		Ticket first = ticket(s.get(0), Map.of("subject", "while away"));
		move(first, s.get(1));
		Ticket marker = ticket(s.get(0), Map.of("subject", "marker"));
		JsonNode markerRule = createRule(s.get(0).pipelineId(), "{" + enteredStatus(s.get(2))
				+ ",\"actions\":[{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"m\"}}]}");
		move(marker, s.get(2));
		finishedRuns(markerRule.path("id").asText(), 1); // the engine is working, yet the unavailable rule did not run
		assertEquals(0, Http.get(BASE + "/runs?ruleId=" + rule.path("id").asText()).ok(200).path("results").size());

		registration = context().registerService(ActionType.class, new NoteAction(type, 0), null);
		try {
			assertTrue(Http.get(rulePath).ok(200).path("available").asBoolean());
			Ticket second = ticket(s.get(0), Map.of("subject", "back"));
			move(second, s.get(1));
			JsonNode run = finishedRuns(rule.path("id").asText(), 1).get(0);
			assertEquals("DONE", run.path("state").asText(), run.toString());
			assertEquals(second.id(), run.path("ticketId").asLong());
		} finally {
			registration.unregister();
		}
	}

	@Test
	void everyQueuedActionRunsExactlyOnceAcrossAnEngineRestart() throws Exception {
		List<StatusInfo> s = pipeline();
		String type = "it.slow-note-" + UUID.randomUUID();
		NoteAction action = new NoteAction(type, 400);
		ServiceRegistration<ActionType> registration = context().registerService(ActionType.class, action, null);
		Bundle engine = bundle("org.pipedesk.automation");
		try {
			JsonNode rule = createRule(s.get(0).pipelineId(),
					"{" + enteredStatus(s.get(1)) + ",\"actions\":[{\"actionType\":\"" + type + "\"}]}");
			String ruleId = rule.path("id").asText();
			List<Ticket> moved = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				moved.add(ticket(s.get(0), Map.of("subject", "t" + i)));
			}
			// one transaction queues all 20 runs
			CallerContext.runAs(IT, () -> tickets.updateAll(moved.stream()
					.map(t -> new TicketService.TicketUpdate(t.id(),
							new org.pipedesk.core.api.TicketChange(null, s.get(1).id(), Map.of(), null)))
					.toList()));
			await("some actions started", () -> action.calls.size() >= 2);
			engine.stop();
			int startedAtStop = action.calls.size();
			assertTrue(startedAtStop < 20, "stopped mid-queue, " + startedAtStop + " of 20 started");
			engine.start();
			await("every run done", () -> runs(ruleId).stream().filter(r -> "DONE".equals(r.path("state").asText()))
					.count() == 20);
			for (Ticket ticket : moved) {
				JsonNode notes = Http.get(BASE + "/tickets/" + ticket.id() + "/notes").ok(200).path("results");
				assertEquals(1, notes.size(), "ticket " + ticket.id() + " got its note exactly once");
			}
			assertEquals(20, action.calls.size());
			assertTrue(action.calls.values().stream().allMatch(n -> n.get() == 1), action.calls.toString());
		} finally {
			if (engine.getState() != Bundle.ACTIVE) {
				engine.start(); // never leave the engine stopped for the other tests
			}
			await("the automation API back", AutomationIT::apiAnswers);
			registration.unregister();
		}
	}

	private static List<JsonNode> runs(String ruleId) {
		Http.Reply reply = Http.get(BASE + "/runs?limit=100&ruleId=" + ruleId);
		List<JsonNode> runs = new ArrayList<>();
		if (reply.status() == 200) {
			reply.body().path("results").forEach(runs::add);
		}
		return runs;
	}

	private static Bundle bundle(String symbolicName) {
		for (Bundle bundle : context().getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())) {
				return bundle;
			}
		}
		throw new AssertionError("No bundle " + symbolicName);
	}

	/**
	 * An action type of this test bundle that adds a note and moves the ticket to {@code to}, then fails for tickets
	 * whose subject starts with "fail": what a failing attempt wrote, published and queued must vanish with it.
	 */
	private static final class NoteMoveAndMaybeFail implements ActionType {
		private final String id;
		private final String to;

		NoteMoveAndMaybeFail(String id, String to) {
			this.id = id;
			this.to = to;
		}

		@Override
		public TypeDescriptor descriptor() {
			return new TypeDescriptor(id, "Note, move, maybe fail", "Fails for subjects starting with fail", List.of());
		}

		@Override
		public ActionHandler createHandler(Map<String, String> parameters) {
			return new ActionHandler() {
				@Override
				public ActionOutcome execute(ActionContext context) {
					long ticketId = context.ticket().id();
					Osgi.service(AutomationRecords.class).addNote(ticketId, "noted by " + id, "it");
					Osgi.service(TicketService.class).move(ticketId, to, null);
					if (context.ticket().properties().get("subject").startsWith("fail")) {
						throw new IllegalStateException("failing on purpose");
					}
					return ActionOutcome.done("noted and moved");
				}

				@Override
				public String preview(ActionContext context) {
					return "note and move";
				}
			};
		}
	}

	@Test
	void aFailingActionIsRolledBackAloneWithWhatItWrotePublishedAndQueued() {
		List<StatusInfo> s = pipeline();
		StatusInfo a = s.get(0), b = s.get(1), c = s.get(2);
		String type = "it.note-move-fail-" + UUID.randomUUID();
		List<Long> publishedMovesToC = new CopyOnWriteArrayList<>();
		ServiceRegistration<org.pipedesk.core.api.DomainEventListener> listener = context().registerService(
				org.pipedesk.core.api.DomainEventListener.class, event -> {
					if (event instanceof org.pipedesk.core.api.DomainEvent.TicketUpdated updated
							&& c.id().equals(updated.after().statusId())) {
						publishedMovesToC.add(updated.after().id());
					}
				}, null);
		ServiceRegistration<ActionType> registration = context().registerService(ActionType.class,
				new NoteMoveAndMaybeFail(type, c.id()), null);
		try {
			JsonNode onB = createRule(a.pipelineId(),
					"{" + enteredStatus(b) + ",\"actions\":[{\"actionType\":\"" + type + "\"}]}");
			JsonNode onC = createRule(a.pipelineId(), "{" + enteredStatus(c)
					+ ",\"actions\":[{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"reached C\"}}]}");
			List<Ticket> ok = new ArrayList<>();
			List<Ticket> failing = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				ok.add(ticket(a, Map.of("subject", "ok " + i)));
				failing.add(ticket(a, Map.of("subject", "fail " + i)));
			}
			List<Ticket> all = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				all.add(failing.get(i));
				all.add(ok.get(i));
			}
			// one transaction queues all 20 runs, so the worker takes them in batches, failing and good ones mixed
			CallerContext.runAs(IT, () -> tickets.updateAll(all.stream()
					.map(t -> new TicketService.TicketUpdate(t.id(),
							new org.pipedesk.core.api.TicketChange(null, b.id(), Map.of(), null)))
					.toList()));
			List<JsonNode> runs = finishedRuns(onB.path("id").asText(), 20);
			finishedRuns(onC.path("id").asText(), 10);
			for (JsonNode run : runs) {
				boolean fails = failing.stream().anyMatch(t -> t.id() == run.path("ticketId").asLong());
				assertEquals(fails ? "FAILED" : "DONE", run.path("state").asText(), run.toString());
				assertEquals(fails ? 3 : 1, run.path("actions").get(0).path("attempts").asInt(), run.toString());
			}
			for (Ticket ticket : ok) {
				assertEquals(c.id(), reload(ticket).statusId());
				assertEquals(List.of("noted by " + type, "reached C"), noteBodies(ticket));
			}
			for (Ticket ticket : failing) {
				assertEquals(b.id(), reload(ticket).statusId(), "the move of a failed attempt is rolled back");
				assertEquals(List.of(), noteBodies(ticket), "nor its note, nor the run its move queued");
			}
			assertEquals(10, runs(onC.path("id").asText()).size(), "rule on C ran for the good tickets only");
			await("the good moves published", () -> publishedMovesToC.size() >= 10);
			assertEquals(ok.stream().map(Ticket::id).sorted().toList(),
					publishedMovesToC.stream().sorted().toList(), "only committed moves are published");
		} finally {
			registration.unregister();
			listener.unregister();
		}
	}

	private static List<String> noteBodies(Ticket ticket) {
		List<String> bodies = new ArrayList<>();
		Http.get(BASE + "/tickets/" + ticket.id() + "/notes").ok(200).path("results")
				.forEach(note -> bodies.add(note.path("body").asText()));
		return bodies;
	}

	@Test
	void rulesThatFireEachOtherAreStoppedWithTheReason() {
		List<StatusInfo> s = pipeline();
		StatusInfo a = s.get(0), b = s.get(1), c = s.get(2);
		JsonNode toC = createRule(a.pipelineId(), "{" + enteredStatus(b) + ",\"actions\":["
				+ "{\"actionType\":\"ticket.set-status\",\"parameters\":{\"statusId\":\"" + c.id() + "\"}}]}");
		JsonNode toB = createRule(a.pipelineId(), "{" + enteredStatus(c) + ",\"actions\":["
				+ "{\"actionType\":\"ticket.set-status\",\"parameters\":{\"statusId\":\"" + b.id() + "\"}}]}");
		Ticket ticket = ticket(a, Map.of("subject", "loop"));
		move(ticket, b);
		List<JsonNode> runs = finishedRuns(toC.path("id").asText(), 2);
		JsonNode stopped = runs.get(0);
		assertEquals("STOPPED", stopped.path("state").asText(), runs.toString());
		assertTrue(stopped.path("reason").asText().startsWith("Loop: rule " + toC.path("id").asText()),
				stopped.toString());
		assertEquals(toC.path("id").asText() + ">" + toB.path("id").asText() + ">" + toC.path("id").asText(),
				stopped.path("rulePath").asText());
		assertEquals(b.id(), reload(ticket).statusId(), "the chain ran once each way, then stopped");
	}

	@Test
	void aDryRunShowsWhatWouldRunWithoutDoingIt() {
		List<StatusInfo> s = pipeline();
		JsonNode rule = createRule(s.get(0).pipelineId(), "{\"label\":\"Greet\"," + enteredStatus(s.get(1))
				+ ",\"actions\":[{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"Hello {{ticket.subject}}\"}}]}");
		Ticket ticket = ticket(s.get(0), Map.of("subject", "Dry"));
		JsonNode result = Http.post(BASE + "/dry-run",
				"{\"ticketId\":" + ticket.id() + ",\"statusId\":\"" + s.get(1).id() + "\"}").ok(200);
		JsonNode rules = result.path("results");
		assertEquals(1, rules.size(), result.toString());
		assertEquals(rule.path("id").asText(), rules.get(0).path("ruleId").asText());
		assertEquals("Add note: Hello Dry", rules.get(0).path("actions").get(0).path("preview").asText());
		assertEquals(0, Http.get(BASE + "/tickets/" + ticket.id() + "/notes").ok(200).path("results").size());
		assertEquals(s.get(0).id(), reload(ticket).statusId());
	}

	@Test
	void aRuleWhoseStatusIsDeletedIsReportedByTheStaticCheck() {
		List<StatusInfo> s = pipeline();
		JsonNode rule = createRule(s.get(0).pipelineId(), "{" + enteredStatus(s.get(2))
				+ ",\"actions\":[{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"x\"}}]}");
		assertEquals(0, rule.path("problems").size(), rule.toString());
		statuses.delete(s.get(0).pipelineId(), s.get(2).id(), null);
		JsonNode after = Http.get(BASE + "/pipelines/" + s.get(0).pipelineId() + "/rules/" + rule.path("id").asText())
				.ok(200);
		assertEquals("automation.parameters-valid", after.path("problems").get(0).path("rule").asText(), after.toString());
		assertTrue(after.path("problems").get(0).path("message").asText().contains("is not a status of pipeline"));
	}

	@Test
	void statusChainsAndStatusUpdateTriggersAreThePipelinesAutomateSettings() {
		List<StatusInfo> s = pipeline();
		String p = s.get(0).pipelineId();
		String statusPath = BASE + "/pipelines/" + p + "/statuses/" + s.get(1).id() + "/actions";
		JsonNode created = Http.post(statusPath,
				"{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"first\"}}").ok(201);
		JsonNode appended = Http.post(statusPath,
				"{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"second\"},\"position\":0}").ok(201);
		assertEquals(created.path("id").asText(), appended.path("id").asText(), "one chain per status");
		assertEquals(List.of("second", "first"), texts(appended));
		JsonNode chains = Http.get(BASE + "/pipelines/" + p + "/status-chains").ok(200).path("results");
		assertEquals(List.of("A", "B", "C", "Done"), labels(chains));
		assertEquals(0, chains.get(0).path("rules").size());
		assertEquals(created.path("id").asText(), chains.get(1).path("rules").get(0).path("id").asText());
		Http.post(BASE + "/pipelines/" + p + "/statuses/999999/actions",
				"{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"x\"}}").error(404, "OBJECT_NOT_FOUND");

		String triggers = BASE + "/pipelines/" + p + "/status-update-triggers";
		JsonNode off = Http.get(triggers).ok(200);
		assertFalse(off.path("emailSentToCustomer").path("enabled").asBoolean());
		JsonNode on = Http.put(triggers, "{\"emailSentToCustomer\":{\"enabled\":true,\"statusId\":\"" + s.get(1).id()
				+ "\"},\"customerReplied\":{\"enabled\":true,\"statusId\":\"" + s.get(2).id() + "\"}}").ok(200);
		assertTrue(on.path("emailSentToCustomer").path("enabled").asBoolean());
		assertEquals(s.get(2).id(), on.path("customerReplied").path("statusId").asText());
		JsonNode toggled = Http.put(triggers, "{\"customerReplied\":{\"enabled\":false}}").ok(200);
		assertFalse(toggled.path("customerReplied").path("enabled").asBoolean());
		assertEquals(s.get(2).id(), toggled.path("customerReplied").path("statusId").asText(), "the target is kept");
		assertTrue(toggled.path("emailSentToCustomer").path("enabled").asBoolean());
		Http.put(triggers, "{\"emailSentToCustomer\":{\"enabled\":true}}").error(400, "VALIDATION_ERROR");
		JsonNode wrong = Http.put(triggers, "{\"emailSentToCustomer\":{\"enabled\":true,\"statusId\":\"" + pipeline().get(0).id()
				+ "\"}}").error(400, "VALIDATION_ERROR");
		assertEquals(List.of("automation.parameters-valid"), codes(wrong));
	}

	private static List<String> labels(JsonNode chains) {
		List<String> labels = new ArrayList<>();
		chains.forEach(c -> labels.add(c.path("label").asText()));
		return labels;
	}

	@Test
	void chatTicketsRunOnlyRulesThatNameTheChatSource() {
		List<StatusInfo> s = pipeline();
		String p = s.get(0).pipelineId();
		JsonNode any = createRule(p, "{" + enteredStatus(s.get(1))
				+ ",\"actions\":[{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"any\"}}]}");
		JsonNode chat = createRule(p, "{" + enteredStatus(s.get(1)) + ",\"sources\":[\"CHAT\"]"
				+ ",\"actions\":[{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"chat\"}}]}");
		Ticket fromChat = ticket(s.get(0), Map.of("subject", "hi", "source_type", "CHAT"));
		Ticket fromEmail = ticket(s.get(0), Map.of("subject", "hello", "source_type", "EMAIL"));
		move(fromChat, s.get(1));
		move(fromEmail, s.get(1));
		assertEquals(fromChat.id(), finishedRuns(chat.path("id").asText(), 1).get(0).path("ticketId").asLong());
		assertEquals(fromEmail.id(), finishedRuns(any.path("id").asText(), 1).get(0).path("ticketId").asLong());
		assertEquals(1, runs(chat.path("id").asText()).size());
		assertEquals(1, runs(any.path("id").asText()).size());
	}

	@Test
	void statusUpdateTriggersMoveTheTicketWhenAnEmailIsSentAndWhenTheCustomerReplies() {
		List<StatusInfo> s = pipeline();
		String p = s.get(0).pipelineId();
		Http.put(BASE + "/pipelines/" + p + "/status-update-triggers", "{\"emailSentToCustomer\":{\"enabled\":true,"
				+ "\"statusId\":\"" + s.get(1).id() + "\"},\"customerReplied\":{\"enabled\":true,\"statusId\":\""
				+ s.get(2).id() + "\"}}").ok(200);
		Ticket ticket = ticket(s.get(0), Map.of("subject", "Mail"));
		org.pipedesk.automation.api.AutomationEvents events = Osgi.service(org.pipedesk.automation.api.AutomationEvents.class);
		events.publish(new org.pipedesk.core.api.DomainEvent.EmailSentToCustomer(reload(ticket), "m1",
				java.time.Instant.now()));
		await("the ticket moved on the email sent", () -> s.get(1).id().equals(reload(ticket).statusId()));
		events.publish(new org.pipedesk.core.api.DomainEvent.CustomerReplied(reload(ticket), "m2",
				java.time.Instant.now()));
		await("the ticket moved on the reply", () -> s.get(2).id().equals(reload(ticket).statusId()));
	}

	@Test
	void templatesAreEditableResettableAndEscapedInThePreview() {
		String templates = BASE + "/templates";
		JsonNode all = Http.get(templates).ok(200).path("results");
		JsonNode received = find(all, "ticket-received");
		assertTrue(received.path("builtIn").asBoolean());
		assertFalse(received.path("marketing").asBoolean());
		find(all, "ticket-closed");
		String defaultSubject = received.path("subject").asText();

		JsonNode edited = Http.put(templates + "/ticket-received", "{\"name\":\"Ticket received\",\"subject\":"
				+ "\"Got it: {{ticket.subject}}\",\"body\":\"<p>{{ticket.subject}} for {{contact.firstname}}</p>\"}").ok(200);
		assertTrue(edited.path("edited").asBoolean());
		JsonNode marketing = Http.put(templates + "/ticket-received", "{\"name\":\"x\",\"subject\":\"x\",\"body\":\"x\","
				+ "\"marketing\":true}").error(400, "VALIDATION_ERROR");
		assertEquals(List.of("template.built-in-transactional"), codes(marketing));

		List<StatusInfo> s = pipeline();
		Ticket ticket = ticket(s.get(0), Map.of("subject", "<script>alert(1)</script>"));
		JsonNode preview = Http.post(templates + "/ticket-received/preview", "{\"ticketId\":" + ticket.id()
				+ ",\"contact\":{\"email\":\"a@example.org\",\"firstName\":\"Ada & Co\"}}").ok(200);
		assertEquals("Got it: <script>alert(1)</script>", preview.path("subject").asText());
		assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; for Ada &amp; Co</p>", preview.path("html").asText());

		JsonNode reset = Http.post(templates + "/ticket-received/reset", null).ok(200);
		assertEquals(defaultSubject, reset.path("subject").asText());
		assertFalse(reset.path("edited").asBoolean());

		JsonNode custom = Http.post(templates, "{\"name\":\"Promo\",\"subject\":\"Offer\",\"body\":\"<p>Hi</p>\","
				+ "\"marketing\":true}").ok(201);
		assertTrue(custom.path("marketing").asBoolean());
		assertFalse(custom.path("builtIn").asBoolean());
		Http.delete(templates + "/ticket-closed").error(409, "CONFLICT");
		Http.delete(templates + "/" + custom.path("id").asText()).ok(204);
		Http.get(templates + "/" + custom.path("id").asText()).error(404, "OBJECT_NOT_FOUND");
		JsonNode nameless = Http.post(templates, "{\"subject\":\"s\",\"body\":\"b\"}").error(400, "VALIDATION_ERROR");
		assertEquals(List.of("template.name-required"), codes(nameless));
	}

	@Test
	void sendEmailUsesTheMailChannelAndSkipsMarketingForNonMarketingContacts() {
		List<org.pipedesk.automation.api.OutboundMail.MailMessage> sent = new CopyOnWriteArrayList<>();
		ServiceRegistration<org.pipedesk.automation.api.ContactDirectory> directory = context().registerService(
				org.pipedesk.automation.api.ContactDirectory.class,
				ticket -> java.util.Optional.of(new org.pipedesk.automation.api.ContactDirectory.Contact(
						"c" + ticket.id() + "@example.org", "Cy", "Doe",
						ticket.properties().getOrDefault("subject", "").startsWith("M"))),
				// ranked above the email channel's directory (whose contacts come from mail): these tickets have none
				new java.util.Hashtable<>(java.util.Map.of(org.osgi.framework.Constants.SERVICE_RANKING, Integer.MAX_VALUE)));
		ServiceRegistration<org.pipedesk.automation.api.OutboundMail> mail = context().registerService(
				org.pipedesk.automation.api.OutboundMail.class, message -> {
					sent.add(message);
					return "msg-" + sent.size();
				}, // ranked above the email channel's, which the send action would otherwise keep using
				new java.util.Hashtable<>(java.util.Map.of(org.osgi.framework.Constants.SERVICE_RANKING, Integer.MAX_VALUE)));
		try {
			Http.post(BASE + "/templates/ticket-received/reset", null).ok(200);
			List<StatusInfo> s = pipeline();
			String promo = Http.post(BASE + "/templates", "{\"name\":\"Promo\",\"subject\":\"Offer for {{contact.firstname}}\","
					+ "\"body\":\"<p>Hi</p>\",\"marketing\":true}").ok(201).path("id").asText();
			JsonNode rule = createRule(s.get(0).pipelineId(), "{" + enteredStatus(s.get(1)) + ",\"actions\":["
					+ "{\"actionType\":\"email.send-template\",\"parameters\":{\"templateId\":\"ticket-received\"}},"
					+ "{\"actionType\":\"email.send-template\",\"parameters\":{\"templateId\":\"" + promo + "\"}}]}");
			Ticket plain = ticket(s.get(0), Map.of("subject", "plain"));
			move(plain, s.get(1));
			JsonNode run = finishedRuns(rule.path("id").asText(), 1).get(0);
			assertEquals(List.of("DONE", "SKIPPED"), states(run));
			assertTrue(run.path("actions").get(1).path("outcome").asText().contains("is not a marketing contact"),
					run.toString());
			assertEquals(1, sent.size());
			assertEquals("c" + plain.id() + "@example.org", sent.get(0).to());
			assertEquals("We received your request: plain", sent.get(0).subject());
			assertEquals(plain.id(), sent.get(0).ticketId());

			Ticket subscriber = ticket(s.get(0), Map.of("subject", "Marketing welcome"));
			move(subscriber, s.get(1));
			assertEquals(List.of("DONE", "DONE"), states(finishedRuns(rule.path("id").asText(), 2).get(0)));
			assertEquals(3, sent.size());
			assertEquals("Offer for Cy", sent.get(2).subject());
			JsonNode unknown = Http.post(BASE + "/pipelines/" + s.get(0).pipelineId() + "/rules", "{" + enteredStatus(s.get(1))
					+ ",\"actions\":[{\"actionType\":\"email.send-template\",\"parameters\":{\"templateId\":\"nope\"}}]}")
					.error(400, "VALIDATION_ERROR");
			assertEquals(List.of("automation.parameters-valid"), codes(unknown));
		} finally {
			mail.unregister();
			directory.unregister();
		}
	}
}
