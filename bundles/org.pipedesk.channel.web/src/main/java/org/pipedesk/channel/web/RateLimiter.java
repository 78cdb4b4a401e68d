package org.pipedesk.channel.web;

/**
 * Per-source rate limits of the public endpoints, kept in this server's memory (each node of a cluster counts its
 * own requests).
 */
public interface RateLimiter {
	/**
	 * Takes one request from {@code source}'s allowance under {@code limit} within {@code scope} (for example a
	 * form's id), or throws {@link PublicLimitException} (429 with Retry-After) when it is spent. A changed limit
	 * starts new allowances.
	 */
	void acquire(String scope, RateLimit limit, String source);
}
