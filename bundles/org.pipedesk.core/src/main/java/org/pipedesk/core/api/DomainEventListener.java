package org.pipedesk.core.api;

/** Whiteboard service: every registered listener is told of each {@link DomainEvent} after commit. */
@FunctionalInterface
public interface DomainEventListener {
	void onEvent(DomainEvent event);
}
