package org.pipedesk.core.spi;

/**
 * Persistence of the desk: configuration versions and ticket rows. Implemented by a store bundle
 * (org.pipedesk.store.jdbc) and used by core's services only.
 */
public interface DeskStore {
	/**
	 * Runs {@code work} in one database transaction: committed when it returns, rolled back when it throws
	 * (the exception is rethrown as is).
	 */
	<T> T inTransaction(TransactionWork<T> work);

	@FunctionalInterface
	interface TransactionWork<T> {
		T run(StoreTransaction tx);
	}
}
