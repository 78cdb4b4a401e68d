package org.pipedesk.core.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.pipedesk.core.api.DomainEvent;
import org.pipedesk.core.api.DomainEventListener;
import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.core.spi.TransactionalEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every {@link DomainEventListener} of an event once its transaction committed. A failing listener is
 * logged and does not stop the others (nor the change, which is already committed). Before that, inside the
 * change's transaction, every {@link TransactionalEventListener} records what it needs (the automation outbox).
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

	private final LazyServices<TransactionalEventListener> transactionalListeners = new LazyServices<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			service = TransactionalEventListener.class)
	void addTransactionalListener(ComponentServiceObjects<TransactionalEventListener> listener) {
		transactionalListeners.add(listener);
	}

	void removeTransactionalListener(ComponentServiceObjects<TransactionalEventListener> listener) {
		transactionalListeners.remove(listener);
	}

	void publishAfterCommit(StoreTransaction tx, DomainEvent event) {
		// a failure rolls the change back: nothing is lost
		transactionalListeners.forEach(listener -> listener.onEvent(tx, event));
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
