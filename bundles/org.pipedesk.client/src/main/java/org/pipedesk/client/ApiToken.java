package org.pipedesk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An API token of a user as listed: never its secret, only a {@code hint} of it; {@code revokedAt} is set once
 * revoked. Times are ISO-8601 instants.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiToken(String id, String userId, String label, String hint, String createdAt, String revokedAt) {
	public boolean revoked() {
		return revokedAt != null;
	}

	/** A token just issued: the only answer that carries its secret. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Issued(ApiToken token, String secret) {
	}
}
