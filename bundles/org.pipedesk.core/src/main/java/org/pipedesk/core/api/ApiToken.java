package org.pipedesk.core.api;

import java.time.Instant;

/** An API token as listed: never its secret, only the first characters of it ({@code hint}). */
public record ApiToken(long id, long userId, String label, String hint, Instant createdAt, Instant revokedAt) {
}
