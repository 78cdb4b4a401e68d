package org.pipedesk.core.spi;

import org.pipedesk.core.api.AuditEntry;

/**
 * One object a configuration version created, updated or deleted: its kind, id, pipeline (for statuses and
 * pipelines), the action and a JSON snapshot of the object after the change (before it, for a delete).
 */
public record StoredChange(AuditEntry.ObjectType objectType, String objectId, String pipelineId,
		AuditEntry.Action action, String snapshot) {
}
