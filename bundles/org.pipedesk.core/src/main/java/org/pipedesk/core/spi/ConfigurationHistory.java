package org.pipedesk.core.spi;

import java.util.List;
import java.util.Optional;

import org.pipedesk.core.api.AuditEntry;
import org.pipedesk.core.api.ConfigurationVersion;

/**
 * The history of the desk configuration inside one store transaction: each version's change set (who, when,
 * summary, and the objects it changed), written in the same transaction as the version, so listings and audits
 * never parse version documents.
 */
public interface ConfigurationHistory {
	/** Records what {@code version} (already appended) changed. */
	void appendChangeSet(ConfigurationVersion version, List<StoredChange> changes);

	/** Versions with a number below {@code beforeVersion}, newest first, at most {@code limit}. */
	List<ConfigurationVersion> versions(long beforeVersion, int limit);

	Optional<ConfigurationVersion> version(long version);

	/** A stored version with its document. */
	Optional<StoredConfiguration> configuration(long version);

	/** Stored versions without a change set (written before the change log existed), oldest first. */
	List<Long> versionsWithoutChangeSet(int limit);

	/**
	 * Changes of one object, newest first, strictly before position ({@code beforeVersion},
	 * {@code beforePosition}); {@code pipelineId} narrows statuses to their pipeline (null: any).
	 */
	List<AuditEntry> changes(AuditEntry.ObjectType objectType, String objectId, String pipelineId, long beforeVersion,
			int beforePosition, int limit);
}
