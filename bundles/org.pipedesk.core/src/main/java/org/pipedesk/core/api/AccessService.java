package org.pipedesk.core.api;

import java.util.List;

/** Pipeline access ("Manage access") and the security audit log; super admins only. */
public interface AccessService {
	PipelineAccess pipelineAccess(String pipelineId);

	/**
	 * Whether a user may view a ticket, by the same rules as their own requests: for parts that tell users about
	 * tickets (notifications, e-mail), which must never reveal a ticket to someone who cannot view it. False for a
	 * missing ticket and for a missing or inactive user. Any caller may ask.
	 */
	boolean canView(long userId, long ticketId);

	/**
	 * Refuses unless the current caller may edit the ticket (404 when they may not even view it, 403 when they may
	 * view but not edit): for writes that do not go through {@link TicketService}, such as e-mailing the customer
	 * from the ticket.
	 */
	void requireEdit(long ticketId);

	/** Replaces who may work in the pipeline; every granted user and team must exist. */
	PipelineAccess setPipelineAccess(PipelineAccess access);

	/**
	 * The security audit log, oldest first, optionally of one object ({@code objectType} USER, TEAM, TOKEN or
	 * PIPELINE and its id); {@code after} is the cursor of the previous page.
	 */
	AuditLog audit(String objectType, String objectId, String after, int limit);

	record AuditLog(List<SecurityAuditEntry> results, String after) {
	}
}
