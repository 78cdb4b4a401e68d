package org.pipedesk.client;

import java.util.List;

/**
 * A batch's outcome: the tickets changed, and one error per refused item (HubSpot answers 207 then). Items are
 * applied or refused one by one: refused ones leave their ticket as it was.
 */
public record BatchResult(List<Ticket> results, List<ItemError> errors) {
	/** A refused item: its ticket id (when known), the server's message and its problems. */
	public record ItemError(String ticketId, String category, String message, List<PipedeskException.Problem> problems) {
	}

	public boolean allSucceeded() {
		return errors.isEmpty();
	}
}
