package org.pipedesk.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.spi.StaleVersionException;
import org.pipedesk.core.spi.StoredConfiguration;

/**
 * What every database under the JDBC store must do, run against each real database Pipedesk supports: a subclass
 * per database provides a fresh, empty database for each test ({@link #database()} answers the same one again when
 * a test restarts the store).
 */
abstract class DeskStoreContract {
	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	private JdbcDeskStore store;

	/** This test's database; the same database on every call within one test. */
	protected abstract DataSource database();

	@BeforeEach
	void open() {
		store = new JdbcDeskStore(database(), 4);
	}

	@AfterEach
	void close() {
		store.close();
	}

	private Ticket insert(String statusId, Map<String, String> properties) {
		return store.inTransaction(tx -> tx.insertTicket("0", statusId, properties, "test", NOW));
	}

	@Test
	void aRestartKeepsConfigurationAndTickets() {
		store.inTransaction(tx -> {
			tx.appendConfiguration(new StoredConfiguration(1, "<desk/>", "system", "seed", NOW));
			return null;
		});
		Ticket ticket = insert("1", Map.of("subject", "Printer on fire", "content", "ünïcode ✓"));
		store.close();

		store = new JdbcDeskStore(database(), 4);

		StoredConfiguration head = store.inTransaction(tx -> tx.headConfiguration().orElseThrow());
		assertEquals(1, head.version());
		assertEquals("<desk/>", head.document());
		assertEquals(NOW, head.createdAt());
		Ticket read = store.inTransaction(tx -> tx.findTicket(ticket.id()).orElseThrow());
		assertEquals(ticket, read);
		assertEquals("ünïcode ✓", read.properties().get("content"));
	}

	@Test
	void aStaleTicketVersionIsRefusedAndWritesNothing() {
		Ticket ticket = insert("1", Map.of("subject", "a"));
		assertTrue(store.inTransaction(tx -> tx.updateTicket(ticket, "0", "2", Map.of("subject", "b"), "test", NOW)));
		// A second writer still holding version 1 loses.
		assertFalse(store.inTransaction(tx -> tx.updateTicket(ticket, "0", "3", Map.of("subject", "c"), "test", NOW)));
		Ticket read = store.inTransaction(tx -> tx.findTicket(ticket.id()).orElseThrow());
		assertEquals(2, read.version());
		assertEquals("2", read.statusId());
		assertEquals("b", read.properties().get("subject"));
	}

	@Test
	void anEmptyValueClearsAProperty() {
		Ticket ticket = insert("1", Map.of("subject", "a", "content", "x"));
		store.inTransaction(tx -> tx.updateTicket(ticket, "0", "1", Map.of("content", ""), "test", NOW));
		assertEquals(Map.of("subject", "a"), store.inTransaction(tx -> tx.findTicket(ticket.id()).orElseThrow()).properties());
	}

	@Test
	void twoWritersCannotBothStoreTheSameConfigurationVersion() {
		store.inTransaction(tx -> {
			tx.appendConfiguration(new StoredConfiguration(1, "<a/>", "system", "first", NOW));
			return null;
		});
		assertThrows(StaleVersionException.class, () -> store.inTransaction(tx -> {
			tx.appendConfiguration(new StoredConfiguration(1, "<b/>", "system", "second", NOW));
			return null;
		}));
		assertEquals("<a/>", store.inTransaction(tx -> tx.headConfiguration().orElseThrow().document()));
		assertEquals(1, store.inTransaction(tx -> tx.headConfigurationVersion()));
	}

	@Test
	void aFailingTransactionLeavesNothingBehind() {
		assertThrows(IllegalStateException.class, () -> store.inTransaction(tx -> {
			tx.insertTicket("0", "1", Map.of("subject", "half"), "test", NOW);
			throw new IllegalStateException("rule broken after the insert");
		}));
		assertEquals(0, store.inTransaction(tx -> tx.countTicketsInPipeline("0")));
	}

	@Test
	void afterCommitActionsRunOnlyOnCommit() {
		List<String> ran = new ArrayList<>();
		store.inTransaction(tx -> {
			tx.afterCommit(() -> ran.add("committed"));
			return null;
		});
		assertThrows(IllegalStateException.class, () -> store.inTransaction(tx -> {
			tx.afterCommit(() -> ran.add("rolled back"));
			throw new IllegalStateException();
		}));
		assertEquals(List.of("committed"), ran);
	}

