package org.pipedesk.store.jdbc.sql;

/** The database failed (not a rule of the desk); the transaction it happened in is rolled back. */
public class DatabaseException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public DatabaseException(String message, Throwable cause) {
		super(message, cause);
	}
}
