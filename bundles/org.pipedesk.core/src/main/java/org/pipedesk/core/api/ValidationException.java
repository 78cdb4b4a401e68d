package org.pipedesk.core.api;

import java.util.List;
import java.util.stream.Collectors;

/** The request breaks one or more rules; nothing was changed. Lists every broken rule. */
public class ValidationException extends PipedeskException {
	private static final long serialVersionUID = 1L;

	public ValidationException(List<Violation> violations) {
		super(violations.stream().map(Violation::message).collect(Collectors.joining("; ")), violations);
	}

	public ValidationException(String field, String rule, String message) {
		this(List.of(new Violation(field, rule, message)));
	}
}
