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

	/** The board of a pipeline: per status in display order, its ticket count and first page (newest first). */
	List<BoardColumn> board(String pipelineId, int limitPerStatus);
}
