package org.pipedesk.core.api;

import java.util.List;

/**
 * The change conflicts with the current state: a stale version (someone else changed it first), or an object
 * that still holds tickets. Nothing was changed.
 */
public class ConflictException extends PipedeskException {
	private static final long serialVersionUID = 1L;

	public ConflictException(String field, String rule, String message) {
		super(message, List.of(new Violation(field, rule, message)));
	}
}
