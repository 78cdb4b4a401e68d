package org.pipedesk.core.api;

import java.time.Instant;
import java.util.List;

/** A group of users; a user may be on several. Team-scoped permissions reach the tickets of every member. */
public record Team(long id, String name, List<Long> memberIds, long version, Instant createdAt, Instant updatedAt) {
}
