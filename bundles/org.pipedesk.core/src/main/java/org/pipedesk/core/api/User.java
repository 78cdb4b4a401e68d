package org.pipedesk.core.api;

import java.time.Instant;
import java.util.List;

/** A person working the desk. Tickets name their owner by the user's id (property {@code hubspot_owner_id}). */
public record User(long id, String name, String email, boolean active, boolean superAdmin,
		TicketPermissions permissions, List<Long> teamIds, long version, Instant createdAt, Instant updatedAt) {
}
