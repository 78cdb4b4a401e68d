package org.pipedesk.server.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Services of the running framework, for integration tests. */
final class Osgi {
	private Osgi() {
	}

	static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(Osgi.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(30_000);
			if (service == null) {
				throw new AssertionError("No " + type.getName() + " service within 30 s");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
