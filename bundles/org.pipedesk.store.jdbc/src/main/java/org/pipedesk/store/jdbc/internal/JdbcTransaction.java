package org.pipedesk.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.spi.ConfigurationHistory;
import org.pipedesk.core.spi.StaleVersionException;
import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.core.spi.StoredConfiguration;

/** One JDBC transaction on one pooled connection. Plain, portable SQL (H2 and PostgreSQL). */
final class JdbcTransaction implements StoreTransaction {
	private static final String UNIQUE_VIOLATION = "23505";
	private static final String TICKET_COLUMNS = "id, pipeline_id, status_id, row_version, created_at, updated_at";

	private final Connection connection;
	private final List<Runnable> afterCommit = new ArrayList<>();

	JdbcTransaction(Connection connection) {
		this.connection = connection;
	}

	void committed() {
		afterCommit.forEach(Runnable::run);
	}

	@Override
	public void afterCommit(Runnable action) {
		afterCommit.add(action);
	}

	@Override
	public long headConfigurationVersion() {
		return query("SELECT COALESCE(MAX(config_version), 0) FROM desk_config", ps -> {
		}, rs -> rs.next() ? rs.getLong(1) : 0L);
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
			if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
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
	public Ticket insertTicket(String pipelineId, String statusId, Map<String, String> properties, Instant now) {
		long id;
		try (PreparedStatement ps = connection.prepareStatement(
				"INSERT INTO ticket (pipeline_id, status_id, row_version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
				new String[] { "id" })) {
			ps.setString(1, pipelineId);
			ps.setString(2, statusId);
			ps.setObject(3, timestamp(now));
			ps.setObject(4, timestamp(now));
			ps.executeUpdate();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				keys.next();
				id = keys.getLong(1);
			}
		} catch (SQLException e) {
			throw failed(e);
		}
		writeProperties(id, properties);
		return new Ticket(id, pipelineId, statusId, sorted(properties), 1, now, now);
	}

	@Override
	public Optional<Ticket> findTicket(long id) {
		List<Ticket> found = tickets("SELECT " + TICKET_COLUMNS + " FROM ticket WHERE id = ?", ps -> ps.setLong(1, id));
		return found.stream().findFirst();
	}

	@Override
	public boolean updateTicket(long id, long expectedVersion, String pipelineId, String statusId,
			Map<String, String> changedProperties, Instant now) {
		int updated = update("UPDATE ticket SET pipeline_id = ?, status_id = ?, row_version = row_version + 1,"
				+ " updated_at = ? WHERE id = ? AND row_version = ?", ps -> {
					ps.setString(1, pipelineId);
					ps.setString(2, statusId);
					ps.setObject(3, timestamp(now));
					ps.setLong(4, id);
					ps.setLong(5, expectedVersion);
				});
		if (updated == 0) {
			return false;
		}
		if (!changedProperties.isEmpty()) {
			try (PreparedStatement ps = connection
					.prepareStatement("DELETE FROM ticket_property WHERE ticket_id = ? AND prop_name = ?")) {
				for (String name : changedProperties.keySet()) {
					ps.setLong(1, id);
					ps.setString(2, name);
					ps.addBatch();
				}
				ps.executeBatch();
			} catch (SQLException e) {
				throw failed(e);
			}
			writeProperties(id, changedProperties);
		}
		return true;
	}

	@Override
	public boolean deleteTicket(long id) {
		update("DELETE FROM ticket_property WHERE ticket_id = ?", ps -> ps.setLong(1, id));
		return update("DELETE FROM ticket WHERE id = ?", ps -> ps.setLong(1, id)) == 1;
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
	public Map<String, Long> countTicketsByStatus(String pipelineId) {
		return query("SELECT status_id, COUNT(*) FROM ticket WHERE pipeline_id = ? GROUP BY status_id",
				ps -> ps.setString(1, pipelineId), rs -> {
					Map<String, Long> counts = new HashMap<>();
					while (rs.next()) {
						counts.put(rs.getString(1), rs.getLong(2));
					}
					return counts;
				});
	}

	@Override
	public long moveTickets(String fromStatusId, String toPipelineId, String toStatusId, Instant now) {
		return update("UPDATE ticket SET pipeline_id = ?, status_id = ?, row_version = row_version + 1, updated_at = ?"
				+ " WHERE status_id = ?", ps -> {
					ps.setString(1, toPipelineId);
					ps.setString(2, toStatusId);
					ps.setObject(3, timestamp(now));
					ps.setString(4, fromStatusId);
				});
	}

	@Override
	public List<Ticket> listTickets(long afterId, int limit) {
		return tickets("SELECT " + TICKET_COLUMNS + " FROM ticket WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY",
				ps -> {
					ps.setLong(1, afterId);
					ps.setInt(2, limit);
				});
	}

	@Override
	public List<Ticket> listTicketsInStatus(String statusId, long beforeId, int limit) {
		return tickets("SELECT " + TICKET_COLUMNS
				+ " FROM ticket WHERE status_id = ? AND id < ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY", ps -> {
					ps.setString(1, statusId);
					ps.setLong(2, beforeId);
					ps.setInt(3, limit);
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

	private void writeProperties(long id, Map<String, String> properties) {
		try (PreparedStatement ps = connection
				.prepareStatement("INSERT INTO ticket_property (ticket_id, prop_name, prop_value) VALUES (?, ?, ?)")) {
			boolean any = false;
			for (Map.Entry<String, String> entry : properties.entrySet()) {
				if (entry.getValue() == null || entry.getValue().isEmpty()) {
					continue; // an empty value clears the property
				}
				ps.setLong(1, id);
				ps.setString(2, entry.getKey());
				ps.setString(3, entry.getValue());
				ps.addBatch();
				any = true;
			}
			if (any) {
				ps.executeBatch();
			}
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

	@FunctionalInterface
	private interface Binder {
		void bind(PreparedStatement ps) throws SQLException;
	}

	@FunctionalInterface
	private interface Reader<T> {
		T read(ResultSet rs) throws SQLException;
	}

	private <T> T query(String sql, Binder binder, Reader<T> reader) {
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			binder.bind(ps);
			try (ResultSet rs = ps.executeQuery()) {
				return reader.read(rs);
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	private int update(String sql, Binder binder) {
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			binder.bind(ps);
			return ps.executeUpdate();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static StoreException failed(SQLException e) {
		return new StoreException("Database statement failed: " + e.getMessage(), e);
	}
}
