package org.pipedesk.channel.web;

import java.util.List;

import org.pipedesk.core.api.Violation;

/**
 * At most {@code requests} requests per {@code perSeconds} seconds from one source; the allowance refills
 * gradually (one request every {@code perSeconds / requests} seconds), so a steady sender is never locked out for a
 * whole period.
 */
public record RateLimit(int requests, int perSeconds) {
	public static final int MAX_REQUESTS = 100_000;
	public static final int MAX_SECONDS = 86_400;

	/** Adds a violation of {@code field} when the limit is out of range. */
	public static void check(RateLimit limit, String field, List<Violation> problems) {
		if (limit == null) {
			problems.add(new Violation(field, "rate-limit.required", field + " is required"));
		} else if (limit.requests() < 1 || limit.requests() > MAX_REQUESTS || limit.perSeconds() < 1
				|| limit.perSeconds() > MAX_SECONDS) {
			problems.add(new Violation(field, "rate-limit.range", field + ".requests must be 1 to " + MAX_REQUESTS
					+ " and " + field + ".perSeconds 1 to " + MAX_SECONDS));
		}
	}
}
