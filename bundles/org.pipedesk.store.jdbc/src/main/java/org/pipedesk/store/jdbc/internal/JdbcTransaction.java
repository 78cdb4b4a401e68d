package org.pipedesk.store.jdbc.internal;

import static org.pipedesk.store.jdbc.internal.Sql.failed;
import static org.pipedesk.store.jdbc.internal.Sql.instant;
import static org.pipedesk.store.jdbc.internal.Sql.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.pipedesk.store.jdbc.internal.Sql.Binder;
import org.pipedesk.store.jdbc.internal.Sql.Reader;
import org.pipedesk.core.api.NewTicket;
import org.pipedesk.core.api.StatusTime;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.spi.ConfigurationHistory;
import org.pipedesk.core.api.TicketHistoryEntry;
import org.pipedesk.core.spi.TicketQuery;
import org.pipedesk.core.spi.TicketQueryResult;
import org.pipedesk.core.spi.StaleVersionException;
import org.pipedesk.core.spi.SecurityRecords;
import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.core.spi.TicketVisibility;
import org.pipedesk.core.spi.StoredConfiguration;

/** One JDBC transaction on one pooled connection. Plain, portable SQL (H2 and PostgreSQL). */
final class JdbcTransaction implements StoreTransaction {
	/** History names of the ticket's pipeline and status, as HubSpot's properties. */
	static final String PIPELINE_PROPERTY = "hs_pipeline";
	static final String STATUS_PROPERTY = "hs_pipeline_stage";
	private static final String TICKET_COLUMNS = "id, pipeline_id, status_id, row_version, created_at, updated_at";

	private final Connection connection;
	private final List<Runnable> afterCommit = new ArrayList<>();
	private final List<Runnable> beforeCommit = new ArrayList<>();
	/** Set when a savepoint could not be rolled back: the transaction is in doubt and must not commit. */
	private StoreException doomed;
	private final TicketCounts.Known countedProperties;
	/** The status and value counts this transaction changes, written just before it commits. */
	private final TicketCounts counts;
	private final boolean postgresql;

	JdbcTransaction(Connection connection, TicketCounts.Known countedProperties, boolean postgresql) {
		this.connection = connection;
		this.postgresql = postgresql;
		this.countedProperties = countedProperties;
		this.counts = new TicketCounts(connection, countedProperties);
	}

	/** Runs the before-commit actions, including any they register themselves. */
	void beforeCommit() {
		if (doomed != null) {
			throw doomed;
		}
		for (int i = 0; i < beforeCommit.size(); i++) {
			beforeCommit.get(i).run();
		}
		counts.flush();
	}

	void committed() {
		afterCommit.forEach(Runnable::run);
	}

	@Override
	public void afterCommit(Runnable action) {
		afterCommit.add(action);
	}

	@Override
	public void beforeCommit(Runnable action) {
		beforeCommit.add(action);
	}

	@Override
	public <T> T inSavepoint(Supplier<T> work) {
		int afterCommitMark = afterCommit.size();
		int beforeCommitMark = beforeCommit.size();
		TicketCounts.Mark countsMark = counts.mark();
		Savepoint savepoint;
		try {
			savepoint = connection.setSavepoint();
		} catch (SQLException e) {
			throw failed(e);
		}
		T result;
		try {
			result = work.get();
		} catch (RuntimeException | Error e) {
			try {
				connection.rollback(savepoint);
			} catch (SQLException rollbackFailed) {
				doomed = failed(rollbackFailed);
				doomed.addSuppressed(e);
				throw doomed;
			}
			afterCommit.subList(afterCommitMark, afterCommit.size()).clear();
			beforeCommit.subList(beforeCommitMark, beforeCommit.size()).clear();
			counts.rollbackTo(countsMark);
			throw e;
		}
		return result; // the savepoint ends with the transaction: releasing it would be one more round trip
	}

	@Override
	public <T> Optional<T> unwrap(Class<T> type) {
		return type == Connection.class ? Optional.of(type.cast(connection)) : Optional.empty();
	}

	@Override
	public long headConfigurationVersion() {
		long head = query("SELECT COALESCE(MAX(config_version), 0) FROM desk_config", ps -> {
		}, rs -> rs.next() ? rs.getLong(1) : 0L);
		counts.sawConfigurationVersion(head);
		return head;
	}

