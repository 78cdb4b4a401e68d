package org.pipedesk.core.api;

import java.util.List;

/** The named object does not exist. */
public class NotFoundException extends PipedeskException {
	private static final long serialVersionUID = 1L;

	public NotFoundException(String field, String id, String message) {
		super(message, List.of(new Violation(field, "object.exists", message)));
	}
}
