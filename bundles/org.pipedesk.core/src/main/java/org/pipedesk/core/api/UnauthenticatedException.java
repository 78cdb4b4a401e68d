package org.pipedesk.core.api;

import java.util.List;

/** The request carries no valid credentials (HTTP 401). */
public class UnauthenticatedException extends PipedeskException {
	private static final long serialVersionUID = 1L;

	public UnauthenticatedException(String message) {
		super(message, List.of(new Violation("Authorization", "token.valid", message)));
	}
}
