package org.pipedesk.core.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.ComponentServiceObjects;

/**
 * Whiteboard services bound without being created: each is got on first use and kept until it goes. Core's
 * whiteboards (configuration checks, transactional event listeners) are implemented by bundles whose components
 * use core's services themselves; getting them while core's components are being created would be a circular
 * reference that Declarative Services refuses.
 */
final class LazyServices<T> {
	private final List<Entry<T>> entries = new CopyOnWriteArrayList<>();

	private static final class Entry<T> {
		final ComponentServiceObjects<T> objects;
		volatile T service;

		Entry(ComponentServiceObjects<T> objects) {
			this.objects = objects;
		}

		synchronized T get() {
			if (service == null) {
				service = objects.getService();
			}
			return service;
		}

		synchronized void release() {
			if (service != null) {
				objects.ungetService(service);
				service = null;
			}
		}
	}

	void add(ComponentServiceObjects<T> objects) {
		entries.add(new Entry<>(objects));
	}

	void remove(ComponentServiceObjects<T> objects) {
		for (Entry<T> entry : entries) {
			if (entry.objects == objects) {
				entries.remove(entry);
				entry.release();
			}
		}
	}

	void forEach(Consumer<T> action) {
		for (Entry<T> entry : entries) {
			T service = entry.get();
			if (service != null) {
				action.accept(service);
			}
		}
	}
}
