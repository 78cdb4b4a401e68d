package org.pipedesk.core.api;

import java.time.Instant;

/**
 * Something that happened to a ticket, published after its transaction committed. The automation engine
 * consumes these; a later version writes them to an outbox in the same transaction.
 */
public sealed interface DomainEvent {
	Instant occurredAt();

	record TicketCreated(Ticket ticket, Instant occurredAt) implements DomainEvent {
	}

	/** Any change of a ticket; {@link #statusChanged()} tells whether it entered another status. */
	record TicketUpdated(Ticket before, Ticket after, Instant occurredAt) implements DomainEvent {
		public boolean statusChanged() {
			return !before.statusId().equals(after.statusId());
		}
	}

	record TicketDeleted(Ticket ticket, Instant occurredAt) implements DomainEvent {
	}

	/** An email was sent to the ticket's contact from the ticket record (published by the email channel). */
	record EmailSentToCustomer(Ticket ticket, String messageId, Instant occurredAt) implements DomainEvent {
	}

	/** The customer replied on the ticket's email thread (published by the email channel). */
	record CustomerReplied(Ticket ticket, String messageId, Instant occurredAt) implements DomainEvent {
	}

	/** Tickets moved in bulk because their status was deleted. */
	record TicketsMoved(String pipelineId, String fromStatusId, String toStatusId, long count, Instant occurredAt)
			implements DomainEvent {
	}
}
