package org.pipedesk.core.api;

import java.time.Instant;

/** One change of a user, team, permission, pipeline access or token: who, when, what, and how (details). */
public record SecurityAuditEntry(long id, String actor, Instant occurredAt, String action, String objectType,
		String objectId, String details) {
}
