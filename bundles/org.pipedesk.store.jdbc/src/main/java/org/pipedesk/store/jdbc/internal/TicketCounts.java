package org.pipedesk.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.pipedesk.store.jdbc.internal.Sql.Binder;
import org.pipedesk.store.jdbc.internal.Sql.Reader;

/**
 * One transaction's part in the kept ticket counts: per status ({@code ticket_status_count}) and, for the counted
 * properties, per (property, status, value key) ({@code ticket_value_count}). The transaction's writes record here
 * each ticket a status gains or loses and each value a ticket gains or loses; the sums are written just before the
 * commit (or before a statement of this transaction that reads or moves counts), into the transaction's shard. Rows are locked in key order, so transactions sharing a shard wait for each other
 * but never deadlock on their counts.
 */
final class TicketCounts {
	/** Shards of each counter, so concurrent writers to one status (or value) rarely wait on one row. */
	static final int COUNT_SHARDS = 16;
	private static final AtomicInteger NEXT_COUNT_SHARD = new AtomicInteger();

	/**
	 * The counted properties as last read from {@code ticket_counted_property}, for the configuration version the
	 * reading transaction saw: the table changes only with the configuration (core tells the store in the change's
	 * transaction), so a transaction that saw the same head version uses the same set without reading it again.
	 * Shared by a store's transactions.
	 */
	static final class Known {
		private record Entry(long configVersion, Set<String> names) {
		}

		private volatile Entry entry;
		/** Bumped when this process changed the table, so a read that began before cannot be cached after. */
		private final AtomicLong generation = new AtomicLong();

		Set<String> get(Long configVersion) {
			Entry current = entry;
			return configVersion != null && current != null && current.configVersion() == configVersion ? current.names()
					: null;
		}

		long generation() {
			return generation.get();
		}

		synchronized void put(long readAtGeneration, Long configVersion, Set<String> names) {
			if (configVersion != null && readAtGeneration == generation.get()) {
				entry = new Entry(configVersion, names);
			}
		}

		synchronized void changed() {
			generation.incrementAndGet();
			entry = null;
		}
	}

	/** A ticket gained (+) or lost (-) in a status ({@code property} null) or a value of a property in a status. */
	private record Change(String property, String statusId, String valueKey, long delta) {
	}

	private record Key(String property, String statusId, String valueKey) {
		static final Comparator<Key> ORDER = Comparator.comparing(Key::property).thenComparing(Key::statusId)
				.thenComparing(Key::valueKey);
	}

	/** The state a savepoint returns to: changes recorded, changes written, the set this transaction named. */
	record Mark(int recorded, int written, Set<String> named) {
	}

	private static final String STATUS_INCREMENT = "UPDATE ticket_status_count SET tickets = tickets + ?"
			+ " WHERE status_id = ? AND shard = ?";
	private static final String STATUS_INSERT = "INSERT INTO ticket_status_count (status_id, shard, tickets) VALUES (?, ?, ?)";
	private static final String VALUE_INCREMENT = "UPDATE ticket_value_count SET tickets = tickets + ?"
			+ " WHERE prop_name = ? AND status_id = ? AND value_key = ? AND shard = ?";
	private static final String VALUE_INSERT = "INSERT INTO ticket_value_count"
			+ " (prop_name, status_id, value_key, shard, tickets) VALUES (?, ?, ?, ?, ?)";

	private final Connection connection;
	private final Known known;
	/**
	 * The shard this transaction counts into: one per transaction, the next in turn, so transactions running at the
	 * same time use different rows, and a transaction changing many tickets (a batch, an automation worker's batch
	 * of jobs) locks one row per status (and value) instead of most shards of it, which made concurrent batches wait
	 * for and deadlock on each other.
	 */
	private final int shard = Math.floorMod(NEXT_COUNT_SHARD.getAndIncrement(), COUNT_SHARDS);
	/** Every change recorded in this transaction, of any property; [0, written) are in the database. */
	private final List<Change> changes = new ArrayList<>();
	private int written;
	/** The counted properties this transaction named itself ({@link #keep}), else null. */
	private Set<String> named;
	/** The head configuration version this transaction read, if it read one. */
	private Long configVersion;

