package org.pipedesk.automation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The automation tables (migration V4 of the store): events, runs and the durable job queue. Every method works on
 * the connection of the caller's store transaction, so what it writes commits or rolls back with the rest.
 */
final class JobQueue {
	static final String PENDING = "PENDING";
	static final String WAITING = "WAITING";
	static final String RUNNING = "RUNNING";
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

	static long insertEvent(Connection c, String kind, long ticketId, String payload, Instant now) {
		return insert(c, "INSERT INTO automation_event (kind, ticket_id, payload, created_at) VALUES (?, ?, ?, ?)",
				ps -> {
					ps.setString(1, kind);
					ps.setLong(2, ticketId);
					ps.setString(3, payload);
					ps.setObject(4, timestamp(now));
				});
	}

	static long insertRun(Connection c, long eventId, String ruleId, String pipelineId, long ticketId, String state,
			String reason, int depth, String rulePath, Instant now) {
		return insert(c, "INSERT INTO automation_run (event_id, rule_id, pipeline_id, ticket_id, state, reason, depth,"
				+ " rule_path, created_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
					ps.setLong(1, eventId);
					ps.setString(2, ruleId);
					ps.setString(3, pipelineId);
					ps.setLong(4, ticketId);
					ps.setString(5, state);
					ps.setString(6, clip(reason));
					ps.setInt(7, depth);
					ps.setString(8, clip(rulePath));
					ps.setObject(9, timestamp(now));
					ps.setObject(10, STOPPED.equals(state) ? timestamp(now) : null);
				});
	}

	/** The jobs of a run in chain order: the first is due now, the others wait for their predecessor. */
	static void insertJobs(Connection c, long runId, List<JobSpec> jobs, Instant now) {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO automation_job (run_id, position, action_id,"
				+ " action_type, parameters, state, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")) {
			for (int i = 0; i < jobs.size(); i++) {
				JobSpec job = jobs.get(i);
				ps.setLong(1, runId);
				ps.setInt(2, i);
				ps.setString(3, job.actionId());
				ps.setString(4, job.actionType());
				ps.setString(5, json(job.parameters()));
				ps.setString(6, i == 0 ? PENDING : WAITING);
				ps.setObject(7, timestamp(now));
				ps.addBatch();
			}
			ps.executeBatch();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	record JobSpec(String actionId, String actionType, Map<String, String> parameters) {
	}

	/** Ids of due jobs, oldest due first. */
	static List<Long> dueJobs(Connection c, Instant now, int limit) {
		return query(c, "SELECT id FROM automation_job WHERE state = ? AND next_attempt_at <= ?"
				+ " ORDER BY state, next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY", ps -> {
					ps.setString(1, PENDING);
					ps.setObject(2, timestamp(now));
				}, rs -> {
					List<Long> ids = new ArrayList<>();
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
					return ids;
				});
	}

	/**
	 * Takes a pending job for this transaction (the row stays locked until it ends, so no other worker runs it at the
	 * same time); empty when it is no longer pending.
	 */
	static Optional<Job> take(Connection c, long jobId) {
		int taken = update(c, "UPDATE automation_job SET state = ? WHERE id = ? AND state = ?", ps -> {
			ps.setString(1, RUNNING);
			ps.setLong(2, jobId);
			ps.setString(3, PENDING);
		});
		return taken == 1 ? job(c, jobId) : Optional.empty();
	}

	/** Ends a job (done, skipped or failed for good) and makes the next job of its run due, or ends the run. */
	static void finish(Connection c, Job job, String state, int attempts, long durationMillis, String outcome,
			String error, Instant now) {
		update(c, "UPDATE automation_job SET state = ?, attempts = ?, finished_at = ?, duration_ms = ?, outcome = ?,"
				+ " error = ? WHERE id = ?", ps -> {
					ps.setString(1, state);
					ps.setInt(2, attempts);
					ps.setObject(3, timestamp(now));
					ps.setLong(4, durationMillis);
					ps.setString(5, clip(outcome));
					ps.setString(6, clip(error));
					ps.setLong(7, job.id());
				});
		int next = update(c, "UPDATE automation_job SET state = ?, next_attempt_at = ? WHERE run_id = ? AND position = ?",
				ps -> {
					ps.setString(1, PENDING);
					ps.setObject(2, timestamp(now));
					ps.setLong(3, job.runId());
					ps.setInt(4, job.position() + 1);
				});
		if (next == 0) {
			boolean anyFailed = query(c, "SELECT COUNT(*) FROM automation_job WHERE run_id = ? AND state = ?", ps -> {
				ps.setLong(1, job.runId());
				ps.setString(2, FAILED);
			}, rs -> rs.next() && rs.getLong(1) > 0);
			update(c, "UPDATE automation_run SET state = ?, finished_at = ? WHERE id = ?", ps -> {
				ps.setString(1, anyFailed ? FAILED : DONE);
				ps.setObject(2, timestamp(now));
				ps.setLong(3, job.runId());
			});
		}
	}

	/** Records a failed attempt of a pending job and makes it due again at {@code retryAt}. */
	static void retryLater(Connection c, long jobId, int attempts, String error, Instant retryAt) {
		update(c, "UPDATE automation_job SET attempts = ?, error = ?, next_attempt_at = ? WHERE id = ? AND state = ?",
				ps -> {
					ps.setInt(1, attempts);
					ps.setString(2, clip(error));
					ps.setObject(3, timestamp(retryAt));
					ps.setLong(4, jobId);
					ps.setString(5, PENDING);
				});
	}

	static Optional<Job> job(Connection c, long jobId) {
		return query(c, "SELECT " + JOB_COLUMNS + " FROM automation_job WHERE id = ?", ps -> ps.setLong(1, jobId),
				rs -> rs.next() ? Optional.of(job(rs)) : Optional.empty());
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

	// --- JDBC helpers

	@FunctionalInterface
	interface Binder {
		void bind(PreparedStatement ps) throws SQLException;
	}

	@FunctionalInterface
	interface Reader<T> {
		T read(ResultSet rs) throws SQLException;
	}

	static <T> T query(Connection c, String sql, Binder binder, Reader<T> reader) {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			binder.bind(ps);
			try (ResultSet rs = ps.executeQuery()) {
				return reader.read(rs);
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	static int update(Connection c, String sql, Binder binder) {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			binder.bind(ps);
			return ps.executeUpdate();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	static long insert(Connection c, String sql, Binder binder) {
		try (PreparedStatement ps = c.prepareStatement(sql, new String[] { "id" })) {
			binder.bind(ps);
			ps.executeUpdate();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				if (!keys.next()) {
					throw new IllegalStateException("No id returned by " + sql);
				}
				return keys.getLong(1);
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	static OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static IllegalStateException failed(SQLException e) {
		return new IllegalStateException("Automation statement failed: " + e.getMessage(), e);
	}
}
