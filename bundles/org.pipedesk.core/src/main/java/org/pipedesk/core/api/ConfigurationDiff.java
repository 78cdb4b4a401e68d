package org.pipedesk.core.api;

import java.util.List;

/**
 * What differs between two desk configurations: the desk's own fields, and per kind the pipelines, statuses and
 * properties added, removed, or changed with each field's old and new value (JSON-shaped values: strings,
 * numbers, booleans, lists and maps, as in the JSON document). {@code toVersion} is null when the right side is
 * not stored (yet), e.g. a dry-run import.
 */
public record ConfigurationDiff(long fromVersion, Long toVersion, List<FieldChange> desk, ObjectChanges pipelines,
		ObjectChanges statuses, ObjectChanges properties) {

	/** True when both sides are the same configuration. (Not a bean getter, so JSON leaves it out.) */
	public boolean nothingChanged() {
		return desk.isEmpty() && pipelines.nothingChanged() && statuses.nothingChanged() && properties.nothingChanged();
	}

	public record FieldChange(String field, Object oldValue, Object newValue) {
	}

	/** An object by its id ({@code pipelineId} for statuses) and label. */
	public record ObjectRef(String id, String pipelineId, String label) {
	}

	public record ChangedObject(String id, String pipelineId, String label, List<FieldChange> fields) {
	}

	public record ObjectChanges(List<ObjectRef> added, List<ObjectRef> removed, List<ChangedObject> changed) {
		public boolean nothingChanged() {
			return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
		}
	}
}
