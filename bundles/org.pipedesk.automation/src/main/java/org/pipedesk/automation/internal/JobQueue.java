package org.pipedesk.automation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.pipedesk.store.jdbc.sql.Jdbc.failed;
import static org.pipedesk.store.jdbc.sql.Jdbc.instant;
import static org.pipedesk.store.jdbc.sql.Jdbc.query;
import static org.pipedesk.store.jdbc.sql.Jdbc.timestamp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.pipedesk.store.jdbc.sql.Jdbc.Binder;

/**
 * The automation tables (migration V5 of the store): events, runs and the durable job queue. Every method works on
 * the connection of the caller's store transaction, so what it writes commits or rolls back with the rest. The
 * outbox ({@link Outbox}) writes events, runs and jobs; workers claim and record jobs here.
 */
final class JobQueue {
	static final String PENDING = "PENDING";
	static final String WAITING = "WAITING";
	static final String DONE = "DONE";
	static final String SKIPPED = "SKIPPED";
	static final String FAILED = "FAILED";
	static final String QUEUED = "QUEUED";
	static final String STOPPED = "STOPPED";
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int MAX_TEXT = 1900;

	private JobQueue() {
	}

	record Job(long id, long runId, int position, String actionId, String actionType, Map<String, String> parameters,
			String state, int attempts, Instant nextAttemptAt, Instant finishedAt, Long durationMillis,
			String outcome, String error) {
	}

	record Run(long id, long eventId, String ruleId, String pipelineId, long ticketId, String state, String reason,
			int depth, String rulePath, Instant createdAt, Instant finishedAt) {
	}

	record StoredEvent(long id, String kind, long ticketId, String payload, Instant createdAt) {
	}

	record JobSpec(String actionId, String actionType, Map<String, String> parameters) {
	}

	/** A due job taken by a worker, with what its action needs of the run and the event. */
	record Claimed(long id, long runId, int position, String actionId, String actionType,
			Map<String, String> parameters, int attempts, Instant nextAttemptAt, String ruleId, String pipelineId,
			long ticketId, int depth, String rulePath, String eventKind, String eventPayload, Instant eventAt) {
	}

	/** How an attempt of a claimed job ended: the job's new state (still PENDING when it is retried later). */
	record Result(Claimed job, String state, int attempts, Instant nextAttemptAt, Instant finishedAt,
			Long durationMillis, String outcome, String error) {
		boolean ended() {
			return !PENDING.equals(state);
		}
	}

	private static final String CLAIMED_COLUMNS = "SELECT j.id, j.run_id, j.position, j.action_id, j.action_type,"
			+ " j.parameters, j.attempts, j.next_attempt_at, r.rule_id, r.pipeline_id, r.ticket_id, r.depth,"
			+ " r.rule_path, e.kind, e.payload, e.created_at FROM automation_job j"
			+ " JOIN automation_run r ON r.id = j.run_id JOIN automation_event e ON e.id = r.event_id";
	private static final String DUE = " WHERE j.state = ? AND j.next_attempt_at <= ?"
			+ " ORDER BY j.state, j.next_attempt_at, j.id FETCH FIRST ? ROWS ONLY";

	/**
	 * Takes up to {@code limit} due jobs, oldest due first, for this transaction: their rows stay locked until it
	 * ends, and other workers skip them instead of waiting. {@code held} are the jobs other transactions of this
	 * process hold; the ones taken are added (the caller removes them once its transaction ended).
	 * <p>
	 * PostgreSQL locks exactly the job rows it returns ({@code FOR UPDATE OF j SKIP LOCKED} with a limit), which
	 * also shares the queue between nodes: one statement. H2 (embedded, one process) locks every row a
	 * {@code FOR UPDATE} query matches, joined rows too, before the limit applies; there the due jobs are read
	 * without a lock, the ones held in this process left out, the rest locked by id and then read with their runs.
	 */
	static List<Claimed> claim(Connection c, Instant now, int limit, Set<Long> held) {
		if (locksOnlyReturnedRows(c)) {
			List<Claimed> claimed = query(c, CLAIMED_COLUMNS + DUE + " FOR UPDATE OF j SKIP LOCKED",
					due(now, limit), JobQueue::claimed);
			claimed.forEach(job -> held.add(job.id()));
			return claimed;
		}
		List<Long> dueIds = query(c, "SELECT j.id FROM automation_job j" + DUE, due(now, limit + held.size()),
				JobQueue::ids);
		List<Long> picked = new ArrayList<>(limit);
		for (Long id : dueIds) {
			if (picked.size() < limit && held.add(id)) {
				picked.add(id);
			}
		}
		List<Long> locked = lock(c, picked);
		picked.stream().filter(id -> !locked.contains(id)).forEach(held::remove);
		return claimed(c, locked);
	}

