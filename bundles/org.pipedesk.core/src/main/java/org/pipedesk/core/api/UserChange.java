package org.pipedesk.core.api;

import java.util.List;

/**
 * A new user, or a change of one: null fields are left as they are (for a new user: active, not a super admin,
 * {@link TicketPermissions#DEFAULT}, no teams). {@code expectedVersion}, when given, must match the stored one.
 */
public record UserChange(String name, String email, Boolean active, Boolean superAdmin, TicketPermissions permissions,
		List<Long> teamIds, Long expectedVersion) {
}
