package org.pipedesk.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The store's contract on a real PostgreSQL server (Zonky's embedded PostgreSQL 18 binaries from Maven Central,
 * started once for this class), set up as a deployment would be: the store logs in as a role that is not a
 * superuser, with a password the server checks (scram-sha-256), into a database that role owns; one fresh
 * database per test. The store gets its connection the way {@code ./pipedesk run --db-url ... --db-user ...
 * --db-password ...} hands it over, through {@link DatabaseSettings}.
 */
class PostgresDeskStoreTest extends DeskStoreContract {
	private static final String USER = "pipedesk";
	private static final String PASSWORD = "pw-" + UUID.randomUUID();
	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	private DataSource database;

	@BeforeAll
	static void startServer(@TempDir Path directory) throws IOException, SQLException {
		Path dataDirectory = directory.resolve("pgdata");
		// As root, the library runs initdb and postgres in a user namespace of their own (unshare -U), where they
		// are not root: PostgreSQL refuses to run as root.
		// fsync off: a throwaway test server need not survive a power cut, and CREATE DATABASE per test is faster
		server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(true)
				.setServerConfig("fsync", "off").start();
		superuser("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
		// initdb trusts every local login; the store's role must prove its password like in a real deployment.
		Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
				host all postgres 127.0.0.1/32 trust
				host all postgres ::1/128 trust
				host all all 127.0.0.1/32 scram-sha-256
				host all all ::1/128 scram-sha-256
				""");
		superuser("SELECT pg_reload_conf()");
	}

	@AfterAll
	static void stopServer() throws IOException {
		if (server != null) {
			server.close();
		}
	}

	private static void superuser(String sql) throws SQLException {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String url(String databaseName) {
		return "jdbc:postgresql://localhost:" + server.getPort() + "/" + databaseName;
	}

	/**
	 * The store's connection as {@code ./pipedesk run --db-url --db-user --db-password} hands it over: URL and user
	 * as framework properties, the password in the environment.
	 */
	private static DataSource connect(String databaseName, String user, String password) {
		Map<String, String> frameworkProperties = Map.of(DatabaseSettings.URL_PROPERTY, url(databaseName),
				DatabaseSettings.USER_PROPERTY, user);
		Map<String, String> environment = Map.of(DatabaseSettings.PASSWORD_VARIABLE, password);
		return DatabaseSettings.resolve("", "", "", frameworkProperties::get, environment::get, Path.of("unused"))
				.dataSource();
	}

	@Override
	protected DataSource database() {
		if (database == null) {
			String name = "store_test_" + DATABASES.incrementAndGet();
			try {
				superuser("CREATE DATABASE " + name + " OWNER " + USER);
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
			database = connect(name, USER, PASSWORD);
		}
		return database;
	}

	@Test
	void theStoreRunsOnPostgresqlAsItsOwnRole() throws SQLException {
		try (Connection connection = database().getConnection();
				ResultSet rs = connection.createStatement().executeQuery(
						"SELECT current_user, current_setting('server_version_num')::int, to_regclass('ticket') IS NOT NULL")) {
			assertTrue(rs.next());
			assertEquals(USER, rs.getString(1));
			assertTrue(rs.getInt(2) >= 180000, "PostgreSQL 18 or newer: " + rs.getInt(2));
			assertTrue(rs.getBoolean(3), "the migrations created the ticket table");
		}
	}

	@Test
	void aWrongPasswordIsRefusedAndNeverRepeatedInTheError() {
		String wrong = "wrong-" + UUID.randomUUID();
		RuntimeException refused = assertThrows(RuntimeException.class,
				() -> new JdbcDeskStore(connect("postgres", USER, wrong), 1).close());
		StringBuilder messages = new StringBuilder();
		for (Throwable t = refused; t != null; t = t.getCause()) {
			messages.append(t).append('\n');
		}
		assertTrue(messages.toString().contains("password authentication failed"), messages.toString());
		assertFalse(messages.toString().contains(wrong), messages.toString());
	}

	/**
	 * A board column behind a run of newer tickets in another status (today's new tickets in front of the "Closed"
	 * column): PostgreSQL must read the column's page from the status index, not walk the primary key backwards
	 * through every newer ticket filtering by status (63,000 rows for 21 cards, 30 ms, at 1M tickets).
	 */
	@Test
	void aBoardColumnBehindNewerTicketsOfAnotherStatusIsReadFromTheStatusIndex() throws SQLException {
		new JdbcDeskStore(database(), 1).close(); // the schema
		try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO ticket (pipeline_id, status_id, row_version, created_at, updated_at)"
					+ " SELECT '0', 'closed', 1, now(), now() FROM generate_series(1, 60000)");
			statement.execute("INSERT INTO ticket (pipeline_id, status_id, row_version, created_at, updated_at)"
					+ " SELECT '0', 'new', 1, now(), now() FROM generate_series(1, 20000)");
			statement.execute("ANALYZE ticket"); // what autovacuum does to a table that took many inserts
			StringBuilder plan = new StringBuilder();
			try (java.sql.PreparedStatement explain = connection
					.prepareStatement("EXPLAIN " + JdbcTransaction.statusPageSql(true, ""))) {
				explain.setString(1, "closed");
				explain.setLong(2, Long.MAX_VALUE);
				explain.setString(3, "closed");
				explain.setInt(4, 21);
				try (ResultSet rs = explain.executeQuery()) {
					while (rs.next()) {
						plan.append(rs.getString(1)).append('\n');
					}
				}
			}
			assertTrue(plan.toString().contains("Index Scan Backward using ticket_status_idx"), plan.toString());
			assertFalse(plan.toString().contains("Scan Backward using ticket_pkey"), plan.toString());
		}
	}
}
