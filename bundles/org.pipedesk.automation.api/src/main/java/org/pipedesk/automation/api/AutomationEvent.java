package org.pipedesk.automation.api;

import java.time.Instant;

import org.pipedesk.core.api.Ticket;

/**
 * One thing that happened to a ticket, as triggers see it. A ticket change can make several events (it left one
 * status, entered another and changed two properties). {@code statusId} is the status entered or left;
 * {@code propertyName}, {@code oldValue}, {@code newValue} describe a property change; {@code source} is the
 * channel the ticket came from ({@code hs_ticket_source}, e.g. {@code EMAIL}, {@code CHAT}), null when unknown.
 */
public record AutomationEvent(Kind kind, Ticket ticket, String statusId, String propertyName, String oldValue,
		String newValue, String source, Instant occurredAt) {

	public enum Kind {
		TICKET_CREATED, ENTERED_STATUS, LEFT_STATUS, PROPERTY_CHANGED, OWNER_CHANGED, EMAIL_SENT_TO_CUSTOMER,
		CUSTOMER_REPLIED
	}

	public String pipelineId() {
		return ticket.pipelineId();
	}
}
