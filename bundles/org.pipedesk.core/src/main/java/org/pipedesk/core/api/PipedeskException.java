package org.pipedesk.core.api;

import java.util.List;

/** Base of the domain errors; each maps to one HTTP status and HubSpot error category at the edge. */
public abstract class PipedeskException extends RuntimeException {
	private static final long serialVersionUID = 1L;
	private final List<Violation> violations;

	protected PipedeskException(String message, List<Violation> violations) {
		super(message);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
