package org.pipedesk.model.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pipedesk.model.SampleDesk;
import org.pipedesk.model.compare.DeskDiff.Action;
import org.pipedesk.model.compare.DeskDiff.FieldChange;
import org.pipedesk.model.compare.DeskDiff.ObjectChange;
import org.pipedesk.model.compare.DeskDiff.Result;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.desk.TicketState;
import org.pipedesk.model.io.DeskDocuments;

/** The structured diff of two desks: objects matched by key, fields with their old and new values. */
class DeskDiffTest {
	private final Desk before = SampleDesk.create();
	private final Desk after = DeskDocuments.copy(before);

	private static Pipeline pipeline(Desk desk, String id) {
		return desk.getPipelines().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
	}

	private static Status status(Desk desk, String id) {
		return desk.getPipelines().stream().flatMap(p -> p.getStatuses().stream()).filter(s -> s.getId().equals(id))
				.findFirst().orElseThrow();
	}

	@Test
	void identicalDesksHaveNoDifferences() {
		assertTrue(DeskDiff.compare(before, after).isEmpty());
		assertTrue(DeskDiff.compare(before, DeskDocuments.fromXmi(DeskDocuments.toXmi(before))).isEmpty());
	}

	@Test
	void renamedAndReorderedObjectsAreChangedWithOldAndNewValues() {
		pipeline(after, "0").setLabel("Helpdesk");
		status(after, "1").setTicketState(TicketState.CLOSED);
		status(after, "1").setDisplayOrder(5);
		after.getPipelines().move(0, 1); // list order carries no meaning: displayOrder does

		Result diff = DeskDiff.compare(before, after);

		assertEquals(List.of(), diff.deskFields());
		ObjectChange pipeline = diff.pipelines().get(0);
		assertEquals(Action.CHANGED, pipeline.action());
		assertEquals("0", pipeline.key());
		assertEquals("Helpdesk", pipeline.label());
		assertEquals(List.of(new FieldChange("label", "Support", "Helpdesk")), pipeline.fields());
		ObjectChange status = diff.statuses().get(0);
		assertEquals("1", status.key());
		assertEquals("0", status.containerKey(), "a status names its pipeline");
		assertEquals(List.of(new FieldChange("displayOrder", 0, 5), new FieldChange("ticketState", "OPEN", "CLOSED")),
				status.fields());
		assertEquals(2, diff.objects().size());
	}

	@Test
	void addedAndRemovedPipelinesListTheirStatusesToo() {
		after.getPipelines().remove(pipeline(after, "5"));
		Pipeline added = SampleDesk.pipeline("9", "Returns", 3, 1_700_000_200_000L);
		added.getStatuses().add(SampleDesk.status("10", "Open", 0, TicketState.OPEN, 1_700_000_200_000L));
		added.getStatuses().add(SampleDesk.status("11", "Done", 1, TicketState.CLOSED, 1_700_000_200_000L));
		after.getPipelines().add(added);
		after.setLastIssuedId(11);
		after.getRetiredIds().addAll(List.of("5", "6", "7"));

		Result diff = DeskDiff.compare(before, after);

		assertEquals(List.of("ADDED 9", "REMOVED 5"),
				diff.pipelines().stream().map(c -> c.action() + " " + c.key()).toList());
		assertEquals(List.of("ADDED 10 in 9", "ADDED 11 in 9", "REMOVED 6 in 5", "REMOVED 7 in 5"),
				diff.statuses().stream().map(c -> c.action() + " " + c.key() + " in " + c.containerKey()).toList());
		assertEquals(List.of(new FieldChange("lastIssuedId", 8L, 11L),
				new FieldChange("retiredIds", List.of("3", "4"), List.of("3", "4", "5", "6", "7"))), diff.deskFields());
	}

	@Test
	void aStatusMovedToAnotherPipelineShowsItsPipelineAsChanged() {
		Status moved = status(after, "6");
		pipeline(after, "0").getStatuses().add(moved);

		ObjectChange change = DeskDiff.compare(before, after).statuses().get(0);

		assertEquals("6", change.key());
		assertEquals(List.of(new FieldChange("pipeline", "5", "0")), change.fields());
	}

	@Test
	void askedForAndCardPropertiesAndOptionsAreComparedAsValues() {
		status(after, "1").getStatusProperties().get(0).setRequired(false);
		pipeline(after, "0").getCardProperties().remove(1);
		PropertyDefinition priority = after.getProperties().get(1);
		priority.getOptions().get(1).setLabel("Very high");

		Result diff = DeskDiff.compare(before, after);

		assertEquals(List.of(new FieldChange("cardProperties", List.of("hs_ticket_priority", "subject"),
				List.of("hs_ticket_priority"))), diff.pipelines().get(0).fields());
		FieldChange asked = diff.statuses().get(0).fields().get(0);
		assertEquals("statusProperties", asked.field());
		assertEquals(List.of(Map.of("property", "subject", "required", false), Map.of("property", "hs_ticket_priority",
				"required", false)), asked.newValue());
		ObjectChange property = diff.properties().get(0);
		assertEquals("hs_ticket_priority", property.key());
		assertEquals("options", property.fields().get(0).field());
	}

	@Test
	void timestampsCanBeLeftOutToCompareContentOnly() {
		pipeline(after, "0").setUpdatedAt(new Date());

		assertEquals(List.of("updatedAt"),
				DeskDiff.compare(before, after).pipelines().get(0).fields().stream().map(FieldChange::field).toList());
		assertTrue(DeskDiff.compare(before, after, DeskDiff.TIMESTAMPS).isEmpty());
	}
}
