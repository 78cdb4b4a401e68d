package org.pipedesk.core.api;

import java.util.List;
import java.util.Map;

/**
 * Tickets. Creating a ticket in a status, or moving one to a status, fails unless every property that status
 * requires has a value (the error lists every missing one). Every call is one transaction.
 */
public interface TicketService {
	/** Creates a ticket; a null pipeline means the default (first) pipeline. */
	Ticket create(String pipelineId, String statusId, Map<String, String> properties);

	Ticket get(long ticketId);

	Ticket update(long ticketId, TicketChange change);

	/** Moves a ticket to another status (of its pipeline, or of another pipeline named in the status). */
	default Ticket move(long ticketId, String statusId, Long expectedVersion) {
		return update(ticketId, new TicketChange(null, statusId, Map.of(), expectedVersion));
	}

	void delete(long ticketId);

	/** All tickets by id, {@code limit} at a time; {@code after} is the cursor of the previous page. */
	TicketPage list(String after, int limit);

	/** Tickets of one status, newest first, {@code limit} at a time. */
	TicketPage listInStatus(String pipelineId, String statusId, String after, int limit);

	/** At most this many items in one batch request (HubSpot's limit). */
	int MAX_BATCH = 100;

	/**
	 * Creates several tickets in one transaction: every valid one is created, every invalid one is reported by its
	 * position (the same rules as {@link #create}).
	 */
	BatchResult<Ticket> createAll(List<NewTicket> tickets);

	/** Reads several tickets; ids that do not exist are reported as errors. */
	BatchResult<Ticket> readAll(List<Long> ticketIds);

	/** Applies several changes in one transaction; a change that breaks a rule or is stale is reported, not applied. */
	BatchResult<Ticket> updateAll(List<TicketUpdate> updates);

	/** Deletes several tickets; ids that do not exist are reported as errors. */
	BatchResult<Long> deleteAll(List<Long> ticketIds);

	record TicketUpdate(long ticketId, TicketChange change) {
	}

	/** HubSpot-style search: filter groups, sorts, free text, offset paging with the total. */
	SearchResult search(TicketSearch search);

	/** A ticket's recorded changes, oldest first; {@code after} is the cursor of the previous page. */
	HistoryPage history(long ticketId, String after, int limit);

	record HistoryPage(List<TicketHistoryEntry> results, String after) {
	}

	/** The recorded values of some properties, newest first per property (HubSpot's propertiesWithHistory). */
	Map<String, List<TicketHistoryEntry>> propertyHistory(long ticketId, List<String> propertyNames);

	/** Time the ticket spent in each status it has been in. */
	List<StatusTime> timeInStatus(long ticketId);

	/** The board of a pipeline: per status in display order, its ticket count and first page (newest first). */
	List<BoardColumn> board(String pipelineId, int limitPerStatus);
}
