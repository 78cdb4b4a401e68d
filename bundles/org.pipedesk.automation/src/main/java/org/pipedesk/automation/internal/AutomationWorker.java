package org.pipedesk.automation.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.pipedesk.automation.api.ActionContext;
import org.pipedesk.automation.api.ActionOutcome;
import org.pipedesk.automation.api.ActionType;
import org.pipedesk.automation.api.AutomationEvent;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PipedeskException;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.core.spi.StoreTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes the durable job queue. A dispatcher thread picks due jobs (woken after each commit that queued some, and
 * every {@code pollMillis} for retries and jobs queued by other nodes); worker threads execute them, each in ONE
 * store transaction as {@code Caller.system("automation")}: take the job (its row stays locked), run the action
 * (core calls join the transaction), mark it done and make the next job of the chain due. So an action's database
 * effects and its "done" commit together: after a crash or a stop the job is simply pending again, and no action
 * completes twice. A failed attempt rolls back and is recorded in a new transaction: retried with exponential
 * backoff up to {@code maxAttempts}, then FAILED, and the chain goes on with the next action (one broken action
 * stops neither its rule's other actions nor other rules). Rule errors (a status property missing, a ticket
 * deleted) are not retried. An attempt that outlives {@code actionTimeoutMillis} is rolled back as timed out.
 */
