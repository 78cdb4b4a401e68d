package org.pipedesk.store.jdbc.internal;

/** The database failed (not a rule of the desk): the transaction was rolled back. */
public class StoreException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
