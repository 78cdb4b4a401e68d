package org.pipedesk.store.jdbc.internal;

import org.pipedesk.store.jdbc.sql.DatabaseException;

/** The database failed (not a rule of the desk): the transaction was rolled back. */
public class StoreException extends DatabaseException {
	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
