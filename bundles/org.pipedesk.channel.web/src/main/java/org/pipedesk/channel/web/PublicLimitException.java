package org.pipedesk.channel.web;

/**
 * A public endpoint's limit was passed: the body is too large (413) or the source sent too many requests (429 with
 * {@code Retry-After}). Answered in HubSpot's error shape by this bundle's exception mapper.
 */
public class PublicLimitException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final int status;
	private final String category;
	private final String field;
	private final String rule;
	private final long retryAfterSeconds;

	private PublicLimitException(int status, String category, String field, String rule, String message,
			long retryAfterSeconds) {
		super(message);
		this.status = status;
		this.category = category;
		this.field = field;
		this.rule = rule;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public static PublicLimitException tooLarge(long maxBytes) {
		return new PublicLimitException(413, "PAYLOAD_TOO_LARGE", "body", "body.size",
				"The request body is larger than " + maxBytes + " bytes", 0);
	}

	public static PublicLimitException tooManyRequests(long retryAfterSeconds) {
		return new PublicLimitException(429, "RATE_LIMITS", "source", "rate-limit.exceeded",
				"Too many requests from this address; retry after " + retryAfterSeconds + " s", retryAfterSeconds);
	}

	public int status() {
		return status;
	}

	public String category() {
		return category;
	}

	public String field() {
		return field;
	}

	public String rule() {
		return rule;
	}

	/** Seconds until a retry can succeed (429 only; 0 otherwise). */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
