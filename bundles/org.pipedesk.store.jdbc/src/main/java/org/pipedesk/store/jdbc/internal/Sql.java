package org.pipedesk.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.pipedesk.store.jdbc.sql.Jdbc;

/**
 * The store's JDBC helpers: those of the exported {@link Jdbc}, which the automation and channel bundles use too,
 * plus a few only the store needs.
 */
final class Sql {
	private Sql() {
	}

	@FunctionalInterface
	interface Binder extends Jdbc.Binder {
	}

	@FunctionalInterface
	interface Reader<T> extends Jdbc.Reader<T> {
	}

	static <T> T query(Connection connection, String sql, Binder binder, Reader<T> reader) {
		return Jdbc.query(connection, sql, binder, reader);
	}

	static int update(Connection connection, String sql, Binder binder) {
		return Jdbc.update(connection, sql, binder);
	}

	/** SQLSTATE of a unique (or primary key) violation, the same on H2 and PostgreSQL. */
	static final String UNIQUE_VIOLATION = "23505";

	/**
	 * Adds to a counter row: runs {@code increment}; when it changed no row, inserts the row, and when a concurrent
	 * transaction inserted it first, runs the increment again.
	 */
	static void incrementOrInsert(Connection connection, String increment, Binder incrementBinder, String insert,
			Binder insertBinder) {
		if (update(connection, increment, incrementBinder) == 0 && !insertIfAbsent(connection, insert, insertBinder)) {
			update(connection, increment, incrementBinder);
		}
	}

	/**
	 * Inserts a row under a savepoint; when a row with its key exists (or a concurrent transaction inserted one and
	 * committed meanwhile: the database makes this one wait for it), rolls the savepoint back and answers false.
	 */
	static boolean insertIfAbsent(Connection connection, String insert, Binder binder) {
		try {
			java.sql.Savepoint savepoint = connection.setSavepoint();
			try (PreparedStatement ps = connection.prepareStatement(insert)) {
				binder.bind(ps);
				ps.executeUpdate();
				connection.releaseSavepoint(savepoint);
				return true;
			} catch (SQLException e) {
				if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
					throw e;
				}
				connection.rollback(savepoint);
				return false;
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	static OffsetDateTime timestamp(Instant instant) {
		return Jdbc.timestamp(instant);
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		return Jdbc.instant(rs, column);
	}

	/** "?, ?, ?" for an IN list of {@code count} values. */
	static String placeholders(int count) {
		return Jdbc.placeholders(count);
	}

	/** Binds {@code parameters} from position {@code first}; returns the next free position. */
	static int bindAll(PreparedStatement ps, java.util.List<?> parameters, int first) throws SQLException {
		int index = first;
		for (Object parameter : parameters) {
			ps.setObject(index++, parameter);
		}
		return index;
	}

	/** The first column of every row as a mutable set of longs. */
	static java.util.Set<Long> longSet(ResultSet rs) throws SQLException {
		java.util.Set<Long> values = new java.util.HashSet<>();
		while (rs.next()) {
			values.add(rs.getLong(1));
		}
		return values;
	}

	static StoreException failed(SQLException e) {
		return new StoreException("Database statement failed: " + e.getMessage(), e);
	}
}
