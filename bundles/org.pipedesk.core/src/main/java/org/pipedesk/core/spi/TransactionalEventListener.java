package org.pipedesk.core.spi;

import org.pipedesk.core.api.DomainEvent;

/**
 * Whiteboard service told of each {@link DomainEvent} inside the transaction that made the change, before it
 * commits: what it writes through {@code tx} (an outbox, jobs) commits or rolls back with the change itself. A
 * listener that throws rolls the change back, so listeners must only record, never do slow or outside work.
 */
@FunctionalInterface
public interface TransactionalEventListener {
	void onEvent(StoreTransaction tx, DomainEvent event);
}