	TicketCounts(Connection connection, Known known) {
		this.connection = connection;
		this.known = known;
	}

	void sawConfigurationVersion(long version) {
		configVersion = version;
	}

	/** Records that {@code statusId} gained ({@code delta} > 0) or lost tickets. */
	void addToStatus(String statusId, long delta) {
		changes.add(new Change(null, statusId, null, delta));
	}

	/** Records that a ticket of {@code statusId} gained ({@code delta} 1) or lost (-1) {@code value}. */
	void addToValue(String property, String statusId, String value, long delta) {
		changes.add(new Change(property, statusId, SearchKeys.valueKey(value), delta));
	}

	Mark mark() {
		return new Mark(changes.size(), written, named);
	}

	/** After a savepoint rolled back: its changes are gone, and so is what it wrote. */
	void rollbackTo(Mark mark) {
		changes.subList(mark.recorded(), changes.size()).clear();
		written = Math.min(written, mark.written());
		named = mark.named();
	}

	/** Writes the changes not written yet: the statuses', then the counted properties' values, each in key order. */
	void flush() {
		if (written == changes.size()) {
			return;
		}
		Map<String, Long> statuses = new TreeMap<>();
		Map<Key, Long> values = new TreeMap<>(Key.ORDER);
		Set<String> counted = null;
		for (Change change : changes.subList(written, changes.size())) {
			if (change.property() == null) {
				statuses.merge(change.statusId(), change.delta(), Long::sum);
				continue;
			}
			counted = counted != null ? counted : countedProperties();
			if (counted.contains(change.property())) {
				values.merge(new Key(change.property(), change.statusId(), change.valueKey()), change.delta(), Long::sum);
			}
		}
		written = changes.size();
		increment(statuses, STATUS_INCREMENT, STATUS_INSERT, (ps, status, delta) -> {
			ps.setLong(1, delta);
			ps.setString(2, status);
			ps.setInt(3, shard);
		}, (ps, status, delta) -> {
			ps.setString(1, status);
			ps.setInt(2, shard);
			ps.setLong(3, delta);
		});
		increment(values, VALUE_INCREMENT, VALUE_INSERT, (ps, key, delta) -> {
			ps.setLong(1, delta);
			ps.setString(2, key.property());
			ps.setString(3, key.statusId());
			ps.setString(4, key.valueKey());
			ps.setInt(5, shard);
		}, (ps, key, delta) -> {
			ps.setString(1, key.property());
			ps.setString(2, key.statusId());
			ps.setString(3, key.valueKey());
			ps.setInt(4, shard);
			ps.setLong(5, delta);
		});
	}

	@FunctionalInterface
	private interface RowBinder<K> {
		void bind(PreparedStatement ps, K key, long delta) throws SQLException;
	}

	/**
	 * The increments in key order, one row at a time; a row missing (the first of its kind in this shard) is
	 * inserted where it comes in that order. Strictly in key order, inserts included: a first version sent the
	 * increments as one batch and inserted the missing rows afterwards, so a transaction could hold a later row while
	 * it waited to insert an earlier one that another transaction (which had found the later row missing) had
	 * inserted and was waiting behind it (PostgreSQL found the deadlock in
	 * {@code valueCountsStayExactUnderARandomMixOfWrites}).
	 */
	private <K> void increment(Map<K, Long> sums, String increment, String insert, RowBinder<K> incrementBinder,
			RowBinder<K> insertBinder) {
		for (Map.Entry<K, Long> row : sums.entrySet()) {
			K key = row.getKey();
			long delta = row.getValue();
			if (delta != 0) {
				Sql.incrementOrInsert(connection, increment, ps -> incrementBinder.bind(ps, key, delta), insert,
						ps -> insertBinder.bind(ps, key, delta));
			}
		}
	}

