package org.pipedesk.automation.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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
import org.pipedesk.store.jdbc.sql.Jdbc;

/**
 * Executes the durable job queue. Worker threads run jobs in batches, each batch ONE store transaction as
 * {@code Caller.system("automation")}: claim due jobs (their rows stay locked; other workers and nodes skip them),
 * run each job's action in a savepoint of its own (core calls join the transaction), and record every job's new
 * state in the same transaction. So an action's database effects and its "done" commit together: after a crash or a
 * stop the job is simply pending again, and no action completes twice. A failed or timed-out attempt is rolled back
 * to its savepoint alone, so it never undoes another job's work, and is recorded in the batch: retried with
 * exponential backoff up to {@code maxAttempts}, then FAILED, and the chain goes on with the next action. Rule
 * errors (a status property missing, a ticket deleted) are not retried. Should a batch fail as a whole (recording
 * its results or its commit), nothing of it committed and each of its jobs runs again in a transaction of its own.
 * <p>
 * A commit that queued jobs wakes a worker; a worker that finds a full claim wakes another. Every {@code pollMillis}
 * idle workers look anyway, for retries that fell due and jobs queued by other nodes.
 */
@Component(service = AutomationWorker.class, configurationPid = AutomationWorker.PID,
		configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class AutomationWorker {
	public static final String PID = "org.pipedesk.automation";
	static final Caller AUTOMATION = Caller.system("automation");
	private static final Logger LOG = LoggerFactory.getLogger(AutomationWorker.class);

	@ObjectClassDefinition(name = "Pipedesk automation worker")
	public @interface Config {
		@AttributeDefinition(description = "Worker threads, each running batches of jobs in transactions of its own")
		int threads() default 4;

		@AttributeDefinition(description = "Most jobs one transaction runs, each in a savepoint; keep it at most 64 on"
				+ " PostgreSQL, which caches 64 subtransactions per transaction")
		int batchSize() default 50;

		@AttributeDefinition(description = "A batch takes no further job once it ran this long, so results commit soon")
		long batchMillis() default 50;

		@AttributeDefinition(description = "Attempts of an action before it fails for good")
		int maxAttempts() default 5;

		@AttributeDefinition(description = "Wait before the first retry; doubled for each further one")
		long retryBackoffMillis() default 1000;

		@AttributeDefinition(description = "Time an action may take per attempt")
		long actionTimeoutMillis() default 30000;

		@AttributeDefinition(description = "How often idle workers check the queue for due retries and other nodes' jobs")
		long pollMillis() default 500;
	}

	private final DeskStore store;
	private final AutomationTypes types;
	private final TicketService tickets;
	private final Config config;
	private final Clock clock = Clock.systemUTC();
	private final Semaphore wakeUp = new Semaphore(0);
	/** Jobs claimed by open transactions of this process's workers (see {@link JobQueue#claim}). */
	private final Set<Long> held = ConcurrentHashMap.newKeySet();
	private final List<Thread> workers = new ArrayList<>();
	private final int batchSize;
	private volatile boolean running = true;

	@Activate
	public AutomationWorker(@Reference DeskStore store, @Reference AutomationTypes types,
			@Reference TicketService tickets, Config config) {
		this.store = store;
		this.types = types;
		this.tickets = tickets;
		this.config = config;
		this.batchSize = Math.max(1, config.batchSize());
		for (int i = 1; i <= Math.max(1, config.threads()); i++) {
			workers.add(Thread.ofPlatform().name("pipedesk-automation-" + i).daemon().start(this::work));
		}
	}

	@Deactivate
	void stop() throws InterruptedException {
		running = false;
		wakeUp.release(workers.size());
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		for (Thread worker : workers) {
			worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
			if (worker.isAlive()) {
				LOG.warn("Automation action still running at stop on {}; its transaction rolls back and it runs again",
						worker.getName());
				worker.interrupt();
			}
		}
	}

	/** Checks the queue now (after a commit that queued jobs): wakes an idle worker. */
	void wake() {
		if (wakeUp.availablePermits() < workers.size()) {
			wakeUp.release();
		}
	}

	private void work() {
		int firstChunk = 1;
		while (running) {
			int ran;
			try {
				ran = runBatch(firstChunk);
			} catch (RuntimeException e) {
				LOG.warn("Automation queue could not be read; trying again", e);
				ran = 0;
			}
			// a batch that ran many jobs had fast ones: the next starts with a big claim
			firstChunk = Math.clamp(ran / 2, 1, batchSize);
			if (ran == 0 && running) {
				try {
					wakeUp.tryAcquire(config.pollMillis(), TimeUnit.MILLISECONDS);
				} catch (InterruptedException e) {
					return;
				}
			}
		}
	}

	/** One batch; returns how many jobs it ran (0: nothing was due). */
	private int runBatch(int firstChunk) {
		List<JobQueue.Claimed> ran = new ArrayList<>();
		List<Long> claimed = new ArrayList<>();
		try (TicketsReadAhead readAhead = TicketsReadAhead.open(tickets)) {
			CallerContext.runAs(AUTOMATION, () -> store.inTransaction(tx -> {
				runJobs(tx, readAhead, firstChunk, claimed, ran);
				return null;
			}));
		} catch (RuntimeException e) {
			if (ran.isEmpty()) {
				throw e;
			}
			LOG.warn("A batch of {} automation jobs failed as a whole; each runs again alone", ran.size(), e);
			ran.forEach(job -> runAlone(job.id()));
		} finally {
			held.removeAll(claimed); // committed or rolled back: the database tells from now on
		}
		return ran.size();
	}

	/**
	 * Claims due jobs in growing chunks (1, 2, 4, ... after a batch of slow jobs, so they are not held back from
	 * other workers; fast ones need few claims) and runs them, until the batch is full, has run {@code batchMillis}
	 * or nothing is due. The tickets of a chunk are read in one go.
	 */
	private void runJobs(StoreTransaction tx, TicketsReadAhead readAhead, int firstChunk, List<Long> claimedIds,
			List<JobQueue.Claimed> ran) {
		Connection c = Jdbc.connection(tx);
		long started = System.nanoTime();
		int chunk = firstChunk;
		boolean more = true;
		while (more && running && ran.size() < batchSize) {
			List<JobQueue.Claimed> claimed = JobQueue.claim(c, clock.instant(), chunk, held);
			claimed.forEach(job -> claimedIds.add(job.id()));
			more = claimed.size() == chunk;
			if (more) {
				wake(); // more may be due: another worker can help
			}
			readAhead.readAhead(claimed.stream().map(JobQueue.Claimed::ticketId).toList());
			List<JobQueue.Result> results = new ArrayList<>(claimed.size());
			for (JobQueue.Claimed job : claimed) {
				if (!running || !ran.isEmpty() && millisSince(started) >= config.batchMillis()) {
					more = false; // the rest stays pending: its rows are only locked, and free at commit
					break;
				}
				ran.add(job);
				results.add(attempt(tx, readAhead, job));
			}
			JobQueue.record(c, results, clock.instant());
			chunk = Math.min(chunk * 2, batchSize - ran.size());
		}
	}

	/** The job alone in a transaction of its own; a failure of that is recorded as a failed attempt. */
	private void runAlone(long jobId) {
		try {
			CallerContext.runAs(AUTOMATION, () -> store.inTransaction(tx -> {
				try (TicketsReadAhead readAhead = TicketsReadAhead.open(tickets)) {
					JobQueue.claim(Jdbc.connection(tx), jobId).ifPresent(job -> JobQueue.record(Jdbc.connection(tx),
							List.of(attempt(tx, readAhead, job)), clock.instant()));
				}
				return null;
			}));
		} catch (RuntimeException e) {
			recordFailure(jobId, e);
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

	private static final class ActionFailed extends RuntimeException {
		private static final long serialVersionUID = 1L;

		ActionFailed(Throwable cause) {
			super(cause.getMessage(), cause);
		}
	}

	/**
	 * One attempt of a claimed job inside the batch's transaction, in a savepoint: what the action wrote and queued
	 * stays only when it ends well within its time.
	 */
	private JobQueue.Result attempt(StoreTransaction tx, TicketsReadAhead readAhead, JobQueue.Claimed job) {
		long started = System.nanoTime();
		int outboxMark = Outbox.mark(tx);
		try {
			ActionOutcome outcome = tx.inSavepoint(() -> execute(readAhead, job, started));
			return new JobQueue.Result(job, outcome.skipped() ? JobQueue.SKIPPED : JobQueue.DONE, job.attempts() + 1,
					job.nextAttemptAt(), clock.instant(), millisSince(started), outcome.detail(), null);
		} catch (RuntimeException e) {
			Outbox.discardAfter(tx, outboxMark);
			return failed(job, e, millisSince(started));
		}
	}

	private ActionOutcome execute(TicketsReadAhead readAhead, JobQueue.Claimed job, long started) {
		long timeout = config.actionTimeoutMillis();
		ActionType type = types.action(job.actionType())
				.orElseThrow(() -> new TypeUnavailable("Action type " + job.actionType() + " is not available"));
		Ticket ticket;
		try {
			ticket = readAhead.get(job.ticketId());
		} catch (NotFoundException e) {
			return ActionOutcome.skipped("Ticket " + job.ticketId() + " no longer exists");
		}
		ActionContext context = new ActionContext(ticket, event(job, ticket), job.pipelineId(), job.ruleId(),
				job.actionId(), "pipedesk-job-" + job.id(), job.attempts() + 1,
				Duration.ofMillis(Math.max(1, timeout - millisSince(started))));
		ExecutionScope.enter(new ExecutionScope(job.id(), job.depth(), job.rulePath()));
		ActionOutcome outcome;
		try {
			outcome = type.createHandler(job.parameters()).execute(context);
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception | LinkageError e) {
			// LinkageError: a type's bundle that misses an import fails when the class is first used; it must end
			// as a failed attempt on record, not as a job left pending with no trace
			throw new ActionFailed(e);
		} finally {
			ExecutionScope.leave();
		}
		// not interrupted (interrupting JDBC I/O can close H2's file): an attempt past its time is rolled back
		if (millisSince(started) > timeout) {
			throw new TimedOut("Timed out after " + timeout + " ms");
		}
		return outcome;
	}

	/** A rolled-back attempt: retry later, wait for the type, or fail for good (and go on with the chain). */
	private JobQueue.Result failed(JobQueue.Claimed job, RuntimeException failure, long durationMillis) {
		Throwable cause = failure instanceof ActionFailed ? failure.getCause() : failure;
		String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
		Instant now = clock.instant();
		if (failure instanceof TypeUnavailable) {
			return new JobQueue.Result(job, JobQueue.PENDING, job.attempts(), now.plusMillis(config.pollMillis() * 10),
					null, null, null, error);
		}
		int attempts = job.attempts() + 1;
		if (attempts >= config.maxAttempts() || !retryable(cause)) {
			LOG.warn("Automation action {} (job {}) failed for good after {} attempt(s): {}", job.actionType(),
					job.id(), attempts, error);
			return new JobQueue.Result(job, JobQueue.FAILED, attempts, job.nextAttemptAt(), now, durationMillis, null,
					error);
		}
		long backoff = config.retryBackoffMillis() << Math.min(attempts - 1, 16);
		LOG.debug("Automation action {} (job {}) failed, attempt {} of {}, again in {} ms: {}", job.actionType(),
				job.id(), attempts, config.maxAttempts(), backoff, error);
		return new JobQueue.Result(job, JobQueue.PENDING, attempts, now.plusMillis(backoff), null, null, null, error);
	}

	/** In a new transaction, when running a job alone failed outside its savepoint (e.g. at commit). */
	private void recordFailure(long jobId, RuntimeException failure) {
		try {
			CallerContext.runAs(AUTOMATION, () -> store.inTransaction(tx -> {
				Connection c = Jdbc.connection(tx);
				JobQueue.claim(c, jobId).ifPresent(
						job -> JobQueue.record(c, List.of(failed(job, failure, 0)), clock.instant()));
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

	private static AutomationEvent event(JobQueue.Claimed job, Ticket ticket) {
		Map<String, Object> payload = StoredEvents.read(job.eventPayload());
		return new AutomationEvent(AutomationEvent.Kind.valueOf(job.eventKind()), ticket,
				(String) payload.get("statusId"), (String) payload.get("propertyName"), (String) payload.get("oldValue"),
				(String) payload.get("newValue"), (String) payload.get("source"), job.eventAt());
	}

	private static long millisSince(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}
}