@Component(service = AutomationWorker.class, configurationPid = AutomationWorker.PID,
		configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class AutomationWorker {
	public static final String PID = "org.pipedesk.automation";
	static final Caller AUTOMATION = Caller.system("automation");
	private static final Logger LOG = LoggerFactory.getLogger(AutomationWorker.class);

	@ObjectClassDefinition(name = "Pipedesk automation worker")
	public @interface Config {
		@AttributeDefinition(description = "Threads executing actions (each waits on the database most of the time)")
		int threads() default 4;

		@AttributeDefinition(description = "Attempts of an action before it fails for good")
		int maxAttempts() default 5;

		@AttributeDefinition(description = "Wait before the first retry; doubled for each further one")
		long retryBackoffMillis() default 1000;

		@AttributeDefinition(description = "Time an action may take per attempt")
		long actionTimeoutMillis() default 30000;

		@AttributeDefinition(description = "How often the queue is checked for due retries and other nodes' jobs")
		long pollMillis() default 500;
	}

	private final DeskStore store;
	private final AutomationTypes types;
	private final TicketService tickets;
	private final Config config;
	private final Clock clock = Clock.systemUTC();
	private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
	private final Semaphore wakeUp = new Semaphore(0);
	private final ExecutorService executors;
	private final ScheduledExecutorService timer;
	private final Thread dispatcher;
	private volatile boolean running = true;
	/** The queue is read again when fewer jobs than this are queued or running in this process. */
	private final int lowWaterMark;

	@Activate
	public AutomationWorker(@Reference DeskStore store, @Reference AutomationTypes types,
			@Reference TicketService tickets, Config config) {
		this.store = store;
		this.types = types;
		this.tickets = tickets;
		this.config = config;
		this.lowWaterMark = Math.max(8, config.threads() * 4);
		this.executors = Executors.newFixedThreadPool(Math.max(1, config.threads()),
				Thread.ofPlatform().name("pipedesk-automation-", 1).daemon().factory());
		this.timer = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().name("pipedesk-automation-timeouts").daemon().factory());
		this.dispatcher = Thread.ofPlatform().name("pipedesk-automation-dispatcher").daemon().start(this::dispatch);
	}

	@Deactivate
	void stop() throws InterruptedException {
		running = false;
		wakeUp.release();
		dispatcher.join(5000);
		executors.shutdown();
		if (!executors.awaitTermination(10, TimeUnit.SECONDS)) {
			LOG.warn("Automation actions still running at stop; their transactions roll back and they run again");
			executors.shutdownNow();
		}
		timer.shutdownNow();
	}

	/** Checks the queue now (after a commit that queued jobs). */
	void wake() {
		wakeUp.release();
	}

	private void dispatch() {
		while (running) {
			try {
				wakeUp.tryAcquire(config.pollMillis(), TimeUnit.MILLISECONDS);
				wakeUp.drainPermits();
				if (!running) {
					return;
				}
				if (inFlight.size() > lowWaterMark) {
					continue; // enough work queued: read the queue again once the workers have drained it
				}
				List<Long> due = store.inTransaction(tx -> JobQueue.dueJobs(connection(tx), clock.instant(), 200));
				for (Long jobId : due) {
					if (inFlight.add(jobId)) {
						executors.execute(() -> executeAndWakeDispatcher(jobId));
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (RuntimeException e) {
				LOG.warn("Automation queue could not be read; trying again", e);
			}
		}
	}

	private void executeAndWakeDispatcher(long jobId) {
		try {
			if (!running) {
				return; // stopping: queued jobs stay pending in the database for the next start
			}
			execute(jobId);
		} finally {
			inFlight.remove(jobId);
			wakeUp.release(); // the next job of the chain may be due now
		}
	}

	/** Marker: the action type is gone for now; the job waits without using up an attempt. */
	private static final class TypeUnavailable extends RuntimeException {
		private static final long serialVersionUID = 1L;

		TypeUnavailable(String message) {
			super(message, null, false, false);
		}
	}

	private static final class TimedOut extends RuntimeException {
		private static final long serialVersionUID = 1L;

		TimedOut(String message) {
			super(message, null, false, false);
		}
	}

	void execute(long jobId) {
		AtomicBoolean timedOut = new AtomicBoolean();
		long timeout = config.actionTimeoutMillis();
		ScheduledFuture<?> timeoutTask = timer.schedule(() -> timedOut.set(true), timeout, TimeUnit.MILLISECONDS);
		long started = System.nanoTime();
		try {
			CallerContext.runAs(AUTOMATION, () -> store.inTransaction(tx -> {
				Connection c = connection(tx);
				Optional<JobQueue.Job> taken = JobQueue.take(c, jobId);
				if (taken.isEmpty()) {
					return null; // done meanwhile (another worker or node)
				}
				JobQueue.Job job = taken.get();
				JobQueue.Run run = JobQueue.run(c, job.runId()).orElseThrow();
				ActionType type = types.action(job.actionType())
						.orElseThrow(() -> new TypeUnavailable("Action type " + job.actionType() + " is not available"));
				Ticket ticket;
				try {
					ticket = tickets.get(run.ticketId());
				} catch (NotFoundException e) {
					JobQueue.finish(c, job, JobQueue.SKIPPED, job.attempts() + 1, millisSince(started),
							"Ticket " + run.ticketId() + " no longer exists", null, clock.instant());
					return null;
				}
				ActionContext context = new ActionContext(ticket, event(c, run, ticket), run.pipelineId(), run.ruleId(),
						job.actionId(), "pipedesk-job-" + job.id(), job.attempts() + 1,
						Duration.ofMillis(Math.max(1, timeout - millisSince(started))));
				ExecutionScope.enter(new ExecutionScope(job.id(), run.depth(), run.rulePath()));
				ActionOutcome outcome;
				try {
					outcome = type.createHandler(job.parameters()).execute(context);
				} catch (RuntimeException e) {
					throw e;
				} catch (Exception e) {
					throw new ActionFailed(e);
				} finally {
					ExecutionScope.leave();
				}
				if (timedOut.get()) {
					throw new TimedOut("Timed out after " + timeout + " ms");
				}
				JobQueue.finish(c, job, outcome.skipped() ? JobQueue.SKIPPED : JobQueue.DONE, job.attempts() + 1,
						millisSince(started), outcome.detail(), null, clock.instant());
				return null;
			}));
		} catch (RuntimeException e) {
			recordFailure(jobId, timedOut.get() ? new TimedOut("Timed out after " + timeout + " ms") : e,
					millisSince(started));
		} finally {
			timeoutTask.cancel(false);
		}
	}

	private static final class ActionFailed extends RuntimeException {
		private static final long serialVersionUID = 1L;

		ActionFailed(Exception cause) {
			super(cause.getMessage(), cause);
		}
	}

	/** In a new transaction (the attempt's rolled back): retry later, wait for the type, or fail for good. */
	private void recordFailure(long jobId, RuntimeException failure, long durationMillis) {
		Throwable cause = failure instanceof ActionFailed ? failure.getCause() : failure;
		String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
		try {
			CallerContext.runAs(AUTOMATION, () -> store.inTransaction(tx -> {
				Connection c = connection(tx);
				Optional<JobQueue.Job> found = JobQueue.job(c, jobId);
				if (found.isEmpty() || !JobQueue.PENDING.equals(found.get().state())) {
					return null;
				}
				JobQueue.Job job = found.get();
				Instant now = clock.instant();
				if (failure instanceof TypeUnavailable) {
					JobQueue.retryLater(c, jobId, job.attempts(), error, now.plusMillis(config.pollMillis() * 10));
					return null;
				}
				int attempts = job.attempts() + 1;
				if (attempts >= config.maxAttempts() || !retryable(cause)) {
					LOG.warn("Automation action {} (job {}) failed for good after {} attempt(s): {}", job.actionType(),
							jobId, attempts, error);
					JobQueue.finish(c, job, JobQueue.FAILED, attempts, durationMillis, null, error, now);
				} else {
					long backoff = config.retryBackoffMillis() << Math.min(attempts - 1, 16);
					JobQueue.retryLater(c, jobId, attempts, error, now.plusMillis(backoff));
				}
				return null;
			}));
		} catch (RuntimeException e) {
			LOG.warn("Could not record the failure of automation job {}; it will be attempted again", jobId, e);
		}
	}

	/** Rule errors stay errors on a retry; conflicts (concurrent edits) and outside failures may pass. */
	private static boolean retryable(Throwable cause) {
		return !(cause instanceof PipedeskException) || cause instanceof ConflictException;
	}

	private static AutomationEvent event(Connection c, JobQueue.Run run, Ticket ticket) {
		JobQueue.StoredEvent stored = JobQueue.event(c, run.eventId()).orElseThrow();
		java.util.Map<String, Object> payload = StoredEvents.read(stored.payload());
		return new AutomationEvent(AutomationEvent.Kind.valueOf(stored.kind()), ticket, (String) payload.get("statusId"),
				(String) payload.get("propertyName"), (String) payload.get("oldValue"),
				(String) payload.get("newValue"), (String) payload.get("source"), stored.createdAt());
	}

	private static long millisSince(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

	static Connection connection(StoreTransaction tx) {
		return tx.unwrap(Connection.class).orElseThrow(() -> new IllegalStateException("Automation needs a JDBC store"));
	}
}
