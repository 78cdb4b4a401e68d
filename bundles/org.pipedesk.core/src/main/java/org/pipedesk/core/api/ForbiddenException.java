package org.pipedesk.core.api;

import java.util.List;

/**
 * The caller may see the object but not do this to it (HTTP 403). Objects the caller may not even see are reported
 * as {@link NotFoundException}, so their existence does not leak.
 */
public class ForbiddenException extends PipedeskException {
	private static final long serialVersionUID = 1L;

	public ForbiddenException(String field, String rule, String message) {
		super(message, List.of(new Violation(field, rule, message)));
	}
}
