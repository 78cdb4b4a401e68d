package org.pipedesk.core.api;

/**
 * For channel connectors: publishes the events only a channel knows of ({@link DomainEvent.EmailSentToCustomer},
 * {@link DomainEvent.CustomerReplied}) as core publishes its own: inside the transaction (joining the caller's store
 * transaction when there is one, so the automation outbox commits with the connector's rows) and to the
 * after-commit listeners once it commits.
 */
public interface ChannelEvents {
	void publish(DomainEvent event);
}
