package org.pipedesk.server.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * Exactly once across a restart of the whole server (issue 4, point 9): chains of three actions are queued for 40
 * tickets; the middle action (a webhook) hangs, so when the server is stopped (SIGTERM, the framework stops) or
 * killed (SIGKILL) every chain is part done. After a start on the same database every chain finishes and each
 * note (a database effect) exists exactly once; the webhook (outside the database) is at least once, with the same
 * idempotency key on a repeat.
 */
class AutomationRestartIT {
	private static final int TICKETS = 40;

	private HttpServer receiver;
	private ExecutorService receiverThreads;
	private final Map<String, AtomicInteger> callsByKey = new ConcurrentHashMap<>();
	private final AtomicInteger callsWhileHanging = new AtomicInteger();
	private volatile CountDownLatch hang = new CountDownLatch(1);

	@BeforeEach
	void startWebhookReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiverThreads = Executors.newCachedThreadPool();
		receiver.setExecutor(receiverThreads);
		receiver.createContext("/hook", exchange -> {
			exchange.getRequestBody().readAllBytes();
			String key = exchange.getRequestHeaders().getFirst("X-Pipedesk-Idempotency-Key");
			callsByKey.computeIfAbsent(String.valueOf(key), k -> new AtomicInteger()).incrementAndGet();
			CountDownLatch latch = hang;
			if (latch.getCount() > 0) {
				callsWhileHanging.incrementAndGet();
				try {
					latch.await(120, TimeUnit.SECONDS); // until the server is gone
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
	}

	@AfterEach
	void stopWebhookReceiver() {
		hang.countDown();
		receiver.stop(0);
		receiverThreads.shutdownNow();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "stop", "kill" })
	void everyActionRunsOnceWhenTheServerStopsMidQueueAndStartsAgain(String how) throws Exception {
		try (ServerProcess server = new ServerProcess("automation-restart-" + how)) {
			String automation = "/pipedesk/v1/automation";
			server.start(automation + "/action-types");
			Api api = server.api();
			String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
			JsonNode rule = api.post(automation + "/pipelines/0/rules", "{\"label\":\"Restart\","
					+ "\"triggerType\":\"ticket.entered-status\",\"triggerParameters\":{\"statusId\":\"3\"},\"actions\":["
					+ "{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"first\"}},"
					+ "{\"actionType\":\"webhook\",\"parameters\":{\"url\":\"" + hook + "\",\"secret\":\"s\"}},"
					+ "{\"actionType\":\"ticket.add-note\",\"parameters\":{\"text\":\"second\"}}]}", 201);
			String ruleId = rule.path("id").asText();

			StringBuilder inputs = new StringBuilder();
			for (int i = 0; i < TICKETS; i++) {
				inputs.append(i == 0 ? "" : ",").append("{\"properties\":{\"subject\":\"Restart ").append(i)
						.append("\",\"hs_pipeline\":\"0\",\"hs_pipeline_stage\":\"3\"}}");
			}
			JsonNode created = api.post("/crm/v3/objects/tickets/batch/create", "{\"inputs\":[" + inputs + "]}", 201);
			List<String> ticketIds = new ArrayList<>();
			created.path("results").forEach(t -> ticketIds.add(t.path("id").asText()));
			assertEquals(TICKETS, ticketIds.size());

			// Mid-queue: a webhook hangs, so chains stand between their first and last action.
			ServerProcess.await("a webhook call", Duration.ofSeconds(60), () -> callsWhileHanging.get() > 0);
			Map<String, List<String>> before = notes(api, ticketIds);
			long firsts = before.values().stream().flatMap(List::stream).filter("first"::equals).count();
			long seconds = before.values().stream().flatMap(List::stream).filter("second"::equals).count();
			assertTrue(firsts > 0 && seconds == 0, "not mid-queue: " + before);

			if (how.equals("stop")) {
				server.stop();
			} else {
				server.kill();
			}
			hang.countDown(); // the webhook answers at once from now on
			hang = new CountDownLatch(0);

			server.start(automation + "/action-types");
			ServerProcess.await("every run of rule " + ruleId + " to finish", Duration.ofSeconds(120), () -> {
				JsonNode runs = api.get(automation + "/runs?limit=100&ruleId=" + ruleId).path("results");
				int finished = 0;
				for (JsonNode run : runs) {
					finished += run.path("finishedAt").isTextual() ? 1 : 0;
				}
				return finished == TICKETS;
			});

			for (JsonNode run : api.get(automation + "/runs?limit=100&ruleId=" + ruleId).path("results")) {
				assertEquals("DONE", run.path("state").asText(), run.toString());
			}
			Map<String, List<String>> after = notes(api, ticketIds);
			for (String ticketId : ticketIds) {
				List<String> texts = new ArrayList<>(after.get(ticketId));
				texts.sort(null);
				assertEquals(List.of("first", "second"), texts, "notes of ticket " + ticketId);
			}
			// Outside the database: every chain's webhook was called, a repeat only with the same key.
			assertEquals(TICKETS, callsByKey.size(), callsByKey.toString());
		}
	}

	private static Map<String, List<String>> notes(Api api, List<String> ticketIds) {
		Map<String, List<String>> notes = new HashMap<>();
		for (String ticketId : ticketIds) {
			List<String> texts = new ArrayList<>();
			api.get("/pipedesk/v1/automation/tickets/" + ticketId + "/notes").path("results")
					.forEach(n -> texts.add(n.path("body").asText()));
			notes.put(ticketId, texts);
		}
		return notes;
	}
}
