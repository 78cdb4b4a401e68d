package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.pipedesk.automation.api.ActionContext;
import org.pipedesk.automation.api.ActionHandler;
import org.pipedesk.automation.api.ActionOutcome;
import org.pipedesk.automation.api.ActionType;
import org.pipedesk.automation.api.TypeDescriptor;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.api.NewPipeline;
import org.pipedesk.core.api.NewStatus;
import org.pipedesk.core.api.NewTicket;
import org.pipedesk.core.api.PipelineService;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.TicketChange;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.TicketState;

/**
 * On demand only ({@code ./mvnw -B clean verify -Dpipedesk.bench.automation=true}): rule runs per second through the
 * real engine and queue, and the latency from a status change to its action executing (p50, p99), idle and under a
 * steady load. The bench's action only notes when it ran (no polling of the API, no sleeping between checks), so the
 * measurement costs next to nothing. System properties (through {@code -Dtycho.testArgLine=...}):
 * {@code pipedesk.bench.automation.runs} (4000), {@code .loadRate} (changes per second of the steady load, 500),
 * {@code .loadSeconds} (10), and {@code .threads}, {@code .batchSize}, {@code .batchMillis} for the worker (its
 * defaults otherwise).
 */
@org.junit.jupiter.api.extension.ExtendWith(RunAsSystem.class)
class AutomationBenchIT {
	private static final Caller BENCH = Caller.system("bench");
	private final PipelineService pipelines = Osgi.service(PipelineService.class);
	private final TicketService tickets = Osgi.service(TicketService.class);
	/** Per ticket: how often its action ran, and when it first ran (nanoTime). */
	private final Map<Long, AtomicInteger> runsPerTicket = new ConcurrentHashMap<>();
	private final Map<Long, CompletableFuture<Long>> executedAt = new ConcurrentHashMap<>();
	private final AtomicInteger done = new AtomicInteger();
	private volatile CountDownLatch gate = new CountDownLatch(0);

	@Test
	void runsPerSecondAndLatency() throws Exception {
		assumeTrue(Boolean.getBoolean("pipedesk.bench.automation"), "benchmark runs on demand only");
		Configuration workerConfiguration = configureWorker();
		List<StatusInfo> s = pipelines.create(new NewPipeline("Bench " + UUID.randomUUID(), null,
				List.of(new NewStatus("A", null, TicketState.OPEN), new NewStatus("B", null, TicketState.OPEN),
						new NewStatus("C", null, TicketState.OPEN), new NewStatus("Done", null, TicketState.CLOSED))))
				.statuses();
		StatusInfo a = s.get(0), b = s.get(1), c = s.get(2);
		String type = "bench.count-" + UUID.randomUUID();
		ServiceRegistration<ActionType> registration = context().registerService(ActionType.class,
				countingAction(type), null);
		try {
			Http.post("/pipedesk/v1/automation/pipelines/" + a.pipelineId() + "/rules",
					"{\"triggerType\":\"ticket.entered-status\",\"triggerParameters\":{\"statusId\":\"" + b.id()
							+ "\"},\"actions\":[{\"actionType\":\"" + type + "\"}]}")
					.ok(201);
			int n = Integer.getInteger("pipedesk.bench.automation.runs", 4000);
			int loadRate = Integer.getInteger("pipedesk.bench.automation.loadRate", 500);
			int loadSeconds = Integer.getInteger("pipedesk.bench.automation.loadSeconds", 10);
			int singles = 300;
			String loadBefore = loadAverage();
			List<String> report = new ArrayList<>();

			// 1. reference: the same moves into a status no rule waits for (core's change and the outbox matching)
			List<Long> throughputTickets = create(a, n);
			long cpu = cpuMillis();
			double alone = seconds(() -> moveInBatches(throughputTickets, c));
			report.add(String.format("changes alone: %d moves in batches of 100 into a status without rules: %.2f s"
					+ " = %.0f changes/s, %.2f ms CPU each", n, alone, n / alone, (cpuMillis() - cpu) / (double) n));

			// 2. end to end: the moves fire the rule; from the first move until every action ran
			cpu = cpuMillis();
			long start = System.nanoTime();
			moveInBatches(throughputTickets, b);
			double moves = (System.nanoTime() - start) / 1e9;
			int doneByThen = done.get();
			awaitDone(n);
			double endToEnd = (System.nanoTime() - start) / 1e9;
			report.add(String.format("end to end: %d moves in batches of 100 firing a one-action rule, until every"
					+ " action ran: %.2f s = %.0f runs/s (the moves took %.2f s, %d actions had run by then),"
					+ " %.2f ms CPU per change and run", n, endToEnd, n / endToEnd, moves, doneByThen,
					(cpuMillis() - cpu) / (double) n));

			// 3. the engine alone: n jobs queued while the action waits at a gate, then released
			List<Long> drainTickets = create(a, n);
			gate = new CountDownLatch(1);
			moveInBatches(drainTickets, b);
			cpu = cpuMillis();
			start = System.nanoTime();
			gate.countDown();
			awaitDone(2 * n);
			double drain = (System.nanoTime() - start) / 1e9;
			report.add(String.format("queue drain: %d queued jobs, from their release until every action ran: %.2f s"
					+ " = %.0f runs/s, %.2f ms CPU per run", n, drain, n / drain, (cpuMillis() - cpu) / (double) n));

			// 4. latency, idle: one move at a time, from the call of the move to its action executing
			List<Long> idleTickets = create(a, singles);
			long[] idle = new long[singles];
			long[] idleCommitted = new long[singles];
			for (int i = 0; i < singles; i++) {
				long ticketId = idleTickets.get(i);
				long before = System.nanoTime();
				CallerContext.runAs(BENCH, () -> tickets.move(ticketId, b.id(), null));
				long committed = System.nanoTime();
				long executed = future(ticketId).get(30, TimeUnit.SECONDS);
				idle[i] = executed - before;
				idleCommitted[i] = Math.max(0, executed - committed);
			}
			report.add("latency idle, " + singles + " single moves one at a time, to the action executing: from the"
					+ " call of the move " + percentiles(idle) + "; from its return (committed) "
					+ percentiles(idleCommitted));

			// 5. latency under a steady load: small batches of moves at a fixed rate, each move's latency
			report.add(latencyUnderLoad(a, b, loadRate, loadSeconds));

			int total = 2 * n + singles + loadRate * loadSeconds;
			String result = String.format("AUTOMATION BENCH (%s, %d cores, load average %s before, %s after;"
					+ " worker %s)%n  %s", database(), Runtime.getRuntime().availableProcessors(), loadBefore,
					loadAverage(), workerSettings(), String.join("\n  ", report));
			System.out.println(result);
			awaitDone(total);
			assertEquals(total, runsPerTicket.size(), "an action for every change");
			assertTrue(runsPerTicket.values().stream().allMatch(count -> count.get() == 1),
					"every action exactly once");
		} finally {
			gate.countDown();
			registration.unregister();
			workerConfiguration.delete();
		}
	}

