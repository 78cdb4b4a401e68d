package org.pipedesk.core.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.ChannelEvents;
import org.pipedesk.core.api.DomainEvent;
import org.pipedesk.core.spi.DeskStore;

/** {@link ChannelEvents} through {@link DomainEvents}, in the store transaction of the calling thread. */
@Component(service = ChannelEvents.class)
public class DefaultChannelEvents implements ChannelEvents {
	private final DeskStore store;
	private final DomainEvents events;

	@Activate
	public DefaultChannelEvents(@Reference DeskStore store, @Reference DomainEvents events) {
		this.store = store;
		this.events = events;
	}

	@Override
	public void publish(DomainEvent event) {
		store.inTransaction(tx -> {
			events.publishAfterCommit(tx, event);
			return null;
		});
	}
}
