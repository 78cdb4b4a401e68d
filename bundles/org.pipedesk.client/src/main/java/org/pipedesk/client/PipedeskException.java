package org.pipedesk.client;

import java.util.List;

/**
 * The server refused a request (HTTP 4xx/5xx) or could not be reached. {@link #getMessage()} is the server's own
 * message (HubSpot's error JSON {@code message}); {@link #problems()} lists each {@code errors[]} entry.
 */
public class PipedeskException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	/** One problem of an error: the field ({@code in}), the rule ({@code code}) and what is wrong. */
	public record Problem(String in, String code, String message) {
	}

	private final int status;
	private final String category;
	private final transient List<Problem> problems;

	public PipedeskException(int status, String category, String message, List<Problem> problems) {
		super(message);
		this.status = status;
		this.category = category;
		this.problems = List.copyOf(problems);
	}

	public PipedeskException(String message, Throwable cause) {
		super(message, cause);
		this.status = 0;
		this.category = "UNREACHABLE";
		this.problems = List.of();
	}

	/** The HTTP status; 0 when the server did not answer. */
	public int status() {
		return status;
	}

	/** HubSpot's error category, e.g. {@code VALIDATION_ERROR}, {@code CONFLICT}, {@code OBJECT_NOT_FOUND}. */
	public String category() {
		return category;
	}

	public List<Problem> problems() {
		return problems;
	}

	/** The message followed by each problem's own message, one a line: what a user should be shown. */
	public String describe() {
		StringBuilder text = new StringBuilder(String.valueOf(getMessage()));
		for (Problem problem : problems) {
			if (problem.message() != null && !problem.message().equals(getMessage())) {
				text.append("\n- ").append(problem.message());
			}
		}
		return text.toString();
	}
}