	/** Moves every count of status {@code from} ({@code tickets} tickets) to status {@code to}. */
	void moveStatus(String from, String to, long tickets) {
		flush();
		update("DELETE FROM ticket_status_count WHERE status_id = ?", ps -> ps.setString(1, from));
		addToStatus(to, tickets);
		query("SELECT prop_name, value_key, SUM(tickets) FROM ticket_value_count WHERE status_id = ?"
				+ " GROUP BY prop_name, value_key", ps -> ps.setString(1, from), rs -> {
					while (rs.next()) {
						changes.add(new Change(rs.getString(1), to, rs.getString(2), rs.getLong(3)));
					}
					return null;
				});
		update("DELETE FROM ticket_value_count WHERE status_id = ?", ps -> ps.setString(1, from));
	}

	/**
	 * Counts the values of exactly {@code propertyNames} from now on; returns whether the set changed. A property
	 * newly named is counted from its stored values; one no longer named loses its counts.
	 */
	boolean keep(Set<String> propertyNames) {
		flush(); // what this transaction wrote so far, by the set it wrote under
		Set<String> current = readCountedProperties();
		Set<String> wanted = new TreeSet<>(propertyNames);
		boolean changed = false;
		for (String name : current) {
			if (!wanted.contains(name)
					&& update("DELETE FROM ticket_counted_property WHERE prop_name = ?", ps -> ps.setString(1, name)) > 0) {
				update("DELETE FROM ticket_value_count WHERE prop_name = ?", ps -> ps.setString(1, name));
				changed = true;
			}
		}
		for (String name : wanted) {
			// not claimed when a concurrent transaction (another node's start) counted it first
			if (!current.contains(name) && Sql.insertIfAbsent(connection,
					"INSERT INTO ticket_counted_property (prop_name) VALUES (?)", ps -> ps.setString(1, name))) {
				// counts left from an earlier time the property was counted are stale
				update("DELETE FROM ticket_value_count WHERE prop_name = ?", ps -> ps.setString(1, name));
				update("INSERT INTO ticket_value_count (prop_name, status_id, value_key, shard, tickets)"
						+ " SELECT prop_name, status_id, value_key, 0, COUNT(*) FROM ticket_property WHERE prop_name = ?"
						+ " GROUP BY prop_name, status_id, value_key", ps -> ps.setString(1, name));
				changed = true;
			}
		}
		named = Set.copyOf(wanted);
		return changed;
	}

	/** Tickets of {@code statusIds} ({@code null}: any) holding {@code value} for the counted {@code property}. */
	long countValue(String property, String value, Collection<String> statusIds) {
		flush(); // this transaction's own writes count too
		List<String> statuses = statusIds == null ? null : List.copyOf(statusIds);
		if (statuses != null && statuses.isEmpty()) {
			return 0;
		}
		return query("SELECT COALESCE(SUM(tickets), 0) FROM ticket_value_count WHERE prop_name = ? AND value_key = ?"
				+ (statuses == null ? "" : " AND status_id IN (" + Sql.placeholders(statuses.size()) + ")"), ps -> {
					ps.setString(1, property);
					ps.setString(2, SearchKeys.valueKey(value));
					if (statuses != null) {
						Sql.bindAll(ps, statuses, 3);
					}
				}, rs -> rs.next() ? rs.getLong(1) : 0L);
	}

	/** The counted properties this transaction writes by: named by it, cached for its configuration, or read. */
	private Set<String> countedProperties() {
		if (named != null) {
			return named;
		}
		Set<String> cached = known.get(configVersion);
		if (cached != null) {
			return cached;
		}
		long generation = known.generation();
		Set<String> names = readCountedProperties();
		known.put(generation, configVersion, names);
		return names;
	}

	private Set<String> readCountedProperties() {
		return query("SELECT prop_name FROM ticket_counted_property", ps -> {
		}, rs -> {
			Set<String> names = new TreeSet<>();
			while (rs.next()) {
				names.add(rs.getString(1));
			}
			return Set.copyOf(names);
		});
	}

	private <T> T query(String sql, Binder binder, Reader<T> reader) {
		return Sql.query(connection, sql, binder, reader);
	}

	private int update(String sql, Binder binder) {
		return Sql.update(connection, sql, binder);
	}
}