	@Test
	void beforeCommitActionsWriteInTheTransactionAndAFailingOneRollsItBack() {
		List<String> ran = new ArrayList<>();
		store.inTransaction(tx -> {
			tx.beforeCommit(() -> {
				ran.add("first");
				tx.beforeCommit(() -> ran.add("registered by the first"));
				tx.insertTicket("0", "1", Map.of("subject", "written before commit"), "test", NOW);
			});
			store.inTransaction(nested -> {
				nested.beforeCommit(() -> ran.add("nested, at the outer commit"));
				return null;
			});
			ran.add("work");
			return null;
		});
		assertEquals(List.of("work", "first", "nested, at the outer commit", "registered by the first"), ran);
		assertEquals(1, store.inTransaction(tx -> tx.countTicketsInPipeline("0")));
		List<String> after = new ArrayList<>();
		assertThrows(IllegalStateException.class, () -> store.inTransaction(tx -> {
			tx.insertTicket("0", "1", Map.of("subject", "rolled back"), "test", NOW);
			tx.beforeCommit(() -> {
				throw new IllegalStateException("outbox broken");
			});
			tx.afterCommit(() -> after.add("committed"));
			return null;
		}));
		assertEquals(1, store.inTransaction(tx -> tx.countTicketsInPipeline("0")));
		assertEquals(List.of(), after);
	}

	@Test
	void aFailingSavepointUndoesOnlyItsOwnChangesAndCommitActions() {
		List<String> ran = new ArrayList<>();
		store.inTransaction(tx -> {
			tx.insertTicket("0", "1", Map.of("subject", "kept before"), "test", NOW);
			assertThrows(IllegalStateException.class, () -> tx.inSavepoint(() -> {
				tx.insertTicket("0", "1", Map.of("subject", "undone"), "test", NOW);
				tx.afterCommit(() -> ran.add("after, undone"));
				tx.beforeCommit(() -> ran.add("before, undone"));
				throw new IllegalStateException("one job fails");
			}));
			long kept = tx.inSavepoint(() -> {
				tx.afterCommit(() -> ran.add("after, kept"));
				return tx.insertTicket("0", "1", Map.of("subject", "kept after"), "test", NOW).id();
			});
			assertTrue(kept > 0);
			return null;
		});
		assertEquals(List.of("after, kept"), ran);
		assertEquals(2, store.inTransaction(tx -> tx.countTicketsInPipeline("0")));
	}

	@Test
	void movingAStatusMovesAllItsTicketsAndCountsFollow() {
		for (int i = 0; i < 3; i++) {
			insert("2", Map.of());
		}
		insert("1", Map.of());
		assertEquals(Map.of("1", 1L, "2", 3L), store.inTransaction(tx -> tx.countTicketsByStatus(List.of("1", "2"))));
		assertEquals(3, store.inTransaction(tx -> tx.moveTickets("2", "0", "1", "test", NOW)));
		assertEquals(Map.of("1", 4L), store.inTransaction(tx -> tx.countTicketsByStatus(List.of("1", "2"))));
		assertEquals(0, store.inTransaction(tx -> tx.countTicketsInStatus("2")));
	}

