package org.pipedesk.core.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pipedesk.core.api.NewTicket;
import org.pipedesk.core.api.StatusTime;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketHistoryEntry;

/** What core may do inside one store transaction. */
public interface StoreTransaction {

	/** The newest configuration version's number, 0 when none is stored yet. */
	long headConfigurationVersion();

	Optional<StoredConfiguration> headConfiguration();

	/**
	 * Stores a new configuration version. Fails with {@link StaleVersionException} when {@code version} is
	 * already taken (another writer was first).
	 */
	void appendConfiguration(StoredConfiguration configuration);

	/** Change sets of the configuration versions, read and written in this transaction. */
	ConfigurationHistory configurationHistory();

	/**
	 * Inserts tickets with version 1 (in one batch) and returns them with their new ids, in order. Records each
	 * initial value in the history and starts the time in the first status.
	 */
	List<Ticket> insertTickets(List<NewTicket> tickets, String actor, Instant now);

	default Ticket insertTicket(String pipelineId, String statusId, Map<String, String> properties, String actor,
			Instant now) {
		return insertTickets(List.of(new NewTicket(pipelineId, statusId, properties)), actor, now).get(0);
	}

	Optional<Ticket> findTicket(long id);

	/** The tickets with these ids that exist, in the order of {@code ids}. */
	List<Ticket> findTickets(List<Long> ids);

	/**
	 * Writes the ticket's pipeline, status and changed properties (an empty value deletes the property) if its
	 * version is still {@code before.version()}; the new version is one more. Records each change in the history
	 * (old values from {@code before}) and the time in status when the status changes.
	 *
	 * @return false when the version no longer matches (nothing written)
	 */
	boolean updateTicket(Ticket before, String pipelineId, String statusId, Map<String, String> changedProperties,
			String actor, Instant now);

	boolean deleteTicket(long id);

	long countTicketsInPipeline(String pipelineId);

	long countTicketsInStatus(String statusId);

	/** Ticket counts of these statuses (statuses without tickets may be absent); cheap at any size. */
	Map<String, Long> countTicketsByStatus(Collection<String> statusIds);

	/** How many tickets hold a value for the property (indexed by property name). */
	long countTicketsWithProperty(String propertyName);

	/**
	 * Moves every ticket of a status to another status in a few set-based statements, with history and time in
	 * status; returns how many.
	 */
	long moveTickets(String fromStatusId, String toPipelineId, String toStatusId, String actor, Instant now);

	/** The tickets a search matches (one page) and how many match in all. */
	default TicketQueryResult searchTickets(TicketQuery query) {
		return searchTickets(query, TicketVisibility.ALL);
	}

	/** As {@link #searchTickets(TicketQuery)}, among the tickets {@code visibility} lets the caller see. */
	TicketQueryResult searchTickets(TicketQuery query, TicketVisibility visibility);

	/**
	 * One page of a search, without counting the matches: for a caller that knows the total already (from
	 * {@link #countTicketsWithValue}).
	 */
	List<Ticket> searchPage(TicketQuery query, TicketVisibility visibility);

	/**
	 * From now on keeps, in every write of this store, a count of tickets per (property, status, value) for exactly
	 * these properties (values compared as a search's EQ compares them): a property newly named is counted from the
	 * stored values in this transaction, one no longer named has its counts dropped. Core calls it whenever the set
	 * of counted properties changes; it writes nothing when the set is the one already kept.
	 */
	void keepValueCounts(Set<String> propertyNames);

	/**
	 * How many tickets hold {@code value} for {@code propertyName}, one of the counted properties (see
	 * {@link #keepValueCounts}), among the tickets of {@code statusIds} ({@code null}: every status); read from the
	 * kept counts, a few rows whatever the number of tickets.
	 */
	long countTicketsWithValue(String propertyName, String value, Collection<String> statusIds);

	/** A ticket's recorded changes, oldest first, with id greater than {@code afterId}, at most {@code limit}. */
	List<TicketHistoryEntry> ticketHistory(long ticketId, long afterId, int limit);

	/** The recorded changes of some properties of a ticket, newest first. */
	List<TicketHistoryEntry> propertyHistory(long ticketId, Collection<String> propertyNames);

	/** Time in each status the ticket has been in, the ongoing stay counted up to {@code asOf}. */
	List<StatusTime> statusTimes(long ticketId, Instant asOf);

	/** Tickets with id greater than {@code afterId}, by id, at most {@code limit}. */
	default List<Ticket> listTickets(long afterId, int limit) {
		return listTickets(afterId, limit, TicketVisibility.ALL);
	}

	List<Ticket> listTickets(long afterId, int limit, TicketVisibility visibility);

	/** Tickets of a status with id less than {@code beforeId}, newest (highest id) first, at most {@code limit}. */
	default List<Ticket> listTicketsInStatus(String statusId, long beforeId, int limit) {
		return listTicketsInStatus(statusId, beforeId, limit, TicketVisibility.ALL);
	}

	List<Ticket> listTicketsInStatus(String statusId, long beforeId, int limit, TicketVisibility visibility);

	/** Visible ticket counts of these statuses (a restricted caller's board); statuses without any may be absent. */
	Map<String, Long> countVisibleTicketsByStatus(Collection<String> statusIds, TicketVisibility visibility);

	/** Users, teams, tokens and the security audit log, in this transaction. */
	SecurityRecords security();

	/** Runs {@code action} after this transaction committed (never when it rolls back). */
	void afterCommit(Runnable action);

	/**
	 * Runs {@code action} inside this transaction once its work is done, just before the commit (in the order
	 * registered; actions registered meanwhile run too), so a listener can write what it gathered in one go. An
	 * action that throws rolls the transaction back.
	 */
	void beforeCommit(Runnable action);

	/**
	 * Runs {@code work} in a savepoint of this transaction. When it throws, the database changes it made and the
	 * before- and after-commit actions it registered are undone, the exception is rethrown and the transaction goes
	 * on as before {@code work} (so one automation job of a batch fails alone).
	 */
	<T> T inSavepoint(java.util.function.Supplier<T> work);

	/**
	 * The store's own handle of this transaction, for bundles that keep tables of their own in the same database
	 * and must write them atomically with core's changes (the JDBC store answers {@code java.sql.Connection}).
	 */
	default <T> java.util.Optional<T> unwrap(Class<T> type) {
		return java.util.Optional.empty();
	}
}