	/** The worker with the bench's settings (given ones, else the defaults) and a marker to wait for. */
	private static Configuration configureWorker() throws IOException {
		Configuration configuration = Osgi.service(ConfigurationAdmin.class).getConfiguration("org.pipedesk.automation",
				"?");
		Hashtable<String, Object> properties = new Hashtable<>();
		String marker = UUID.randomUUID().toString();
		properties.put("bench", marker);
		for (String name : List.of("threads", "batchSize", "batchMillis")) {
			Integer value = Integer.getInteger("pipedesk.bench.automation." + name);
			if (value != null) {
				properties.put(name, value);
			}
		}
		configuration.update(properties);
		AutomationIT.await("the worker with the bench's configuration", () -> {
			try {
				return context().getServiceReferences("org.pipedesk.automation.internal.AutomationWorker",
						"(bench=" + marker + ")") != null
						&& context().getServiceReferences("org.pipedesk.core.spi.TransactionalEventListener",
								null) != null
						&& AutomationIT.apiAnswers();
			} catch (InvalidSyntaxException e) {
				throw new AssertionError(e);
			}
		});
		return configuration;
	}

	private static String workerSettings() {
		ServiceReference<?> worker = context()
				.getServiceReference("org.pipedesk.automation.internal.AutomationWorker");
		List<String> settings = new ArrayList<>();
		for (String name : List.of("threads", "batchSize", "batchMillis")) {
			Object value = worker == null ? null : worker.getProperty(name);
			settings.add(name + " " + (value == null ? "default" : value));
		}
		return String.join(", ", settings);
	}

	private ActionType countingAction(String type) {
		return new ActionType() {
			@Override
			public TypeDescriptor descriptor() {
				return new TypeDescriptor(type, "Count", "Notes when it ran", List.of());
			}

			@Override
			public ActionHandler createHandler(Map<String, String> parameters) {
				return new ActionHandler() {
					@Override
					public ActionOutcome execute(ActionContext context) throws InterruptedException {
						gate.await();
						long ticketId = context.ticket().id();
						future(ticketId).complete(System.nanoTime());
						runsPerTicket.computeIfAbsent(ticketId, id -> new AtomicInteger()).incrementAndGet();
						done.incrementAndGet();
						return ActionOutcome.done("counted");
					}

					@Override
					public String preview(ActionContext context) {
						return "count";
					}
				};
			}
		};
	}

