package org.pipedesk.core.spi;

/** A write lost a race: the version it expected is no longer current. */
public class StaleVersionException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public StaleVersionException(String message) {
		super(message);
	}
}
