package org.pipedesk.core.api;

import java.time.Instant;

/**
 * One stored version of the desk configuration: its number, who made it, when, and what it did in words.
 * {@code changes} counts the pipelines, statuses and properties it created, updated or deleted.
 */
public record ConfigurationVersion(long version, String author, String summary, Instant createdAt, int changes) {
}