	private CompletableFuture<Long> future(long ticketId) {
		return executedAt.computeIfAbsent(ticketId, id -> new CompletableFuture<>());
	}

	private String latencyUnderLoad(StatusInfo from, StatusInfo to, int rate, int seconds) throws Exception {
		int perTick = Math.max(1, rate / 100); // every 10 ms
		int ticks = seconds * 100;
		List<Long> loadTickets = create(from, perTick * ticks);
		long[] sentAt = new long[loadTickets.size()];
		long[] committedAt = new long[loadTickets.size()];
		AtomicInteger tick = new AtomicInteger();
		CountDownLatch finished = new CountDownLatch(1);
		ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
		long cpu = cpuMillis();
		long start = System.nanoTime();
		load.scheduleAtFixedRate(() -> {
			int t = tick.getAndIncrement();
			if (t >= ticks) {
				finished.countDown();
				return;
			}
			List<TicketService.TicketUpdate> updates = new ArrayList<>();
			long now = System.nanoTime();
			for (int i = t * perTick; i < (t + 1) * perTick; i++) {
				sentAt[i] = now;
				updates.add(new TicketService.TicketUpdate(loadTickets.get(i),
						new TicketChange(null, to.id(), Map.of(), null)));
			}
			CallerContext.callAs(BENCH, () -> tickets.updateAll(updates));
			long committed = System.nanoTime();
			for (int i = t * perTick; i < (t + 1) * perTick; i++) {
				committedAt[i] = committed;
			}
		}, 0, 10, TimeUnit.MILLISECONDS);
		try {
			assertTrue(finished.await(seconds * 10L + 60, TimeUnit.SECONDS), "the load ran");
		} finally {
			load.shutdownNow();
		}
		double loadTime = (System.nanoTime() - start) / 1e9;
		long[] latencies = new long[loadTickets.size()];
		long[] fromCommit = new long[loadTickets.size()];
		for (int i = 0; i < latencies.length; i++) {
			long executed = future(loadTickets.get(i)).get(60, TimeUnit.SECONDS);
			latencies[i] = executed - sentAt[i];
			fromCommit[i] = Math.max(0, executed - committedAt[i]);
		}
		return String.format("latency under load, %d changes as %d moves per transaction every 10 ms (%.0f changes/s"
				+ " achieved over %.1f s, %.2f ms CPU per change and run), to the action executing: from the call of"
				+ " the move %s; from its return (committed) %s", latencies.length, perTick,
				latencies.length / loadTime, loadTime, (cpuMillis() - cpu) / (double) latencies.length,
				percentiles(latencies), percentiles(fromCommit));
	}

	private List<Long> create(StatusInfo status, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i += 100) {
			List<NewTicket> batch = new ArrayList<>();
			for (int j = i; j < Math.min(count, i + 100); j++) {
				batch.add(new NewTicket(status.pipelineId(), status.id(), Map.of("subject", "b" + j)));
			}
			CallerContext.callAs(BENCH, () -> tickets.createAll(batch)).results().forEach(t -> ids.add(t.id()));
		}
		return ids;
	}

	private void moveInBatches(List<Long> ids, StatusInfo to) {
		for (int i = 0; i < ids.size(); i += 100) {
			List<TicketService.TicketUpdate> updates = ids.subList(i, Math.min(ids.size(), i + 100)).stream()
					.map(id -> new TicketService.TicketUpdate(id, new TicketChange(null, to.id(), Map.of(), null)))
					.toList();
			assertTrue(CallerContext.callAs(BENCH, () -> tickets.updateAll(updates)).errors().isEmpty());
		}
	}

	private void awaitDone(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (done.get() < count) {
			assertTrue(System.nanoTime() < deadline, "only " + done.get() + " of " + count + " actions ran");
			Thread.sleep(1);
		}
	}

	private static double seconds(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1e9;
	}

	private static String percentiles(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
	}

	/** CPU time of this whole JVM (every thread, GC and compilers included), from Linux's /proc. */
	private static long cpuMillis() {
		try {
			String[] fields = Files.readString(Path.of("/proc/self/stat")).replaceFirst(".*\\) ", "").split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime, stime in 1/100 s
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		} catch (IOException e) {
			return "?";
		}
	}

	private static String database() {
		String url = System.getProperty("pipedesk.db.url", "");
		return url.contains("postgresql") ? "PostgreSQL" : "H2";
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(AutomationBenchIT.class).getBundleContext();
	}
}
