package org.pipedesk.core.api;

import java.time.Instant;
import java.util.Map;

/**
 * A ticket row. {@code version} grows by one on every change; a write that names an older version is refused.
 * {@code properties} holds the written property values (never the pipeline and status, which are fields).
 */
public record Ticket(long id, String pipelineId, String statusId, Map<String, String> properties, long version,
		Instant createdAt, Instant updatedAt) {
}
