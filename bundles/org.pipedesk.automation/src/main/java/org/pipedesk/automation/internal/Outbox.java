package org.pipedesk.automation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.store.jdbc.sql.Jdbc;

/**
 * What one store transaction queues for automation: the matched events, one run per matching rule and one job per
 * action. Gathered while the transaction's changes happen and written just before it commits, in three batched
 * statements (events, runs, jobs) however many tickets the transaction changed, so a batch of 100 ticket updates
 * costs three round trips here instead of three per ticket. One outbox per transaction and thread (a transaction
 * never leaves its thread).
 */
final class Outbox {
	private static final ThreadLocal<Outbox> CURRENT = new ThreadLocal<>();

	private final StoreTransaction tx;
	/** The configuration this transaction's events are matched against, read once (as core does per batch). */
	final Desk desk;
	private final List<QueuedEvent> events = new ArrayList<>();
	private boolean jobsQueued;

	private Outbox(StoreTransaction tx, Desk desk) {
		this.tx = tx;
		this.desk = desk;
	}

	/** A matched event and the runs it causes. */
	record QueuedEvent(String kind, long ticketId, String payload, Instant createdAt, List<QueuedRun> runs) {
	}

	/** A run: STOPPED (with the reason, no jobs), DONE (a rule without actions) or QUEUED with its jobs. */
	record QueuedRun(String ruleId, String pipelineId, long ticketId, String state, String reason, int depth,
			String rulePath, Instant queuedAt, List<JobQueue.JobSpec> jobs) {
	}

	/**
	 * The outbox of {@code tx}, opened on first use: its desk is read then, and its writing is registered to run
	 * before the commit; {@code jobsCommitted} runs after the commit when jobs were queued (it wakes the worker).
	 */
	static Outbox of(StoreTransaction tx, Supplier<Desk> desk, Runnable jobsCommitted) {
		Outbox outbox = CURRENT.get();
		if (outbox != null && outbox.tx == tx) {
			return outbox;
		}
		Outbox opened = new Outbox(tx, desk.get());
		CURRENT.set(opened);
		tx.beforeCommit(opened::write);
		tx.afterCommit(() -> {
			if (opened.jobsQueued) {
				jobsCommitted.run();
			}
		});
		return opened;
	}

	void add(QueuedEvent event) {
		events.add(event);
		jobsQueued |= event.runs().stream().anyMatch(run -> !run.jobs().isEmpty());
	}

	/** How far {@code tx}'s outbox is filled; -1 when it has none yet. For {@link #discardAfter}. */
	static int mark(StoreTransaction tx) {
		Outbox outbox = CURRENT.get();
		return outbox != null && outbox.tx == tx ? outbox.events.size() : -1;
	}

	/**
	 * Forgets what was queued in {@code tx} since {@code mark}: the work that queued it was rolled back to a
	 * savepoint. An outbox opened since is dropped whole (its registration before commit was undone with the
	 * savepoint; the next event opens a new one).
	 */
	static void discardAfter(StoreTransaction tx, int mark) {
		Outbox outbox = CURRENT.get();
		if (outbox == null || outbox.tx != tx) {
			return;
		}
		if (mark < 0) {
			CURRENT.remove();
		} else {
			outbox.events.subList(mark, outbox.events.size()).clear();
		}
	}

	/** Writes the events, then the runs, then the jobs, each as one JDBC batch. */
	private void write() {
		if (CURRENT.get() == this) {
			CURRENT.remove(); // an event after this (from a later before-commit action) opens a new outbox
		}
		if (events.isEmpty()) {
			return;
		}
		Connection c = Jdbc.connection(tx);
		List<Long> eventIds = insertEvents(c);
		List<QueuedRun> runs = new ArrayList<>();
		List<Long> runEventIds = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			for (QueuedRun run : events.get(i).runs()) {
				runs.add(run);
				runEventIds.add(eventIds.get(i));
			}
		}
		List<Long> runIds = insertRuns(c, runs, runEventIds);
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO automation_job (run_id, position, action_id,"
				+ " action_type, parameters, state, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")) {
			boolean any = false;
			for (int r = 0; r < runs.size(); r++) {
				List<JobQueue.JobSpec> jobs = runs.get(r).jobs();
				for (int i = 0; i < jobs.size(); i++) {
					JobQueue.JobSpec job = jobs.get(i);
					ps.setLong(1, runIds.get(r));
					ps.setInt(2, i);
					ps.setString(3, job.actionId());
					ps.setString(4, job.actionType());
					ps.setString(5, JobQueue.json(job.parameters()));
					ps.setString(6, i == 0 ? JobQueue.PENDING : JobQueue.WAITING);
					ps.setObject(7, Jdbc.timestamp(runs.get(r).queuedAt()));
					ps.addBatch();
					any = true;
				}
			}
			if (any) {
				ps.executeBatch();
			}
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}

	private List<Long> insertEvents(Connection c) {
		try (PreparedStatement ps = c.prepareStatement(
				"INSERT INTO automation_event (kind, ticket_id, payload, created_at) VALUES (?, ?, ?, ?)",
				new String[] { "id" })) {
			for (QueuedEvent event : events) {
				ps.setString(1, event.kind());
				ps.setLong(2, event.ticketId());
				ps.setString(3, event.payload());
				ps.setObject(4, Jdbc.timestamp(event.createdAt()));
				ps.addBatch();
			}
			ps.executeBatch();
			return Jdbc.generatedIds(ps, events.size());
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}

	private List<Long> insertRuns(Connection c, List<QueuedRun> runs, List<Long> eventIds) {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO automation_run (event_id, rule_id, pipeline_id,"
				+ " ticket_id, state, reason, depth, rule_path, created_at, finished_at)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" })) {
			for (int i = 0; i < runs.size(); i++) {
				QueuedRun run = runs.get(i);
				ps.setLong(1, eventIds.get(i));
				ps.setString(2, run.ruleId());
				ps.setString(3, run.pipelineId());
				ps.setLong(4, run.ticketId());
				ps.setString(5, run.state());
				ps.setString(6, JobQueue.clip(run.reason()));
				ps.setInt(7, run.depth());
				ps.setString(8, JobQueue.clip(run.rulePath()));
				ps.setObject(9, Jdbc.timestamp(run.queuedAt()));
				ps.setObject(10, JobQueue.QUEUED.equals(run.state()) ? null : Jdbc.timestamp(run.queuedAt()));
				ps.addBatch();
			}
			ps.executeBatch();
			return Jdbc.generatedIds(ps, runs.size());
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}

}
