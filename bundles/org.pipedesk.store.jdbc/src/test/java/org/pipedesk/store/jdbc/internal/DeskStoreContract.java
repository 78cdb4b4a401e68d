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
import java.util.Random;
import java.util.Set;
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
import org.pipedesk.core.api.NewTicket;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.spi.TicketQuery;
import org.pipedesk.core.spi.TicketQuery.Column;
import org.pipedesk.core.spi.TicketQuery.Condition;
import org.pipedesk.core.spi.TicketQuery.Operator;
import org.pipedesk.core.spi.TicketQueryResult;
import org.pipedesk.core.spi.TicketVisibility;
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

	// --- kept value counts -------------------------------------------------------------------------------

	private static final Set<String> COUNTED = Set.of("tier", "hs_ticket_priority", "tags");

	private void keepCounts(Set<String> names) {
		store.inTransaction(tx -> {
			tx.keepValueCounts(names);
			return null;
		});
	}

	private void assertCountsExact(String when) {
		ValueCountsCheck.assertExact(store, database(), when);
	}

	/** Changes the ticket as core would (its current version) and returns it as stored now. */
	private Ticket change(Ticket ticket, String statusId, Map<String, String> changes) {
		Ticket current = store.inTransaction(tx -> tx.findTicket(ticket.id()).orElseThrow());
		assertTrue(store.inTransaction(tx -> tx.updateTicket(current, "0", statusId, changes, "test", NOW)));
		return store.inTransaction(tx -> tx.findTicket(ticket.id()).orElseThrow());
	}

	private long counted(String property, String value, String... statusIds) {
		return store.inTransaction(tx -> tx.countTicketsWithValue(property, value,
				statusIds.length == 0 ? null : List.of(statusIds)));
	}

	@Test
	void valueCountsFollowEveryKindOfTicketWrite() {
		keepCounts(COUNTED);
		Ticket a = insert("1", Map.of("tier", "GOLD", "hs_ticket_priority", "HIGH", "subject", "free text"));
		assertCountsExact("after a single create");
		List<Ticket> batch = store.inTransaction(tx -> tx.insertTickets(List.of(
				new NewTicket("0", "1", Map.of("tier", "GOLD")),
				new NewTicket("0", "2", Map.of("tier", "SILVER", "tags", "A;B")),
				new NewTicket("0", "2", Map.of("subject", "no counted value"))), "test", NOW));
		assertCountsExact("after a batch create");
		assertEquals(2, counted("tier", "GOLD", "1"));
		assertEquals(1, counted("tags", "A;B"), "a multi-valued value counts as the string EQ compares");
		assertEquals(0, counted("tags", "A"));

		a = change(a, "1", Map.of("hs_ticket_priority", "LOW"));
		assertCountsExact("after a value change");
		a = change(a, "1", Map.of("tier", ""));
		assertCountsExact("after a value was cleared");
		a = change(a, "1", Map.of("tags", "B;A"));
		assertCountsExact("after a value was set");
		a = change(a, "2", Map.of());
		assertCountsExact("after a move");
		a = change(a, "3", Map.of("hs_ticket_priority", "HIGH", "tier", "SILVER", "tags", ""));
		assertCountsExact("after a move changing values");
		assertEquals(1, counted("hs_ticket_priority", "HIGH", "3"));
		assertEquals(0, counted("hs_ticket_priority", "HIGH", "1"));

		Ticket stale = batch.get(0);
		change(stale, "1", Map.of("tier", "SILVER"));
		assertFalse(store.inTransaction(tx -> tx.updateTicket(stale, "0", "2", Map.of("tier", "BRONZE"), "test", NOW)));
		assertCountsExact("after a stale change that wrote nothing");

		assertTrue(store.inTransaction(tx -> tx.deleteTicket(batch.get(2).id())));
		long aId = a.id();
		assertTrue(store.inTransaction(tx -> tx.deleteTicket(aId)));
		assertCountsExact("after single deletes");
		Ticket b = insert("2", Map.of("tier", "GOLD", "tags", "A"));
		Ticket c = insert("2", Map.of("tier", "GOLD", "hs_ticket_priority", "LOW"));
		store.inTransaction(tx -> {
			assertTrue(tx.deleteTicket(b.id()));
			assertTrue(tx.deleteTicket(c.id()));
			assertFalse(tx.deleteTicket(c.id()));
			return null;
		});
		assertCountsExact("after deletes in one transaction");

		insert("2", Map.of("tier", "GOLD", "hs_ticket_priority", "URGENT"));
		insert("3", Map.of("tier", "GOLD"));
		assertEquals(2, store.inTransaction(tx -> tx.moveTickets("2", "0", "3", "test", NOW)));
		assertCountsExact("after a status's tickets moved (status delete)");
		assertEquals(0, counted("tier", "SILVER", "2"));
		assertEquals(2, counted("tier", "GOLD", "3"));

		store.inTransaction(tx -> {
			Ticket kept = tx.insertTicket("0", "1", Map.of("tier", "PLATINUM"), "test", NOW);
			assertThrows(IllegalStateException.class, () -> tx.inSavepoint(() -> {
				tx.insertTicket("0", "1", Map.of("tier", "PLATINUM"), "test", NOW);
				tx.updateTicket(kept, "0", "2", Map.of("tier", "GOLD"), "test", NOW);
				throw new IllegalStateException("one automation job fails");
			}));
			return null;
		});
		assertEquals(1, counted("tier", "PLATINUM", "1"), "a rolled back savepoint takes its counts with it");
		assertCountsExact("after a savepoint rolled back");
		assertThrows(IllegalStateException.class, () -> store.inTransaction(tx -> {
			tx.insertTicket("0", "1", Map.of("tier", "PLATINUM"), "test", NOW);
			throw new IllegalStateException("rolled back whole");
		}));
		assertEquals(1, counted("tier", "PLATINUM", "1"));
		assertEquals(List.of(), ValueCountsCheck.strings(database(),
				"SELECT prop_name FROM ticket_value_count WHERE prop_name = ?", List.of("subject")),
				"free text is never counted");
	}

	@Test
	void aSavepointThatMovedAStatusAndFailedLeavesTheEarlierCountsToTheCommit() {
		keepCounts(COUNTED);
		insert("2", Map.of("tier", "GOLD"));
		store.inTransaction(tx -> {
			tx.insertTicket("0", "2", Map.of("tier", "GOLD"), "test", NOW); // recorded before the savepoint
			assertThrows(IllegalStateException.class, () -> tx.inSavepoint(() -> {
				tx.moveTickets("2", "0", "3", "test", NOW); // writes the counts recorded so far, then fails
				throw new IllegalStateException("undone");
			}));
			return null;
		});
		assertEquals(2, counted("tier", "GOLD", "2"));
		assertCountsExact("after a savepoint that wrote counts was rolled back");
	}

	@Test
	void countingStartsFromStoredValuesAndStopsWhenAPropertyIsNoLongerCounted() {
		insert("1", Map.of("tier", "GOLD", "mood", "calm"));
		insert("2", Map.of("tier", "GOLD", "mood", "angry"));
		insert("2", Map.of("tier", "SILVER"));
		keepCounts(Set.of("tier"));
		assertCountsExact("after tier became counted");
		assertEquals(2, counted("tier", "GOLD"));
		keepCounts(Set.of("tier", "mood"));
		assertEquals(1, counted("mood", "angry", "2"));
		assertCountsExact("after mood became counted too");
		keepCounts(Set.of("mood"));
		assertEquals(List.of(), ValueCountsCheck.strings(database(),
				"SELECT prop_name FROM ticket_value_count WHERE prop_name = ?", List.of("tier")));
		Ticket written = insert("2", Map.of("tier", "GOLD", "mood", "calm"));
		change(written, "1", Map.of("tier", "SILVER"));
		assertCountsExact("after writes while tier was not counted");
		// counts left behind (a writer that still counted tier while it stopped) are replaced when it returns
		store.inTransaction(tx -> Sql.update(tx.unwrap(Connection.class).orElseThrow(),
				"INSERT INTO ticket_value_count (prop_name, status_id, value_key, shard, tickets)"
						+ " VALUES ('tier', '1', 'SILVER', 3, 40)", ps -> {
						}));
		keepCounts(Set.of("mood", "tier"));
		assertEquals(2, counted("tier", "SILVER"));
		assertCountsExact("after tier was counted again");
		keepCounts(Set.of("mood", "tier")); // the same set: nothing to do
		assertCountsExact("after naming the same set again");
	}

	@Test
	void aSearchPageIsTheSearchWithoutItsCount() {
		keepCounts(COUNTED);
		for (int i = 0; i < 7; i++) {
			insert(i % 2 == 0 ? "1" : "2", Map.of("tier", i < 5 ? "GOLD" : "SILVER", "subject", "t" + i));
		}
		TicketQuery query = new TicketQuery(List.of(List.of(
				new Condition(Column.STATUS, null, Operator.EQ, false, List.of("1"), List.of()),
				new Condition(null, "tier", Operator.EQ, false, List.of("GOLD"), List.of()))), List.of(),
				List.of("subject"), null, 2, 1);
		TicketQueryResult counted = store.inTransaction(tx -> tx.searchTickets(query));
		assertEquals(3, counted.total());
		assertEquals(counted.total(), counted("tier", "GOLD", "1"));
		assertEquals(counted.tickets(), store.inTransaction(tx -> tx.searchPage(query, TicketVisibility.ALL)));
		assertEquals(2, counted.tickets().size());
	}

	@Test
	void valueCountsStayExactUnderARandomMixOfWrites() throws Exception {
		keepCounts(COUNTED);
		long seed = System.nanoTime();
		String why = "random mix with seed " + seed;
		Random random = new Random(seed);
		// Concurrent writers, more than the 16 count shards so that some share one, each creating, changing, moving
		// and deleting tickets of its own (two transactions changing the same tickets in opposite orders deadlock
		// on the tickets themselves), with failing savepoints and rolled back transactions among them.
		JdbcDeskStore wide = new JdbcDeskStore(database(), 24);
		List<Long> all = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(24)) {
			List<Future<List<Long>>> writers = new ArrayList<>();
			for (int w = 0; w < 24; w++) {
				long writerSeed = random.nextLong();
				writers.add(pool.submit(() -> {
					List<Long> own = new ArrayList<>();
					randomWrites(wide, new Random(writerSeed), own, 12, false);
					return own;
				}));
			}
			for (Future<List<Long>> writer : writers) {
				all.addAll(writer.get(120, TimeUnit.SECONDS));
			}
		} finally {
			wide.close();
		}
		assertCountsExact(why + ", concurrent part");
		// one writer on all of them, with whole statuses moved as a status delete does
		randomWrites(store, random, all, 60, true);
		assertCountsExact(why + ", sequential part");
	}

	@Test
	void aDeleteRacingAValueChangeTakesOffTheValueItDeletes() throws Exception {
		keepCounts(COUNTED);
		Ticket ticket = insert("1", Map.of("tier", "GOLD"));
		java.util.concurrent.CountDownLatch changed = new java.util.concurrent.CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			// the change holds the ticket uncommitted while the delete reads GOLD and then waits for it
			Future<Boolean> change = pool.submit(() -> store.inTransaction(tx -> {
				boolean done = tx.updateTicket(ticket, "0", "1", Map.of("tier", "SILVER"), "test", NOW);
				changed.countDown();
				try {
					Thread.sleep(1000);
				} catch (InterruptedException e) {
					throw new IllegalStateException(e);
				}
				return done;
			}));
			assertTrue(changed.await(30, TimeUnit.SECONDS));
			Future<Boolean> delete = pool.submit(() -> store.inTransaction(tx -> tx.deleteTicket(ticket.id())));
			assertTrue(change.get(30, TimeUnit.SECONDS));
			assertTrue(delete.get(30, TimeUnit.SECONDS));
		} finally {
			pool.shutdownNow();
		}
		assertEquals(0, counted("tier", "GOLD"));
		assertEquals(0, counted("tier", "SILVER"));
		assertCountsExact("after a delete that raced a change");
	}

	@Test
	void concurrentValueChangesSharingCountShardsLoseNoCount() throws Exception {
		keepCounts(COUNTED);
		List<Ticket> tickets = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			tickets.add(insert("1", Map.of("tier", i % 2 == 0 ? "GOLD" : "SILVER")));
		}
		// 24 writers at once (more than the 16 shards) each flip the tier of their own ticket: one loses GOLD and
		// gains SILVER while another loses SILVER and gains GOLD, in the same rows when they share a shard
		JdbcDeskStore wide = new JdbcDeskStore(database(), 24);
		try (ExecutorService pool = Executors.newFixedThreadPool(24)) {
			List<Future<?>> writers = new ArrayList<>();
			for (Ticket ticket : tickets) {
				writers.add(pool.submit(() -> {
					for (int flip = 0; flip < 20; flip++) {
						wide.inTransaction(tx -> {
							Ticket current = tx.findTicket(ticket.id()).orElseThrow();
							String tier = current.properties().get("tier").equals("GOLD") ? "SILVER" : "GOLD";
							return tx.updateTicket(current, "0", "1", Map.of("tier", tier), "test", NOW);
						});
					}
				}));
			}
			for (Future<?> writer : writers) {
				writer.get(120, TimeUnit.SECONDS); // a deadlock or lock timeout fails the writer
			}
		} finally {
			wide.close();
		}
		assertEquals(12, counted("tier", "GOLD", "1"));
		assertCountsExact("after concurrent flips");
	}

	private static final List<String> TIERS = List.of("GOLD", "SILVER", "BRONZE");
	private static final List<String> PRIORITIES = List.of("LOW", "MEDIUM", "HIGH");
	private static final List<String> TAGS = List.of("A", "B", "A;B");

	private static Map<String, String> randomValues(Random random, boolean clearing) {
		Map<String, String> values = new java.util.HashMap<>();
		for (var property : Map.of("tier", TIERS, "hs_ticket_priority", PRIORITIES, "tags", TAGS, "subject",
				List.of("x", "y")).entrySet()) {
			int pick = random.nextInt(property.getValue().size() + 2);
			if (pick < property.getValue().size()) {
				values.put(property.getKey(), property.getValue().get(pick));
			} else if (clearing && pick == property.getValue().size()) {
				values.put(property.getKey(), "");
			}
		}
		return values;
	}

	private static String randomStatus(Random random) {
		return Integer.toString(1 + random.nextInt(4));
	}

	/** {@code transactions} transactions of 1-4 random writes each. */
	private static void randomWrites(JdbcDeskStore store, Random random, List<Long> ids, int transactions,
			boolean moveStatuses) {
		for (int t = 0; t < transactions; t++) {
			boolean rollBack = random.nextInt(10) == 0;
			try {
				store.inTransaction(tx -> {
					int writes = 1 + random.nextInt(4);
					for (int i = 0; i < writes; i++) {
						Runnable write = randomWrite(tx, random, ids, moveStatuses);
						if (random.nextInt(8) == 0) {
							assertThrows(IllegalStateException.class, () -> tx.inSavepoint(() -> {
								write.run();
								throw new IllegalStateException("a failing job");
							}));
						} else {
							write.run();
						}
					}
					if (rollBack) {
						throw new IllegalArgumentException("rolled back");
					}
					return null;
				});
			} catch (IllegalArgumentException expected) {
				assertTrue(rollBack);
			}
		}
	}

	private static Runnable randomWrite(org.pipedesk.core.spi.StoreTransaction tx, Random random, List<Long> ids,
			boolean moveStatuses) {
		int kind = random.nextInt(moveStatuses ? 10 : 9);
		Long id = ids.isEmpty() || kind < 3 ? null : ids.get(random.nextInt(ids.size()));
		if (kind == 9) {
			return () -> tx.moveTickets(randomStatus(random), "0", randomStatus(random), "test", NOW);
		}
		if (id == null) {
			return () -> {
				List<NewTicket> tickets = new ArrayList<>();
				for (int n = 1 + random.nextInt(3); n > 0; n--) {
					tickets.add(new NewTicket("0", randomStatus(random), randomValues(random, false)));
				}
				tx.insertTickets(tickets, "test", NOW).forEach(ticket -> ids.add(ticket.id()));
			};
		}
		if (kind == 8) {
			return () -> tx.deleteTicket(id);
		}
		return () -> tx.findTicket(id).ifPresent(ticket -> tx.updateTicket(ticket, "0",
				random.nextBoolean() ? ticket.statusId() : randomStatus(random), randomValues(random, true), "test", NOW));
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
