package org.pipedesk.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit of the embedded H2 store is in the database file when {@code inTransaction} returns: a JVM that
 * commits tickets from several threads at once and then ends like a killed process ({@code Runtime.halt}: no shutdown
 * hooks, H2's background writer never runs again) loses none of them. Without {@link H2GroupCommit} H2 keeps them in
 * memory for up to 500 ms and this test loses them.
 */
class H2KillDurabilityTest {
	private static final int THREADS = 4;
	private static final int TICKETS_PER_THREAD = 25;

	@TempDir
	Path dataDirectory;

	@Test
	void everyAnsweredCommitSurvivesAKill() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				CommitThenHalt.class.getName(), dataDirectory.toString()).redirectErrorStream(true).start();
		assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the committing JVM did not end");
		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		List<Long> answered = output.lines().filter(line -> line.startsWith("committed ")).map(line -> Long.valueOf(line.substring(10))).toList();
		assertEquals(THREADS * TICKETS_PER_THREAD, answered.size(), output);

		JdbcDeskStore store = new JdbcDeskStore(JdbcDeskStore.h2(dataDirectory), 2);
		try {
			List<Long> missing = new ArrayList<>();
			store.inTransaction(tx -> {
				answered.forEach(id -> {
					if (tx.findTicket(id).isEmpty()) {
						missing.add(id);
					}
				});
				return null;
			});
			assertEquals(List.of(), missing, "tickets answered as committed but gone after the kill");
		} finally {
			store.close();
		}
	}

	/**
	 * H2 runs {@code CHECKPOINT} only for admins; a user-supplied H2 URL may name a user without admin rights. Its
	 * store still writes (commits then reach the file as H2 writes them), instead of failing after every commit.
	 */
	@Test
	void aDatabaseUserWithoutAdminRightsStillWrites() throws Exception {
		new JdbcDeskStore(JdbcDeskStore.h2(dataDirectory), 2).close(); // migrated by the admin
		try (Connection admin = JdbcDeskStore.h2(dataDirectory).getConnection();
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE USER clerk PASSWORD 'clerk'");
			statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO clerk");
		}
		JdbcDataSource clerk = new JdbcDataSource();
		clerk.setURL(DatabaseSettings.h2File(dataDirectory).url());
		clerk.setUser("clerk");
		clerk.setPassword("clerk");
		JdbcDeskStore store = new JdbcDeskStore(clerk, 2);
		try {
			long id = store.inTransaction(tx -> tx.insertTicket("0", "1", Map.of("subject", "by a clerk"), "test",
					Instant.now()).id());
			assertTrue(store.inTransaction(tx -> tx.findTicket(id)).isPresent());
		} finally {
			store.close();
		}
	}

	/** The child JVM: commits tickets concurrently, prints each id once its commit returned, then halts. */
	public static final class CommitThenHalt {
		public static void main(String[] args) throws InterruptedException, IOException {
			JdbcDeskStore store = new JdbcDeskStore(JdbcDeskStore.h2(Path.of(args[0])), THREADS);
			List<Thread> threads = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				Thread thread = new Thread(() -> {
					for (int i = 0; i < TICKETS_PER_THREAD; i++) {
						long id = store.inTransaction(
								tx -> tx.insertTicket("0", "1", Map.of("subject", "kill test"), "test", Instant.now()).id());
						synchronized (System.out) {
							System.out.println("committed " + id);
							System.out.flush();
						}
					}
				});
				threads.add(thread);
				thread.start();
			}
			for (Thread thread : threads) {
				thread.join();
			}
			Runtime.getRuntime().halt(0);
		}
	}
}
