package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.pipedesk.automation.api.ActionContext;
import org.pipedesk.automation.api.ActionHandler;
import org.pipedesk.automation.api.ActionOutcome;
import org.pipedesk.automation.api.ActionType;
import org.pipedesk.automation.api.TypeDescriptor;
import org.pipedesk.core.api.BatchResult;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.api.NewPipeline;
import org.pipedesk.core.api.NewStatus;
import org.pipedesk.core.api.NewTicket;
import org.pipedesk.core.api.PipelineService;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketChange;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.TicketState;

/**
 * On demand only ({@code ./mvnw -B clean verify -Dpipedesk.bench.automation=true}): rule runs per second through
 * the real engine and queue, and the latency from a status change to its action executing (p50, p99).
 */
@org.junit.jupiter.api.extension.ExtendWith(RunAsSystem.class)
class AutomationBenchIT {
	private static final Caller BENCH = Caller.system("bench");

	@Test
	void runsPerSecondAndLatency() throws Exception {
		assumeTrue(Boolean.getBoolean("pipedesk.bench.automation"), "benchmark runs on demand only");
		AutomationIT.await("the automation API", AutomationIT::apiAnswers);
		PipelineService pipelines = Osgi.service(PipelineService.class);
		TicketService tickets = Osgi.service(TicketService.class);
		List<StatusInfo> s = pipelines.create(new NewPipeline("Bench " + UUID.randomUUID(), null,
				List.of(new NewStatus("A", null, TicketState.OPEN), new NewStatus("B", null, TicketState.OPEN),
						new NewStatus("Done", null, TicketState.CLOSED))))
				.statuses();
		String type = "bench.count-" + UUID.randomUUID();
		AtomicInteger done = new AtomicInteger();
		Map<Long, Long> executedAt = new ConcurrentHashMap<>();
		ServiceRegistration<ActionType> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
				.registerService(ActionType.class, new ActionType() {
					@Override
					public TypeDescriptor descriptor() {
						return new TypeDescriptor(type, "Count", "Counts", List.of());
					}

					@Override
					public ActionHandler createHandler(Map<String, String> parameters) {
						return new ActionHandler() {
							@Override
							public ActionOutcome execute(ActionContext context) {
								executedAt.putIfAbsent(context.ticket().id(), System.nanoTime());
								done.incrementAndGet();
								return ActionOutcome.done("counted");
							}

							@Override
							public String preview(ActionContext context) {
								return "count";
							}
						};
					}
				}, null);
		try {
			Http.post("/pipedesk/v1/automation/pipelines/" + s.get(0).pipelineId() + "/rules",
					"{\"triggerType\":\"ticket.entered-status\",\"triggerParameters\":{\"statusId\":\"" + s.get(1).id()
							+ "\"},\"actions\":[{\"actionType\":\"" + type + "\"}]}")
					.ok(201);
			int n = Integer.getInteger("pipedesk.bench.automation.runs", 4000);
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < n; i += 100) {
				List<NewTicket> batch = new ArrayList<>();
				for (int j = i; j < Math.min(n, i + 100); j++) {
					batch.add(new NewTicket(s.get(0).pipelineId(), s.get(0).id(), Map.of("subject", "b" + j)));
				}
				BatchResult<Ticket> created = CallerContext.callAs(BENCH, () -> tickets.createAll(batch));
				created.results().forEach(t -> ids.add(t.id()));
			}
			// throughput: every ticket moved in batches of 100 (one transaction each), then wait for every run
			long start = System.nanoTime();
			for (int i = 0; i < ids.size(); i += 100) {
				List<TicketService.TicketUpdate> updates = ids.subList(i, Math.min(ids.size(), i + 100)).stream()
						.map(id -> new TicketService.TicketUpdate(id, new TicketChange(null, s.get(1).id(), Map.of(), null)))
						.toList();
				CallerContext.callAs(BENCH, () -> tickets.updateAll(updates));
			}
			long moved = System.nanoTime();
			int doneWhenMoved = done.get();
			AutomationIT.await("every bench run", () -> done.get() >= n);
			long end = System.nanoTime();
			double seconds = (end - start) / 1e9;
			double moveSeconds = (moved - start) / 1e9;
			double drainRate = (n - doneWhenMoved) / ((end - moved) / 1e9);
			// latency: single moves, one at a time, from the call to the action executing
			int singles = 300;
			long[] latencies = new long[singles];
			for (int i = 0; i < singles; i++) {
				Ticket ticket = CallerContext.callAs(BENCH,
						() -> tickets.create(s.get(0).pipelineId(), s.get(0).id(), Map.of("subject", "l")));
				long before = System.nanoTime();
				CallerContext.runAs(BENCH, () -> tickets.move(ticket.id(), s.get(1).id(), null));
				AutomationIT.await("run of " + ticket.id(), () -> executedAt.containsKey(ticket.id()));
				latencies[i] = executedAt.get(ticket.id()) - before;
			}
			Arrays.sort(latencies);
			String result = String.format(
					"AUTOMATION BENCH (%s): %d runs in %.2f s = %.0f runs/s end to end (the %d moves took %.2f s, %d actions done by then; the rest drained at %.0f runs/s); status change to action executed over %d single moves: p50 %.1f ms, p99 %.1f ms",
					System.getProperty("pipedesk.db.url", "H2"), n, seconds, n / seconds, n, moveSeconds, doneWhenMoved,
					drainRate, singles,
					latencies[singles / 2] / 1e6, latencies[(int) (singles * 0.99)] / 1e6);
			System.out.println(result);
			assertEquals(n + singles, done.get(), "every action exactly once");
		} finally {
			registration.unregister();
		}
	}
}
