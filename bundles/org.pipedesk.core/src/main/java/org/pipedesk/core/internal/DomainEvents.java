package org.pipedesk.core.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.pipedesk.core.api.DomainEvent;
import org.pipedesk.core.api.DomainEventListener;
import org.pipedesk.core.spi.StoreTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every {@link DomainEventListener} of an event once its transaction committed. A failing listener is
 * logged and does not stop the others (nor the change, which is already committed).
 */
@Component(service = DomainEvents.class)
public class DomainEvents {
	private static final Logger LOG = LoggerFactory.getLogger(DomainEvents.class);
	private final List<DomainEventListener> listeners = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addListener(DomainEventListener listener) {
		listeners.add(listener);
	}

	void removeListener(DomainEventListener listener) {
		listeners.remove(listener);
	}

	void publishAfterCommit(StoreTransaction tx, DomainEvent event) {
		tx.afterCommit(() -> publish(event));
	}

	void publish(DomainEvent event) {
		for (DomainEventListener listener : listeners) {
			try {
				listener.onEvent(event);
			} catch (RuntimeException e) {
				LOG.warn("Listener {} failed on {}", listener, event, e);
			}
		}
	}
}
