package org.pipedesk.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pipedesk.core.api.NewTicket;
import org.pipedesk.core.spi.StoreTransaction;

/**
 * The group commit's write leaves the connection as it found it: H2 keeps the statements a connection parsed for its
 * next transactions ({@code QUERY_CACHE_SIZE}), but a rollback empties that cache, and the pool rolls back a
 * connection returned with a transaction open (the {@code CHECKPOINT} opened one). Every statement of a ticket create
 * was then parsed again, about 8% of a create's request time.
 */
class H2GroupCommitTest {
	@TempDir
	Path dataDirectory;

	@Test
	void aWrittenCommitKeepsTheConnectionsParsedStatements() throws Exception {
		JdbcDeskStore store = new JdbcDeskStore(JdbcDeskStore.h2(dataDirectory), 2); // the pool hands a thread its last connection again
		try {
			for (int i = 0; i < 2; i++) {
				store.inTransaction(tx -> tx.insertTickets(List.of(new NewTicket("0", "1", Map.of("subject", "s"))),
						"system:test", Instant.now()));
			}
			Set<?> parsed = store.inTransaction(H2GroupCommitTest::parsedStatements);
			assertTrue(parsed.stream().anyMatch(sql -> sql.toString().startsWith("INSERT INTO ticket_history")),
					"statements parsed before the last write: " + parsed);
		} finally {
			store.close();
		}
	}

	/** The SQL H2 holds parsed for the transaction's connection: H2 internals, read by reflection. */
	private static Set<?> parsedStatements(StoreTransaction tx) {
		try {
			Connection h2 = tx.unwrap(Connection.class).orElseThrow().unwrap(Connection.class);
			Object session = h2.getClass().getMethod("getSession").invoke(h2);
			Field cache = session.getClass().getDeclaredField("queryCache");
			cache.setAccessible(true);
			Map<?, ?> statements = (Map<?, ?>) cache.get(session);
			return statements == null ? Set.of() : Set.copyOf(statements.keySet());
		} catch (ReflectiveOperationException | java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
