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
}
