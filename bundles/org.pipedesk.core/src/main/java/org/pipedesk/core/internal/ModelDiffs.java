package org.pipedesk.core.internal;

import java.util.List;

import org.pipedesk.core.api.ConfigurationDiff;
import org.pipedesk.core.api.ConfigurationDiff.ChangedObject;
import org.pipedesk.core.api.ConfigurationDiff.FieldChange;
import org.pipedesk.core.api.ConfigurationDiff.ObjectChanges;
import org.pipedesk.core.api.ConfigurationDiff.ObjectRef;
import org.pipedesk.model.compare.DeskDiff;
import org.pipedesk.model.compare.DeskDiff.Action;
import org.pipedesk.model.compare.DeskDiff.ObjectChange;

/** The model's diff as the API's records, and in words for version summaries. */
final class ModelDiffs {
	private ModelDiffs() {
	}

	static ConfigurationDiff of(long fromVersion, Long toVersion, DeskDiff.Result diff) {
		return new ConfigurationDiff(fromVersion, toVersion, fields(diff.deskFields()), changes(diff.pipelines(), false),
				changes(diff.statuses(), true), changes(diff.properties(), false));
	}

	private static ObjectChanges changes(List<ObjectChange> changes, boolean inPipeline) {
		return new ObjectChanges(
				changes.stream().filter(c -> c.action() == Action.ADDED).map(c -> ref(c, inPipeline)).toList(),
				changes.stream().filter(c -> c.action() == Action.REMOVED).map(c -> ref(c, inPipeline)).toList(),
				changes.stream().filter(c -> c.action() == Action.CHANGED).map(c -> new ChangedObject(c.key(),
						inPipeline ? c.containerKey() : null, c.label(), fields(c.fields()))).toList());
	}

	private static ObjectRef ref(ObjectChange change, boolean inPipeline) {
		return new ObjectRef(change.key(), inPipeline ? change.containerKey() : null, change.label());
	}

	private static List<FieldChange> fields(List<DeskDiff.FieldChange> fields) {
		return fields.stream().map(f -> new FieldChange(f.field(), f.oldValue(), f.newValue())).toList();
	}

	/** E.g. "1 pipeline added, 2 statuses changed"; "no change" when empty. */
	static String inWords(ConfigurationDiff diff) {
		StringBuilder words = new StringBuilder();
		count(words, diff.pipelines(), "pipeline", "pipelines");
		count(words, diff.statuses(), "status", "statuses");
		count(words, diff.properties(), "property", "properties");
		if (words.isEmpty() && !diff.desk().isEmpty()) {
			words.append("desk fields changed");
		}
		return words.isEmpty() ? "no change" : words.toString();
	}

	private static void count(StringBuilder words, ObjectChanges changes, String one, String many) {
		append(words, changes.added().size(), one, many, "added");
		append(words, changes.removed().size(), one, many, "removed");
		append(words, changes.changed().size(), one, many, "changed");
	}

	private static void append(StringBuilder words, int count, String one, String many, String what) {
		if (count > 0) {
			if (!words.isEmpty()) {
				words.append(", ");
			}
			words.append(count).append(' ').append(count == 1 ? one : many).append(' ').append(what);
		}
	}
}