	@Override
	public Optional<StoredConfiguration> headConfiguration() {
		return query("SELECT config_version, document, author, summary, created_at FROM desk_config"
				+ " ORDER BY config_version DESC FETCH FIRST 1 ROWS ONLY", ps -> {
				}, rs -> rs.next()
						? Optional.of(new StoredConfiguration(rs.getLong(1), rs.getString(2), rs.getString(3),
								rs.getString(4), instant(rs, 5)))
						: Optional.empty());
	}

	@Override
	public void appendConfiguration(StoredConfiguration configuration) {
		try (PreparedStatement ps = connection.prepareStatement(
				"INSERT INTO desk_config (config_version, document, author, summary, created_at) VALUES (?, ?, ?, ?, ?)")) {
			ps.setLong(1, configuration.version());
			ps.setString(2, configuration.document());
			ps.setString(3, configuration.author());
			ps.setString(4, truncate(configuration.summary(), 2000));
			ps.setObject(5, timestamp(configuration.createdAt()));
			ps.executeUpdate();
		} catch (SQLException e) {
			if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
				throw new StaleVersionException("Configuration version " + configuration.version() + " exists already");
			}
			throw failed(e);
		}
	}

	@Override
	public ConfigurationHistory configurationHistory() {
		return new JdbcConfigurationHistory(connection);
	}

	@Override
	public List<Ticket> insertTickets(List<NewTicket> tickets, String actor, Instant now) {
		if (tickets.isEmpty()) {
			return List.of();
		}
		List<Long> ids = new ArrayList<>(tickets.size());
		try (PreparedStatement ps = connection.prepareStatement(
				"INSERT INTO ticket (pipeline_id, status_id, row_version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
				new String[] { "id" })) {
			for (NewTicket ticket : tickets) {
				ps.setString(1, ticket.pipelineId());
				ps.setString(2, ticket.statusId());
				ps.setObject(3, timestamp(now));
				ps.setObject(4, timestamp(now));
				ps.addBatch();
			}
			ps.executeBatch();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				while (keys.next()) {
					ids.add(keys.getLong(1));
				}
			}
		} catch (SQLException e) {
			throw failed(e);
		}
		if (ids.size() != tickets.size()) {
			throw new StoreException("The database returned " + ids.size() + " ids for " + tickets.size() + " tickets", null);
		}
		List<Ticket> created = new ArrayList<>(tickets.size());
		List<PropertyWrite> writes = new ArrayList<>();
		List<HistoryWrite> history = new ArrayList<>();
		long nowMillis = now.toEpochMilli();
		try (PreparedStatement times = connection.prepareStatement("INSERT INTO ticket_status_time"
				+ " (ticket_id, status_id, entered_ms, exited_ms, latest_ms, cumulative_ms) VALUES (?, ?, ?, NULL, 0, 0)")) {
			for (int i = 0; i < tickets.size(); i++) {
				NewTicket ticket = tickets.get(i);
				long id = ids.get(i);
				Map<String, String> properties = sorted(ticket.properties());
				properties.forEach((name, value) -> {
					writes.add(new PropertyWrite(id, ticket.statusId(), name, value));
					history.add(new HistoryWrite(id, name, null, value));
					counts.addToValue(name, ticket.statusId(), value, 1);
				});
				history.add(new HistoryWrite(id, PIPELINE_PROPERTY, null, ticket.pipelineId()));
				history.add(new HistoryWrite(id, STATUS_PROPERTY, null, ticket.statusId()));
				times.setLong(1, id);
				times.setString(2, ticket.statusId());
				times.setLong(3, nowMillis);
				times.addBatch();
				counts.addToStatus(ticket.statusId(), 1);
				created.add(new Ticket(id, ticket.pipelineId(), ticket.statusId(), properties, 1, now, now));
			}
			times.executeBatch();
		} catch (SQLException e) {
			throw failed(e);
		}
		insertProperties(writes);
		insertHistory(history, actor, now);
		return created;
	}

	@Override
	public Optional<Ticket> findTicket(long id) {
		List<Ticket> found = tickets("SELECT " + TICKET_COLUMNS + " FROM ticket WHERE id = ?", ps -> ps.setLong(1, id));
		return found.stream().findFirst();
	}

	@Override
	public List<Ticket> findTickets(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Ticket> found = tickets("SELECT " + TICKET_COLUMNS + " FROM ticket WHERE id IN ("
				+ String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", ps -> {
					for (int i = 0; i < ids.size(); i++) {
						ps.setLong(i + 1, ids.get(i));
					}
				});
		Map<Long, Ticket> byId = new HashMap<>();
		found.forEach(t -> byId.put(t.id(), t));
		return ids.stream().distinct().map(byId::get).filter(t -> t != null).toList();
	}

	@Override
	public boolean updateTicket(Ticket before, String pipelineId, String statusId,
			Map<String, String> changedProperties, String actor, Instant now) {
		long id = before.id();
		int updated = update("UPDATE ticket SET pipeline_id = ?, status_id = ?, row_version = row_version + 1,"
				+ " updated_at = ? WHERE id = ? AND row_version = ?", ps -> {
					ps.setString(1, pipelineId);
					ps.setString(2, statusId);
					ps.setObject(3, timestamp(now));
					ps.setLong(4, id);
					ps.setLong(5, before.version());
				});
		if (updated == 0) {
			return false;
		}
		List<HistoryWrite> history = new ArrayList<>();
		List<PropertyWrite> writes = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		changedProperties.forEach((name, value) -> {
			String old = before.properties().get(name);
			String next = value == null || value.isEmpty() ? null : value;
			if (java.util.Objects.equals(old, next)) {
				return;
			}
			if (old != null) {
				removed.add(name);
			}
			if (next != null) {
				writes.add(new PropertyWrite(id, statusId, name, next));
			}
			history.add(new HistoryWrite(id, name, old, next));
		});
		if (!removed.isEmpty()) {
			try (PreparedStatement ps = connection
					.prepareStatement("DELETE FROM ticket_property WHERE ticket_id = ? AND prop_name = ?")) {
				for (String name : removed) {
					ps.setLong(1, id);
					ps.setString(2, name);
					ps.addBatch();
				}
				ps.executeBatch();
			} catch (SQLException e) {
				throw failed(e);
			}
		}
		insertProperties(writes);
		countValueChanges(before, statusId, changedProperties);
		if (!pipelineId.equals(before.pipelineId())) {
			history.add(new HistoryWrite(id, PIPELINE_PROPERTY, before.pipelineId(), pipelineId));
		}
		if (!statusId.equals(before.statusId())) {
			history.add(new HistoryWrite(id, STATUS_PROPERTY, before.statusId(), statusId));
			changeStatusTime(id, before.statusId(), statusId, now.toEpochMilli());
			update("UPDATE ticket_property SET status_id = ? WHERE ticket_id = ?", ps -> {
				ps.setString(1, statusId);
				ps.setLong(2, id);
			});
			counts.addToStatus(before.statusId(), -1);
			counts.addToStatus(statusId, 1);
		}
		insertHistory(history, actor, now);
		return true;
	}

	/**
	 * The values a ticket loses and gains in the kept counts: a changed value moves from old to new, and a status
	 * change moves every value of the ticket to the new status.
	 */
	private void countValueChanges(Ticket before, String statusId, Map<String, String> changedProperties) {
		boolean moved = !statusId.equals(before.statusId());
		Map<String, String> after = new HashMap<>(before.properties());
		changedProperties.forEach((name, value) -> {
			if (value == null || value.isEmpty()) {
				after.remove(name);
			} else {
				after.put(name, value);
			}
		});
		before.properties().forEach((name, value) -> {
			if (moved || !value.equals(after.get(name))) {
				counts.addToValue(name, before.statusId(), value, -1);
			}
		});
		after.forEach((name, value) -> {
			if (moved || !value.equals(before.properties().get(name))) {
				counts.addToValue(name, statusId, value, 1);
			}
		});
	}

	/** Closes the stay in {@code from} and opens one in {@code to}. */
	private void changeStatusTime(long id, String from, String to, long nowMillis) {
		update("UPDATE ticket_status_time SET exited_ms = ?, latest_ms = ? - entered_ms,"
				+ " cumulative_ms = cumulative_ms + (? - entered_ms) WHERE ticket_id = ? AND status_id = ? AND exited_ms IS NULL",
				ps -> {
					ps.setLong(1, nowMillis);
					ps.setLong(2, nowMillis);
					ps.setLong(3, nowMillis);
					ps.setLong(4, id);
					ps.setString(5, from);
				});
		int reopened = update("UPDATE ticket_status_time SET entered_ms = ?, exited_ms = NULL WHERE ticket_id = ? AND status_id = ?",
				ps -> {
					ps.setLong(1, nowMillis);
					ps.setLong(2, id);
					ps.setString(3, to);
				});
		if (reopened == 0) {
			update("INSERT INTO ticket_status_time (ticket_id, status_id, entered_ms, exited_ms, latest_ms, cumulative_ms)"
					+ " VALUES (?, ?, ?, NULL, 0, 0)", ps -> {
						ps.setLong(1, id);
						ps.setString(2, to);
						ps.setLong(3, nowMillis);
					});
		}
	}

	@Override
	public boolean deleteTicket(long id) {
		record Row(String statusId, long version, Map<String, String> valueKeys) {
		}
		while (true) {
			// status, version and values in one read; the delete holds to that version, so the counts lose exactly
			// what is deleted even when someone changed the ticket meanwhile (then it reads again)
			Row row = query("SELECT t.status_id, t.row_version, p.prop_name, p.value_key FROM ticket t"
					+ " LEFT JOIN ticket_property p ON p.ticket_id = t.id WHERE t.id = ?", ps -> ps.setLong(1, id), rs -> {
						Row read = null;
						while (rs.next()) {
							read = read != null ? read : new Row(rs.getString(1), rs.getLong(2), new HashMap<>());
							if (rs.getString(3) != null) {
								read.valueKeys().put(rs.getString(3), rs.getString(4));
							}
						}
						return read;
					});
			if (row == null) {
				return false;
			}
			// the ticket's values and time in status go with it (ON DELETE CASCADE)
			if (update("DELETE FROM ticket WHERE id = ? AND row_version = ?", ps -> {
				ps.setLong(1, id);
				ps.setLong(2, row.version());
			}) == 1) {
				counts.addToStatus(row.statusId(), -1);
				row.valueKeys().forEach((name, key) -> counts.addToValue(name, row.statusId(), key, -1));
				return true;
			}
		}
	}

	@Override
	public long countTicketsInPipeline(String pipelineId) {
		return query("SELECT COUNT(*) FROM ticket WHERE pipeline_id = ?", ps -> ps.setString(1, pipelineId),
				rs -> rs.next() ? rs.getLong(1) : 0L);
	}

	@Override
	public long countTicketsInStatus(String statusId) {
		return query("SELECT COUNT(*) FROM ticket WHERE status_id = ?", ps -> ps.setString(1, statusId),
				rs -> rs.next() ? rs.getLong(1) : 0L);
	}

	@Override
	public Map<String, Long> countTicketsByStatus(Collection<String> statusIds) {
		if (statusIds.isEmpty()) {
			return Map.of();
		}
		List<String> ids = List.copyOf(statusIds);
		counts.flush(); // this transaction's own changes count too
		// Summed from the sharded counters: a few rows per status, whatever the number of tickets.
		return query("SELECT status_id, SUM(tickets) FROM ticket_status_count WHERE status_id IN ("
				+ String.join(", ", Collections.nCopies(ids.size(), "?")) + ") GROUP BY status_id", ps -> {
					for (int i = 0; i < ids.size(); i++) {
						ps.setString(i + 1, ids.get(i));
					}
				}, rs -> {
					Map<String, Long> counts = new HashMap<>();
					while (rs.next()) {
						if (rs.getLong(2) != 0) {
							counts.put(rs.getString(1), rs.getLong(2));
						}
					}
					return counts;
				});
	}

	@Override
	public long countTicketsWithProperty(String propertyName) {
		return query("SELECT COUNT(*) FROM ticket_property WHERE prop_name = ?", ps -> ps.setString(1, propertyName),
				rs -> rs.next() ? rs.getLong(1) : 0L);
	}

	@Override
	public long moveTickets(String fromStatusId, String toPipelineId, String toStatusId, String actor, Instant now) {
		long nowMillis = now.toEpochMilli();
		// History and time in status first: they select the tickets by their old status.
		update("INSERT INTO ticket_history (ticket_id, prop_name, old_value, new_value, actor, occurred_at)"
				+ " SELECT id, CAST(? AS VARCHAR(100)), status_id, CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(200)), CAST(? AS TIMESTAMP WITH TIME ZONE)"
				+ " FROM ticket WHERE status_id = ?", ps -> {
					ps.setString(1, STATUS_PROPERTY);
					ps.setString(2, toStatusId);
					ps.setString(3, actor);
					ps.setObject(4, timestamp(now));
					ps.setString(5, fromStatusId);
				});
		update("UPDATE ticket_status_time SET exited_ms = ?, latest_ms = ? - entered_ms,"
				+ " cumulative_ms = cumulative_ms + (? - entered_ms) WHERE status_id = ? AND exited_ms IS NULL", ps -> {
					ps.setLong(1, nowMillis);
					ps.setLong(2, nowMillis);
					ps.setLong(3, nowMillis);
					ps.setString(4, fromStatusId);
				});
		update("UPDATE ticket_status_time SET entered_ms = ?, exited_ms = NULL WHERE status_id = ?"
				+ " AND ticket_id IN (SELECT id FROM ticket WHERE status_id = ?)", ps -> {
					ps.setLong(1, nowMillis);
					ps.setString(2, toStatusId);
					ps.setString(3, fromStatusId);
				});
		update("INSERT INTO ticket_status_time (ticket_id, status_id, entered_ms, exited_ms, latest_ms, cumulative_ms)"
				+ " SELECT t.id, CAST(? AS VARCHAR(64)), CAST(? AS BIGINT), NULL, 0, 0 FROM ticket t WHERE t.status_id = ?"
				+ " AND NOT EXISTS (SELECT 1 FROM ticket_status_time s WHERE s.ticket_id = t.id AND s.status_id = ?)", ps -> {
					ps.setString(1, toStatusId);
					ps.setLong(2, nowMillis);
					ps.setString(3, fromStatusId);
					ps.setString(4, toStatusId);
				});
		update("UPDATE ticket_property SET status_id = ? WHERE ticket_id IN (SELECT id FROM ticket WHERE status_id = ?)",
				ps -> {
					ps.setString(1, toStatusId);
					ps.setString(2, fromStatusId);
				});
		long moved = update("UPDATE ticket SET pipeline_id = ?, status_id = ?, row_version = row_version + 1, updated_at = ?"
				+ " WHERE status_id = ?", ps -> {
					ps.setString(1, toPipelineId);
					ps.setString(2, toStatusId);
					ps.setObject(3, timestamp(now));
					ps.setString(4, fromStatusId);
				});
		counts.moveStatus(fromStatusId, toStatusId, moved);
		return moved;
	}

	@Override
	public SecurityRecords security() {
		return new JdbcSecurityRecords(connection);
	}

	@Override
	public TicketQueryResult searchTickets(TicketQuery query, TicketVisibility visibility) {
		if (visibility.none()) {
			return new TicketQueryResult(0, List.of());
		}
		TicketSearchSql sql = new TicketSearchSql(query, visibility);
		long total = query(sql.countSql(), sql::bindCount, rs -> rs.next() ? rs.getLong(1) : 0L);
		return new TicketQueryResult(total, total == 0 ? List.of() : page(sql));
	}

	@Override
	public List<Ticket> searchPage(TicketQuery query, TicketVisibility visibility) {
		return visibility.none() ? List.of() : page(new TicketSearchSql(query, visibility));
	}

	private List<Ticket> page(TicketSearchSql sql) {
		List<Long> ids = query(sql.pageSql(), sql::bindPage, rs -> {
			List<Long> page = new ArrayList<>();
			while (rs.next()) {
				page.add(rs.getLong(1));
			}
			return page;
		});
		return findTickets(ids);
	}

	@Override
	public void keepValueCounts(Set<String> propertyNames) {
		if (counts.keep(propertyNames)) {
			afterCommit(countedProperties::changed);
		}
	}

	@Override
	public long countTicketsWithValue(String propertyName, String value, Collection<String> statusIds) {
		return counts.countValue(propertyName, value, statusIds);
	}

	@Override
	public List<TicketHistoryEntry> ticketHistory(long ticketId, long afterId, int limit) {
		return history("SELECT id, ticket_id, prop_name, old_value, new_value, actor, occurred_at FROM ticket_history"
				+ " WHERE ticket_id = ? AND id > ? ORDER BY id FETCH FIRST ? ROWS ONLY", ps -> {
					ps.setLong(1, ticketId);
					ps.setLong(2, afterId);
					ps.setInt(3, limit);
				});
	}

	@Override
	public List<TicketHistoryEntry> propertyHistory(long ticketId, Collection<String> propertyNames) {
		if (propertyNames.isEmpty()) {
			return List.of();
		}
		List<String> names = List.copyOf(propertyNames);
		return history("SELECT id, ticket_id, prop_name, old_value, new_value, actor, occurred_at FROM ticket_history"
				+ " WHERE ticket_id = ? AND prop_name IN (" + String.join(", ", Collections.nCopies(names.size(), "?"))
				+ ") ORDER BY id DESC", ps -> {
					ps.setLong(1, ticketId);
					for (int i = 0; i < names.size(); i++) {
						ps.setString(i + 2, names.get(i));
					}
				});
	}

	@Override
	public List<StatusTime> statusTimes(long ticketId, Instant asOf) {
		long asOfMillis = asOf.toEpochMilli();
		return query("SELECT status_id, entered_ms, exited_ms, latest_ms, cumulative_ms FROM ticket_status_time"
				+ " WHERE ticket_id = ? ORDER BY entered_ms", ps -> ps.setLong(1, ticketId), rs -> {
					List<StatusTime> times = new ArrayList<>();
					while (rs.next()) {
						long entered = rs.getLong(2);
						long exited = rs.getLong(3);
						boolean open = rs.wasNull();
						long ongoing = open ? Math.max(0, asOfMillis - entered) : 0;
						times.add(new StatusTime(rs.getString(1), Instant.ofEpochMilli(entered),
								open ? null : Instant.ofEpochMilli(exited), open ? ongoing : rs.getLong(4),
								rs.getLong(5) + ongoing));
					}
					return times;
				});
	}

	private List<TicketHistoryEntry> history(String sql, Binder binder) {
		return query(sql, binder, rs -> {
			List<TicketHistoryEntry> entries = new ArrayList<>();
			while (rs.next()) {
				entries.add(new TicketHistoryEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), instant(rs, 7)));
			}
			return entries;
		});
	}

	@Override
	public List<Ticket> listTickets(long afterId, int limit, TicketVisibility visibility) {
		if (visibility.none()) {
			return List.of();
		}
		List<Object> parameters = new ArrayList<>();
		String visible = VisibilitySql.clause(visibility, parameters);
		return tickets("SELECT " + TICKET_COLUMNS + " FROM ticket t WHERE id > ?" + visible
				+ " ORDER BY id FETCH FIRST ? ROWS ONLY", ps -> {
					ps.setLong(1, afterId);
					int next = Sql.bindAll(ps, parameters, 2);
					ps.setInt(next, limit);
				});
	}

	@Override
	public List<Ticket> listTicketsInStatus(String statusId, long beforeId, int limit, TicketVisibility visibility) {
		if (visibility.none()) {
			return List.of();
		}
		List<Object> parameters = new ArrayList<>();
		String visible = VisibilitySql.clause(visibility, parameters);
		return tickets(statusPageSql(postgresql, visible), ps -> {
			ps.setString(1, statusId);
			ps.setLong(2, beforeId);
			int next = Sql.bindAll(ps, parameters, 3);
			if (postgresql) {
				ps.setString(next++, statusId);
			}
			ps.setInt(next, limit);
		});
	}

	/**
	 * A board column's page: a status's tickets below an id, newest first. On H2, ordered exactly as the (status_id,
	 * id DESC) index, so H2 reads just the page instead of the column. PostgreSQL, asked for "status = s ... ORDER BY
	 * id DESC", may walk the primary key backwards filtering by status, as it expects statuses spread evenly over
	 * ids: behind a run of newer tickets in other statuses (the "Closed" column behind today's new tickets) that read
	 * 63,000 rows for 21 cards, 30 ms at 1M tickets. There the page is a range of the (status_id, id) index,
	 * {@code (status_id, id) < (s, before) AND status_id >= s}, ordered by both columns: only that index gives the
	 * order, so the plan cannot depend on how the statuses happen to be spread.
	 */
	static String statusPageSql(boolean postgresql, String visible) {
		if (postgresql) {
			return "SELECT " + TICKET_COLUMNS + " FROM ticket t WHERE (status_id, id) < (?, ?)" + visible
					+ " AND status_id >= ? ORDER BY status_id DESC, id DESC FETCH FIRST ? ROWS ONLY";
		}
		return "SELECT " + TICKET_COLUMNS + " FROM ticket t WHERE status_id = ? AND id < ?" + visible
				+ " ORDER BY status_id, id DESC FETCH FIRST ? ROWS ONLY";
	}

	@Override
	public Map<String, Long> countVisibleTicketsByStatus(Collection<String> statusIds, TicketVisibility visibility) {
		if (visibility.unrestricted()) {
			return countTicketsByStatus(statusIds);
		}
		if (statusIds.isEmpty() || visibility.none()) {
			return Map.of();
		}
		List<String> statuses = List.copyOf(statusIds);
		List<Object> parameters = new ArrayList<>();
		String visible = VisibilitySql.clause(visibility, parameters);
		return query("SELECT status_id, COUNT(*) FROM ticket t WHERE status_id IN ("
				+ String.join(", ", Collections.nCopies(statuses.size(), "?")) + ")" + visible + " GROUP BY status_id",
				ps -> {
					for (int i = 0; i < statuses.size(); i++) {
						ps.setString(i + 1, statuses.get(i));
					}
					Sql.bindAll(ps, parameters, statuses.size() + 1);
				}, rs -> {
					Map<String, Long> counts = new HashMap<>();
					while (rs.next()) {
						counts.put(rs.getString(1), rs.getLong(2));
					}
					return counts;
				});
	}

	/** Reads ticket rows, then all their properties in one query (no query per ticket). */
	private List<Ticket> tickets(String sql, Binder binder) {
		record Row(long id, String pipelineId, String statusId, long version, Instant createdAt, Instant updatedAt) {
		}
		List<Row> rows = query(sql, binder, rs -> {
			List<Row> result = new ArrayList<>();
			while (rs.next()) {
				result.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), instant(rs, 5),
						instant(rs, 6)));
			}
			return result;
		});
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<String, String>> properties = new HashMap<>();
		String placeholders = String.join(", ", Collections.nCopies(rows.size(), "?"));
		query("SELECT ticket_id, prop_name, prop_value FROM ticket_property WHERE ticket_id IN (" + placeholders + ")",
				ps -> {
					for (int i = 0; i < rows.size(); i++) {
						ps.setLong(i + 1, rows.get(i).id());
					}
				}, rs -> {
					while (rs.next()) {
						properties.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2),
								rs.getString(3));
					}
					return null;
				});
		return rows.stream().map(r -> new Ticket(r.id(), r.pipelineId(), r.statusId(),
				Collections.unmodifiableMap(properties.getOrDefault(r.id(), new TreeMap<>())), r.version(),
				r.createdAt(), r.updatedAt())).toList();
	}

	private record PropertyWrite(long ticketId, String statusId, String name, String value) {
	}

	private record HistoryWrite(long ticketId, String name, String oldValue, String newValue) {
	}

	private void insertProperties(List<PropertyWrite> writes) {
		if (writes.isEmpty()) {
			return;
		}
		try (PreparedStatement ps = connection.prepareStatement("INSERT INTO ticket_property"
				+ " (ticket_id, prop_name, prop_value, value_key, num_value, status_id) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (PropertyWrite write : writes) {
				ps.setLong(1, write.ticketId());
				ps.setString(2, write.name());
				ps.setString(3, write.value());
				ps.setString(4, SearchKeys.valueKey(write.value()));
				ps.setBigDecimal(5, SearchKeys.numericKey(write.value()));
				ps.setString(6, write.statusId());
				ps.addBatch();
			}
			ps.executeBatch();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	private void insertHistory(List<HistoryWrite> writes, String actor, Instant now) {
		if (writes.isEmpty()) {
			return;
		}
		try (PreparedStatement ps = connection.prepareStatement("INSERT INTO ticket_history"
				+ " (ticket_id, prop_name, old_value, new_value, actor, occurred_at) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (HistoryWrite write : writes) {
				ps.setLong(1, write.ticketId());
				ps.setString(2, write.name());
				ps.setString(3, write.oldValue());
				ps.setString(4, write.newValue());
				ps.setString(5, actor);
				ps.setObject(6, timestamp(now));
				ps.addBatch();
			}
			ps.executeBatch();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	private static Map<String, String> sorted(Map<String, String> properties) {
		Map<String, String> sorted = new TreeMap<>();
		properties.forEach((k, v) -> {
			if (v != null && !v.isEmpty()) {
				sorted.put(k, v);
			}
		});
		return Collections.unmodifiableMap(sorted);
	}

	private <T> T query(String sql, Binder binder, Reader<T> reader) {
		return Sql.query(connection, sql, binder, reader);
	}

	private int update(String sql, Binder binder) {
		return Sql.update(connection, sql, binder);
	}



	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
