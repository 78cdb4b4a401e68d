package org.pipedesk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pipedesk.core.spi.StoredChange;
import org.pipedesk.model.compare.DeskDiff;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.io.DeskDocuments;

/** The change set recorded with each configuration version, which the audits read. */
class ChangeLogTest {
	private final Desk seed = SeedDesk.create(Instant.parse("2025-01-01T00:00:00Z"));

	private static List<String> rows(List<StoredChange> changes) {
		return changes.stream().map(c -> c.objectType() + " " + c.objectId() + " " + c.action() + " in "
				+ c.pipelineId()).toList();
	}

	@Test
	void theSeedCreatesThePipelineItsStatusesAndTheProperties() {
		Desk empty = DeskFactory.eINSTANCE.createDesk();
		List<StoredChange> changes = ChangeLog.changes(DeskDiff.compare(empty, seed), seed);
		assertEquals(List.of("PIPELINE 0 CREATE in 0", "STATUS 1 CREATE in 0", "STATUS 2 CREATE in 0",
				"STATUS 3 CREATE in 0", "STATUS 4 CREATE in 0"), rows(changes).subList(0, 5));
		assertEquals(5 + seed.getProperties().size(), changes.size());
	}

	@Test
	void aStatusChangeAlsoUpdatesItsPipelineWhoseSnapshotIsItsStateAfter() {
		Desk after = DeskDocuments.copy(seed);
		after.getPipelines().get(0).getStatuses().remove(1);

		List<StoredChange> changes = ChangeLog.changes(DeskDiff.compare(seed, after), after);

		assertEquals(List.of("PIPELINE 0 UPDATE in 0", "STATUS 2 DELETE in 0"), rows(changes));
		// the status itself is gone (the seeded automation's rule labels still name it, so look for the status's label)
		assertFalse(changes.get(0).snapshot().contains("\"label\":\"Waiting on contact\""), changes.get(0).snapshot());
		assertTrue(changes.get(1).snapshot().contains("\"label\":\"Waiting on contact\""), "a deleted status as it was");
	}
}
