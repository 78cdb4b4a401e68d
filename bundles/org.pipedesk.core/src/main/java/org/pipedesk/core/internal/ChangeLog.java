package org.pipedesk.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.pipedesk.core.api.AuditEntry;
import org.pipedesk.core.api.ConfigurationVersion;
import org.pipedesk.core.spi.ConfigurationHistory;
import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.core.spi.StoredChange;
import org.pipedesk.core.spi.StoredConfiguration;
import org.pipedesk.model.compare.DeskDiff;
import org.pipedesk.model.compare.DeskDiff.Action;
import org.pipedesk.model.compare.DeskDiff.ObjectChange;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.io.DeskDocuments;
import org.pipedesk.model.io.DeskJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each configuration version's change set in the version's own transaction: the objects it created,
 * updated or deleted (from the diff of the two desks, which are in memory anyway), with a JSON snapshot each.
 * Audits and version listings read these rows and never parse version documents. A change of a status also counts
 * as an update of its pipeline, whose snapshot holds its statuses, as HubSpot's pipeline audit shows stage changes.
 */
final class ChangeLog {
	private static final Logger LOG = LoggerFactory.getLogger(ChangeLog.class);
	private static final int BACKFILL_BATCH = 100;

	private ChangeLog() {
	}

	static ConfigurationVersion record(StoreTransaction tx, StoredConfiguration stored, Desk before, Desk after) {
		List<StoredChange> changes = changes(DeskDiff.compare(before, after), after);
		ConfigurationVersion version = new ConfigurationVersion(stored.version(), stored.author(), stored.summary(),
				stored.createdAt(), changes.size());
		tx.configurationHistory().appendChangeSet(version, changes);
		return version;
	}

	static List<StoredChange> changes(DeskDiff.Result diff, Desk after) {
		List<StoredChange> changes = new ArrayList<>();
		Set<String> touchedPipelines = new LinkedHashSet<>();
		diff.pipelines().forEach(c -> touchedPipelines.add(c.key()));
		diff.statuses().stream().filter(c -> c.containerKey() != null).forEach(c -> touchedPipelines.add(c.containerKey()));
		for (String pipelineId : touchedPipelines) {
			ObjectChange own = diff.pipelines().stream().filter(c -> c.key().equals(pipelineId)).findFirst().orElse(null);
			if (own != null) {
				changes.add(change(own, AuditEntry.ObjectType.PIPELINE, pipelineId));
			} else {
				// Only its statuses changed: record the pipeline as updated, as it is now.
				Pipeline pipeline = ModelViews.pipeline(after, pipelineId);
				changes.add(new StoredChange(AuditEntry.ObjectType.PIPELINE, pipelineId, pipelineId,
						AuditEntry.Action.UPDATE, DeskJson.objectToJson(pipeline)));
			}
		}
		for (ObjectChange status : diff.statuses()) {
			changes.add(change(status, AuditEntry.ObjectType.STATUS, status.containerKey()));
		}
		for (ObjectChange property : diff.properties()) {
			changes.add(change(property, AuditEntry.ObjectType.PROPERTY, null));
		}
		return changes;
	}

	private static StoredChange change(ObjectChange change, AuditEntry.ObjectType type, String pipelineId) {
		AuditEntry.Action action = switch (change.action()) {
		case ADDED -> AuditEntry.Action.CREATE;
		case REMOVED -> AuditEntry.Action.DELETE;
		case CHANGED -> AuditEntry.Action.UPDATE;
		};
		EObject snapshot = change.action() == Action.REMOVED ? change.before() : change.after();
		return new StoredChange(type, change.key(), pipelineId, action, DeskJson.objectToJson(snapshot));
	}

	/**
	 * Records the change sets of versions stored before the change log existed, once, by diffing each with its
	 * predecessor.
	 */
	static void backfill(StoreTransaction tx) {
		ConfigurationHistory history = tx.configurationHistory();
		List<Long> missing = history.versionsWithoutChangeSet(BACKFILL_BATCH);
		if (missing.isEmpty()) {
			return;
		}
		LOG.info("Recording the change sets of configuration versions stored before the change log");
		int recorded = 0;
		long previousVersion = -1;
		Desk previous = null;
		while (!missing.isEmpty()) {
			for (long version : missing) {
				StoredConfiguration stored = history.configuration(version).orElseThrow();
				Desk before = previousVersion == version - 1 ? previous
						: history.configuration(version - 1).map(c -> DeskDocuments.fromXmi(c.document()))
								.orElseGet(DeskFactory.eINSTANCE::createDesk);
				Desk after = DeskDocuments.fromXmi(stored.document());
				record(tx, stored, before, after);
				previousVersion = version;
				previous = after;
				recorded++;
			}
			missing = history.versionsWithoutChangeSet(BACKFILL_BATCH);
		}
		LOG.info("Recorded the change sets of {} configuration version(s)", recorded);
	}
}
