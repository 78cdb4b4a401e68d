package org.pipedesk.automation.api;

import org.pipedesk.core.api.DomainEvent;

/**
 * Provided by the engine as a DS service: records a ticket event that did not come from core's ticket calls, such
 * as the email channel's {@link DomainEvent.EmailSentToCustomer} and {@link DomainEvent.CustomerReplied}. Called
 * inside the caller's store transaction (e.g. the one that stores the email), the event and its jobs commit with it;
 * otherwise in a transaction of its own.
 */
public interface AutomationEvents {
	void publish(DomainEvent event);
}
