package org.pipedesk.core.api;

import java.time.Instant;

/**
 * One change of a pipeline, status or property, as recorded with the configuration version that made it.
 * {@code snapshot} is the object after the change (before it, for a delete) as JSON in the configuration
 * document's shape; a pipeline's snapshot holds its statuses. A status change also records an update of its
 * pipeline. {@code cursor} orders entries (version, then position in the version).
 */
public record AuditEntry(long version, int position, String author, String summary, Instant timestamp,
		ObjectType objectType, String objectId, String pipelineId, Action action, String snapshot) {

	public enum ObjectType {
		PIPELINE, STATUS, PROPERTY
	}

	/** HubSpot's audit actions. */
	public enum Action {
		CREATE, UPDATE, DELETE
	}

	public String cursor() {
		return version + "." + position;
	}
}
