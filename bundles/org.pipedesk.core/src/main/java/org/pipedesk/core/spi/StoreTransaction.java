package org.pipedesk.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pipedesk.core.api.Ticket;

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

	/** Inserts a ticket with version 1 and returns it with its new id. */
	Ticket insertTicket(String pipelineId, String statusId, Map<String, String> properties, Instant now);

	Optional<Ticket> findTicket(long id);

	/**
	 * Writes the ticket's pipeline, status and changed properties (an empty value deletes the property) if its
	 * version is still {@code expectedVersion}; the new version is {@code expectedVersion + 1}.
	 *
	 * @return false when the version no longer matches (nothing written)
	 */
	boolean updateTicket(long id, long expectedVersion, String pipelineId, String statusId,
			Map<String, String> changedProperties, Instant now);

	boolean deleteTicket(long id);

	long countTicketsInPipeline(String pipelineId);

	long countTicketsInStatus(String statusId);

	/** Counts per status id of one pipeline (statuses without tickets are absent). */
	Map<String, Long> countTicketsByStatus(String pipelineId);

	/** Moves every ticket of a status to another status in one statement; returns how many. */
	long moveTickets(String fromStatusId, String toPipelineId, String toStatusId, Instant now);

	/** Tickets with id greater than {@code afterId}, by id, at most {@code limit}. */
	List<Ticket> listTickets(long afterId, int limit);

	/** Tickets of a status with id less than {@code beforeId}, newest (highest id) first, at most {@code limit}. */
	List<Ticket> listTicketsInStatus(String statusId, long beforeId, int limit);

	/** Runs {@code action} after this transaction committed (never when it rolls back). */
	void afterCommit(Runnable action);
}
