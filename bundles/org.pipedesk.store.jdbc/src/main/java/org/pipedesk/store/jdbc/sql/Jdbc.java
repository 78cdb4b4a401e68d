package org.pipedesk.store.jdbc.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.pipedesk.core.spi.StoreTransaction;

/**
 * Small JDBC helpers for bundles that keep tables of their own in the store's database and write them on the
 * connection of a core store transaction (the automation outbox and queue, the channels): prepared statements with
 * lambdas, timestamps in UTC, one unchecked error type. The store uses the same helpers.
 */
public final class Jdbc {
	private Jdbc() {
	}

	/** Sets a statement's parameters. */
	@FunctionalInterface
	public interface Binder {
		void bind(PreparedStatement ps) throws SQLException;
	}

	/** Reads a whole result set into a value. */
	@FunctionalInterface
	public interface Reader<T> {
		T read(ResultSet rs) throws SQLException;
	}

	/**
	 * The JDBC connection of a core store transaction: statements on it are part of that transaction (committed or
	 * rolled back with the ticket changes).
	 */
	public static Connection connection(StoreTransaction tx) {
		return tx.unwrap(Connection.class)
				.orElseThrow(() -> new IllegalStateException("the store does not hand out a JDBC connection"));
	}

	public static <T> T query(Connection connection, String sql, Binder binder, Reader<T> reader) {
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			binder.bind(ps);
			try (ResultSet rs = ps.executeQuery()) {
				return reader.read(rs);
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** Runs an INSERT, UPDATE or DELETE; returns the number of rows it changed. */
	public static int update(Connection connection, String sql, Binder binder) {
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			binder.bind(ps);
			return ps.executeUpdate();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** Inserts one row into a table whose key column {@code id} the database generates, and returns that id. */
	public static long insert(Connection connection, String sql, Binder binder) {
		try (PreparedStatement ps = connection.prepareStatement(sql, new String[] { "id" })) {
			binder.bind(ps);
			ps.executeUpdate();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				if (!keys.next()) {
					throw new DatabaseException("No id returned by " + sql, null);
				}
				return keys.getLong(1);
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/**
	 * The ids the database generated for the rows of an executed batch of inserts (prepared with the key column
	 * named), in the order of the rows; fails unless there is one per row.
	 */
	public static List<Long> generatedIds(PreparedStatement ps, int rows) throws SQLException {
		List<Long> ids = new ArrayList<>(rows);
		try (ResultSet keys = ps.getGeneratedKeys()) {
			while (keys.next()) {
				ids.add(keys.getLong(1));
			}
		}
		if (ids.size() != rows) {
			throw new DatabaseException("The database returned " + ids.size() + " ids for " + rows + " rows", null);
		}
		return ids;
	}

	/** A TIMESTAMP WITH TIME ZONE value in UTC; null stays null. */
	public static OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** A TIMESTAMP WITH TIME ZONE column as an instant; SQL NULL is null. */
	public static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/** "?, ?, ?" for an IN list of {@code count} values. */
	public static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	public static DatabaseException failed(SQLException e) {
		return new DatabaseException("Database statement failed: " + e.getMessage(), e);
	}
}