	@Test
	void statusCountsFollowInsertsMovesAndDeletesExactly() throws Exception {
		List<Ticket> tickets = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			tickets.add(insert(i % 2 == 0 ? "1" : "2", Map.of()));
		}
		// Concurrent writers on the same status must not lose increments (the counter rows are sharded).
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
			List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				futures.add(pool.submit(() -> insert("3", Map.of())));
			}
			for (var future : futures) {
				future.get();
			}
		}
		store.inTransaction(tx -> tx.updateTicket(tickets.get(0), "0", "2", Map.of(), "test", NOW));
		store.inTransaction(tx -> tx.deleteTicket(tickets.get(1).id()));
		assertEquals(Map.of("1", 19L, "2", 20L, "3", 80L),
				store.inTransaction(tx -> tx.countTicketsByStatus(List.of("1", "2", "3", "4"))));
		store.inTransaction(tx -> tx.moveTickets("1", "0", "3", "test", NOW));
		assertEquals(Map.of("2", 20L, "3", 99L),
				store.inTransaction(tx -> tx.countTicketsByStatus(List.of("1", "2", "3", "4"))));
		assertEquals(99, store.inTransaction(tx -> tx.countTicketsInStatus("3")), "the counters agree with a real count");
	}

	@Test
	void transactionsMovingManyTicketsAtOnceDoNotWaitOnEachOthersCounters() throws Exception {
		List<Ticket> inOne = new ArrayList<>();
		List<Ticket> inTwo = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			inOne.add(insert("1", Map.of()));
			inTwo.add(insert("2", Map.of()));
		}
		// both transactions stay open until both moved their tickets: had they shared a counter row, one would wait
		// for the other's commit, which waits for it at the barrier
		CyclicBarrier bothMoved = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> oneToTwo = pool.submit(() -> moveAll(inOne, "2", bothMoved));
			Future<?> twoToOne = pool.submit(() -> moveAll(inTwo, "1", bothMoved));
			oneToTwo.get(30, TimeUnit.SECONDS);
			twoToOne.get(30, TimeUnit.SECONDS);
		} finally {
			pool.shutdownNow();
		}
		assertEquals(Map.of("1", 20L, "2", 20L), store.inTransaction(tx -> tx.countTicketsByStatus(List.of("1", "2"))));
	}

	private void moveAll(List<Ticket> tickets, String statusId, CyclicBarrier bothMoved) {
		store.inTransaction(tx -> {
			tickets.forEach(ticket -> assertTrue(tx.updateTicket(ticket, "0", statusId, Map.of(), "test", NOW)));
			try {
				bothMoved.await(10, TimeUnit.SECONDS);
			} catch (Exception e) {
				throw new IllegalStateException("the other transaction did not get through its moves", e);
			}
			return null;
		});
	}

	@Test
	void pagesCoverEveryTicketOnceInBothOrders() {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			ids.add(insert("1", Map.of("subject", "t" + i)).id());
		}
		List<Long> ascending = new ArrayList<>();
		long after = 0;
		List<Ticket> page;
		while (!(page = store.inTransaction(tx -> tx.listTickets(ascending.isEmpty() ? 0 : ascending.getLast(), 3))).isEmpty()) {
			page.forEach(t -> ascending.add(t.id()));
			after = page.getLast().id();
		}
		assertEquals(ids, ascending);
		List<Ticket> newest = store.inTransaction(tx -> tx.listTicketsInStatus("1", Long.MAX_VALUE, 3));
		assertEquals(List.of(ids.get(6), ids.get(5), ids.get(4)), newest.stream().map(Ticket::id).toList());
		assertEquals("t6", newest.get(0).properties().get("subject"));
		List<Ticket> older = store.inTransaction(tx -> tx.listTicketsInStatus("1", newest.getLast().id(), 3));
		assertEquals(List.of(ids.get(3), ids.get(2), ids.get(1)), older.stream().map(Ticket::id).toList());
	}

	@Test
	void deletingATicketDeletesItsProperties() {
		Ticket ticket = insert("1", Map.of("subject", "gone"));
		assertTrue(store.inTransaction(tx -> tx.deleteTicket(ticket.id())));
		assertTrue(store.inTransaction(tx -> tx.findTicket(ticket.id())).isEmpty());
		assertFalse(store.inTransaction(tx -> tx.deleteTicket(ticket.id())));
	}

	@Test
	void ticketsHoldingAPropertyAreCountedAndClearedValuesDoNotCount() {
		Ticket first = insert("1", Map.of("tier", "GOLD", "subject", "a"));
		insert("1", Map.of("tier", "SILVER"));
		insert("1", Map.of("subject", "no tier"));
		assertEquals(2, store.inTransaction(tx -> tx.countTicketsWithProperty("tier")));
		store.inTransaction(tx -> tx.updateTicket(first, "0", "1", Map.of("tier", ""), "test", NOW));
		assertEquals(1, store.inTransaction(tx -> tx.countTicketsWithProperty("tier")));
		assertEquals(0, store.inTransaction(tx -> tx.countTicketsWithProperty("never_written")));
	}

	@Test
	void twoWritersHoldingTheSameTicketVersionCannotBothWin() throws Exception {
		Ticket ticket = insert("1", Map.of("subject", "a"));
		// Both transactions are open before either updates; the database makes the second wait for the first.
		CyclicBarrier bothOpen = new CyclicBarrier(2);
		Callable<Boolean> writer = () -> store.inTransaction(tx -> {
			await(bothOpen);
			return tx.updateTicket(ticket, "0", "2", Map.of("subject", Thread.currentThread().getName()), "test", NOW);
		});
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> results = threads.invokeAll(List.of(writer, writer), 30, TimeUnit.SECONDS);
			List<Boolean> won = new ArrayList<>();
			for (Future<Boolean> result : results) {
				won.add(result.get());
			}
			assertEquals(1, won.stream().filter(w -> w).count(), won.toString());
		} finally {
			threads.shutdownNow();
		}
		assertEquals(2, store.inTransaction(tx -> tx.findTicket(ticket.id()).orElseThrow()).version());
	}

	@Test
	void longValuesAndTimestampsRoundTripExactly() {
		String longText = "x".repeat(200_000) + " ✓";
		Instant created = Instant.parse("2024-02-29T23:59:59.123Z");
		Ticket ticket = store.inTransaction(tx -> tx.insertTicket("0", "1", Map.of("content", longText), "test", created));
		Instant later = created.plus(400, ChronoUnit.DAYS);
		store.inTransaction(tx -> tx.updateTicket(ticket, "0", "2", Map.of(), "test", later));
		Ticket read = store.inTransaction(tx -> tx.findTicket(ticket.id()).orElseThrow());
		assertEquals(longText, read.properties().get("content"));
		assertEquals(created, read.createdAt());
		assertEquals(later, read.updatedAt());
	}

	@Test
	void theSameMigrationsRunOnceAndARestartAppliesNothingNew() throws SQLException {
		store.close();
		store = new JdbcDeskStore(database(), 4);
		List<String> applied = new ArrayList<>();
		try (Connection connection = database().getConnection();
				ResultSet rs = connection.createStatement()
						.executeQuery("SELECT \"script\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"
								+ " ORDER BY \"installed_rank\"")) {
			while (rs.next()) {
				assertTrue(rs.getBoolean(2), rs.getString(1));
				applied.add(rs.getString(1));
			}
		}
		assertEquals(Migrations.FILES, applied);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
