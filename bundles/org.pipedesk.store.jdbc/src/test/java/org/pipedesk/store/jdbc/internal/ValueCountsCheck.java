package org.pipedesk.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

/**
 * Checks the kept value counts against a real count of the stored values: for every counted (property, status,
 * value) the counters' sum equals the number of ticket_property rows, through the table and through the store's
 * own read ({@code countTicketsWithValue}, per status and over all statuses).
 */
final class ValueCountsCheck {
	private ValueCountsCheck() {
	}

	static void assertExact(JdbcDeskStore store, DataSource database, String when) {
		Set<String> counted = new TreeSet<>(
				strings(database, "SELECT prop_name FROM ticket_counted_property", List.of()));
		Map<String, Long> real = new TreeMap<>();
		Map<String, Long> kept = new TreeMap<>();
		read(database, "SELECT prop_name, status_id, value_key, COUNT(*) FROM ticket_property"
				+ " GROUP BY prop_name, status_id, value_key", real, counted);
		read(database, "SELECT prop_name, status_id, value_key, SUM(tickets) FROM ticket_value_count"
				+ " GROUP BY prop_name, status_id, value_key", kept, null);
		kept.values().removeIf(n -> n == 0);
		assertEquals(real, kept, "kept counts against a real count (property | status | value), " + when);
		Map<String, Long> overAllStatuses = new HashMap<>();
		real.forEach((key, n) -> {
			String[] parts = key.split("\\|", -1);
			overAllStatuses.merge(parts[0] + "|" + parts[2], n, Long::sum);
			assertEquals(n, store.inTransaction(tx -> tx.countTicketsWithValue(parts[0], parts[2], List.of(parts[1]))),
					key + " read through the store, " + when);
		});
		overAllStatuses.forEach((key, n) -> {
			String[] parts = key.split("\\|", -1);
			assertEquals(n, store.inTransaction(tx -> tx.countTicketsWithValue(parts[0], parts[1], null)),
					key + " over every status, " + when);
		});
	}

	/** Rows of (property, status, value, count) as "property|status|value" -> count, of {@code only} properties. */
	private static void read(DataSource database, String sql, Map<String, Long> into, Set<String> only) {
		try (Connection connection = database.getConnection();
				PreparedStatement ps = connection.prepareStatement(sql);
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				if (only == null || only.contains(rs.getString(1))) {
					into.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), rs.getLong(4));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<String> strings(DataSource database, String sql, List<Object> parameters) {
		try (Connection connection = database.getConnection(); PreparedStatement ps = connection.prepareStatement(sql)) {
			Sql.bindAll(ps, parameters, 1);
			try (ResultSet rs = ps.executeQuery()) {
				List<String> values = new java.util.ArrayList<>();
				while (rs.next()) {
					values.add(rs.getString(1));
				}
				return values;
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