	private static Binder due(Instant now, int limit) {
		return ps -> {
			ps.setString(1, PENDING);
			ps.setObject(2, timestamp(now));
			ps.setInt(3, limit);
		};
	}

	/** Takes one job if it is still pending (due or not), as {@link #claim}. */
	static Optional<Claimed> claim(Connection c, long jobId) {
		return claimed(c, lock(c, List.of(jobId))).stream().findFirst();
	}

	/** Locks those of {@code ids} that are still pending and not locked by another transaction. */
	private static List<Long> lock(Connection c, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return query(c, "SELECT id FROM automation_job WHERE id IN (" + slots(ids.size())
				+ ") AND state = ? FOR UPDATE SKIP LOCKED", ps -> {
					int next = bindPadded(ps, 1, ids);
					ps.setString(next, PENDING);
				}, JobQueue::ids);
	}

	private static boolean locksOnlyReturnedRows(Connection c) {
		try {
			return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** Placeholders for {@code count} ids, padded to a power of two so few statement shapes reach the database. */
	private static String slots(int count) {
		return String.join(", ", java.util.Collections.nCopies(padded(count), "?"));
	}

	private static int padded(int count) {
		return Integer.highestOneBit(count) == count ? count : Integer.highestOneBit(count) << 1;
	}

	/** Binds {@code ids} from {@code first}, repeating the last to fill the padding; returns the next index. */
	private static int bindPadded(PreparedStatement ps, int first, List<Long> ids) throws SQLException {
		int slots = padded(ids.size());
		for (int i = 0; i < slots; i++) {
			ps.setLong(first + i, ids.get(Math.min(i, ids.size() - 1)));
		}
		return first + slots;
	}

	private static List<Long> ids(ResultSet rs) throws SQLException {
		List<Long> ids = new ArrayList<>();
		while (rs.next()) {
			ids.add(rs.getLong(1));
		}
		return ids;
	}

	/** The claimed jobs with their runs and events, in claim order (read without locking: see {@link #claim}). */
	private static List<Claimed> claimed(Connection c, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Claimed> byId = new java.util.HashMap<>();
		query(c, CLAIMED_COLUMNS + " WHERE j.id IN (" + slots(ids.size()) + ")", ps -> bindPadded(ps, 1, ids),
				JobQueue::claimed).forEach(job -> byId.put(job.id(), job));
		return ids.stream().map(byId::get).toList();
	}

	private static List<Claimed> claimed(ResultSet rs) throws SQLException {
		List<Claimed> claimed = new ArrayList<>();
		while (rs.next()) {
			claimed.add(new Claimed(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
					parameters(rs.getString(6)), rs.getInt(7), instant(rs, 8), rs.getString(9), rs.getString(10),
					rs.getLong(11), rs.getInt(12), rs.getString(13), rs.getString(14), rs.getString(15),
					instant(rs, 16)));
		}
		return claimed;
	}

	/**
	 * Writes what attempts of claimed jobs came to, in three batched statements: the jobs' new states; for each
	 * job that ended, the next job of its chain made due; for chains that ended so, their run DONE, or FAILED when
	 * an action of it failed for good.
	 */
	static void record(Connection c, List<Result> results, Instant now) {
		if (results.isEmpty()) {
			return;
		}
		try (PreparedStatement ps = c.prepareStatement("UPDATE automation_job SET state = ?, attempts = ?,"
				+ " next_attempt_at = ?, finished_at = ?, duration_ms = ?, outcome = ?, error = ? WHERE id = ?")) {
			for (Result result : results) {
				ps.setString(1, result.state());
				ps.setInt(2, result.attempts());
				ps.setObject(3, timestamp(result.nextAttemptAt()));
				ps.setObject(4, timestamp(result.finishedAt()));
				if (result.durationMillis() == null) {
					ps.setNull(5, java.sql.Types.BIGINT);
				} else {
					ps.setLong(5, result.durationMillis());
				}
				ps.setString(6, clip(result.outcome()));
				ps.setString(7, clip(result.error()));
				ps.setLong(8, result.job().id());
				ps.addBatch();
			}
			ps.executeBatch();
		} catch (SQLException e) {
			throw failed(e);
		}
		List<Claimed> ended = results.stream().filter(Result::ended).map(Result::job).toList();
		if (ended.isEmpty()) {
			return;
		}
		int[] advanced;
		try (PreparedStatement ps = c.prepareStatement("UPDATE automation_job SET state = ?, next_attempt_at = ?"
				+ " WHERE run_id = ? AND position = ?")) {
			for (Claimed job : ended) {
				ps.setString(1, PENDING);
				ps.setObject(2, timestamp(now));
				ps.setLong(3, job.runId());
				ps.setInt(4, job.position() + 1);
				ps.addBatch();
			}
			advanced = ps.executeBatch();
		} catch (SQLException e) {
			throw failed(e);
		}
		try (PreparedStatement ps = c.prepareStatement("UPDATE automation_run SET state = CASE WHEN EXISTS"
				+ " (SELECT 1 FROM automation_job f WHERE f.run_id = ? AND f.state = ?) THEN ? ELSE ? END,"
				+ " finished_at = ? WHERE id = ?")) {
			boolean any = false;
			for (int i = 0; i < ended.size(); i++) {
				if (advanced[i] == 0) { // the last action of its chain
					ps.setLong(1, ended.get(i).runId());
					ps.setString(2, FAILED);
					ps.setString(3, FAILED);
					ps.setString(4, DONE);
					ps.setObject(5, timestamp(now));
					ps.setLong(6, ended.get(i).runId());
					ps.addBatch();
					any = true;
				}
			}
			if (any) {
				ps.executeBatch();
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	static List<Job> jobsOfRun(Connection c, long runId) {
		return query(c, "SELECT " + JOB_COLUMNS + " FROM automation_job WHERE run_id = ? ORDER BY position",
				ps -> ps.setLong(1, runId), rs -> {
					List<Job> jobs = new ArrayList<>();
					while (rs.next()) {
						jobs.add(job(rs));
					}
					return jobs;
				});
	}

	static Optional<Run> run(Connection c, long runId) {
		return query(c, "SELECT " + RUN_COLUMNS + " FROM automation_run WHERE id = ?", ps -> ps.setLong(1, runId),
				rs -> rs.next() ? Optional.of(run(rs)) : Optional.empty());
	}

	/** Runs newest first with id below {@code beforeId}, of one rule and/or one ticket when given. */
	static List<Run> runs(Connection c, String ruleId, Long ticketId, long beforeId, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + RUN_COLUMNS + " FROM automation_run WHERE id < ?");
		if (ruleId != null) {
			sql.append(" AND rule_id = ?");
		}
		if (ticketId != null) {
			sql.append(" AND ticket_id = ?");
		}
		sql.append(" ORDER BY id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
		return query(c, sql.toString(), ps -> {
			int i = 1;
			ps.setLong(i++, beforeId);
			if (ruleId != null) {
				ps.setString(i++, ruleId);
			}
			if (ticketId != null) {
				ps.setLong(i++, ticketId);
			}
		}, rs -> {
			List<Run> runs = new ArrayList<>();
			while (rs.next()) {
				runs.add(run(rs));
			}
			return runs;
		});
	}

	static Optional<StoredEvent> event(Connection c, long eventId) {
		return query(c, "SELECT id, kind, ticket_id, payload, created_at FROM automation_event WHERE id = ?",
				ps -> ps.setLong(1, eventId), rs -> rs.next()
						? Optional.of(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
								instant(rs, 5)))
						: Optional.empty());
	}

	private static final String JOB_COLUMNS = "id, run_id, position, action_id, action_type, parameters, state,"
			+ " attempts, next_attempt_at, finished_at, duration_ms, outcome, error";
	private static final String RUN_COLUMNS = "id, event_id, rule_id, pipeline_id, ticket_id, state, reason, depth,"
			+ " rule_path, created_at, finished_at";

	private static Job job(ResultSet rs) throws SQLException {
		long duration = rs.getLong(11);
		Long durationMillis = rs.wasNull() ? null : duration;
		return new Job(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
				parameters(rs.getString(6)), rs.getString(7), rs.getInt(8), instant(rs, 9), instant(rs, 10),
				durationMillis, rs.getString(12), rs.getString(13));
	}

	private static Run run(ResultSet rs) throws SQLException {
		return new Run(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
				rs.getString(7), rs.getInt(8), rs.getString(9), instant(rs, 10), instant(rs, 11));
	}

	static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, String> parameters(String json) {
		try {
			return JSON.readValue(json, new TypeReference<Map<String, String>>() {
			});
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("Unreadable job parameters: " + json, e);
		}
	}

	static String clip(String text) {
		return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
	}
}
