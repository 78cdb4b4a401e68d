package org.pipedesk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.pipedesk.core.api.Violation;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.desk.TicketState;
import org.pipedesk.model.io.DeskDocuments;

/** How an incoming desk (import, rollback) is made ready to replace the current one. */
class IncomingDeskTest {
	private static final Instant SEEDED = Instant.parse("2025-01-01T00:00:00Z");
	private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
	private final Desk current = SeedDesk.create(SEEDED);

	private static Pipeline pipeline(Desk desk, String id) {
		return desk.getPipelines().stream().filter(p -> id.equals(p.getId())).findFirst().orElseThrow();
	}

	private static Status status(String id, String label, TicketState state) {
		Status status = DeskFactory.eINSTANCE.createStatus();
		status.setId(id);
		status.setLabel(label);
		status.setTicketState(state);
		return status;
	}

	@Test
	void theCurrentDeskComesInUnchanged() {
		Desk candidate = IncomingDesk.prepare(current, DeskDocuments.copy(current), NOW);
		assertTrue(EcoreUtil.equals(current, candidate));
	}

	@Test
	void objectsWithoutIdsGetTheNextIdsPastAnyNumericIdTheDocumentBrings() {
		Desk incoming = DeskDocuments.copy(current);
		Pipeline added = DeskFactory.eINSTANCE.createPipeline();
		added.setLabel("Returns");
		added.getStatuses().add(status(null, "Open", TicketState.OPEN));
		added.getStatuses().add(status("40", "Done", TicketState.CLOSED));
		incoming.getPipelines().add(added);

		Desk candidate = IncomingDesk.prepare(current, incoming, NOW);

		Pipeline returns = candidate.getPipelines().get(1);
		assertEquals("41", returns.getId());
		assertEquals("42", returns.getStatuses().get(0).getId());
		assertEquals(42, candidate.getLastIssuedId());
		assertEquals(NOW, returns.getCreatedAt().toInstant(), "new objects without timestamps are created now");
	}

	@Test
	void droppedIdsAreRetiredAndRetiredIdsStayRetired() {
		Desk base = DeskDocuments.copy(current);
		base.getRetiredIds().add("99");
		Desk incoming = DeskDocuments.copy(current);
		pipeline(incoming, "0").getStatuses().remove(2); // status "3"

		Desk candidate = IncomingDesk.prepare(base, incoming, NOW);

		assertEquals(List.of("99", "3"), candidate.getRetiredIds());
		assertEquals(99, candidate.getLastIssuedId(), "the counter moves past retired numeric ids too");
	}

	@Test
	void bringingBackARetiredIdBreaksTheModelsRuleNamingTheObjectById() {
		Desk base = DeskDocuments.copy(current);
		pipeline(base, "0").getStatuses().remove(1); // status "2" deleted
		base.getRetiredIds().add("2");

		List<Violation> violations = IncomingDesk.modelViolations(IncomingDesk.prepare(base, current, NOW));

		assertEquals(List.of(new Violation("pipelines[id=0].statuses[id=2].id", "id.never-reused",
				"Status 'Waiting on contact' (id 2): id '2' belonged to a deleted object (rule id.never-reused: ids are never reused)")),
				violations);
	}

	@Test
	void timestampsAreTheServersOnlyChangedObjectsAndTheirPipelineAreUpdatedNow() {
		Desk incoming = DeskDocuments.copy(current);
		Pipeline support = pipeline(incoming, "0");
		support.setCreatedAt(new Date(0)); // a document cannot rewrite history
		support.getStatuses().get(0).setLabel("Fresh");
		support.getStatuses().get(1).setUpdatedAt(new Date(0));

		Desk candidate = IncomingDesk.prepare(current, incoming, NOW);

		Pipeline result = pipeline(candidate, "0");
		assertEquals(SEEDED, result.getCreatedAt().toInstant());
		assertEquals(NOW, result.getUpdatedAt().toInstant(), "its status changed");
		assertEquals(NOW, result.getStatuses().get(0).getUpdatedAt().toInstant());
		assertEquals(SEEDED, result.getStatuses().get(1).getUpdatedAt().toInstant(), "unchanged: keeps its timestamp");
		assertEquals(SEEDED, result.getStatuses().get(0).getCreatedAt().toInstant());
	}

	@Test
	void theContentIsReplacedFeatureByFeatureWithReferencesIntact() {
		Desk incoming = DeskDocuments.copy(current);
		pipeline(incoming, "0").setLabel("Helpdesk");
		Desk target = DeskDocuments.copy(current);
		target.getPipelines().clear();

		IncomingDesk.replaceContent(target, incoming);

		assertTrue(EcoreUtil.equals(incoming, target));
		assertNotEquals(incoming.getProperties().get(2), target.getProperties().get(2), "a copy, not the same objects");
		assertTrue(target.getProperties().contains(pipeline(target, "0").getCardProperties().get(0)));
	}
}
