package org.pipedesk.core.api;

/**
 * A user's ticket permissions. {@code unassigned} adds tickets without an owner to the OWNED and TEAM scopes of all
 * three. Edit and delete never reach further than view (checked on save).
 */
public record TicketPermissions(Scope view, Scope edit, Scope delete, boolean unassigned) {
	/** What a new user gets unless told otherwise: see and work every ticket, delete none. */
	public static final TicketPermissions DEFAULT = new TicketPermissions(Scope.ALL, Scope.ALL, Scope.NONE, false);
}
