package org.pipedesk.server.internal;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the PostgreSQL server for the PostgreSQL run of the integration tests (see this bundle's pom.xml): the
 * Maven build runs this main in its own JVM (exec:java) before tycho-surefire boots Equinox with
 * {@code pipedesk.db.*} pointing here, and the server stops when the build's JVM ends. It is set up like a
 * deployment: a database owned by a login role that is not a superuser and whose password the server checks.
 * Zonky's embedded PostgreSQL binaries come from Maven Central; as root, the library runs them in a user namespace
 * of their own (unshare -U) because PostgreSQL refuses to run as root.
 * <p>
 * Arguments: port, data directory (emptied first), database, user, password.
 */
public final class PostgresForIntegrationTests {
	private PostgresForIntegrationTests() {
	}

	public static void main(String[] args) throws IOException, SQLException {
		int port = Integer.parseInt(args[0]);
		Path dataDirectory = Path.of(args[1]).toAbsolutePath();
		String database = args[2];
		String user = args[3];
		String password = args[4];
		deleteRecursively(dataDirectory);
		Files.createDirectories(dataDirectory.getParent());
		// Server output to a file: nothing in this JVM has to keep reading it once main returns.
		Redirect log = Redirect.appendTo(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log").toFile());
		EmbeddedPostgres server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false).setRegisterShutdownHook(false).setOutputRedirector(log)
				.setErrorRedirector(log).setServerConfig("fsync", "off").start(); // a throwaway server
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
			statement.execute("CREATE DATABASE " + database + " OWNER " + user);
			// initdb trusts every local login; the store's role must prove its password.
			Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
					host all postgres 127.0.0.1/32 trust
					host all postgres ::1/128 trust
					host all all 127.0.0.1/32 scram-sha-256
					host all all ::1/128 scram-sha-256
					""");
			statement.execute("SELECT pg_reload_conf()");
		}
		long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
		Runtime.getRuntime().addShutdownHook(new Stop(postmaster));
		System.out.println("PostgreSQL for the integration tests: jdbc:postgresql://localhost:" + port + "/" + database
				+ " (user " + user + "), data in " + dataDirectory);
	}

	/**
	 * Stops the server when the build's JVM ends: SIGTERM to the postmaster (no client is left by then). Only
	 * java.base classes, because exec:java may have closed this class's loader by the time the hook runs.
	 */
	private static final class Stop extends Thread {
		private final long postmaster;

		Stop(long postmaster) {
			super("stop-postgres-for-integration-tests");
			this.postmaster = postmaster;
		}

		@Override
		public void run() {
			Optional<ProcessHandle> process = ProcessHandle.of(postmaster);
			if (process.isPresent() && process.get().destroy()) {
				try {
					process.get().onExit().get(10, TimeUnit.SECONDS);
				} catch (Exception e) {
					// the JVM is ending; nothing more to do
				}
			}
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
