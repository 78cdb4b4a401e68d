package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pipedesk.core.api.BoardColumn;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.NewPipeline;
import org.pipedesk.core.api.NewStatus;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PipelineChange;
import org.pipedesk.core.api.PipelineInfo;
import org.pipedesk.core.api.PipelineService;
import org.pipedesk.core.api.PropertyService;
import org.pipedesk.core.api.StatusChange;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.StatusPropertyInfo;
import org.pipedesk.core.api.StatusService;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketChange;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.TicketState;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;

/** Core's rules through the real DS services, store and H2 database inside Equinox. */
@org.junit.jupiter.api.extension.ExtendWith(RunAsSystem.class)
class CoreRulesIT {
	private final PipelineService pipelines = Osgi.service(PipelineService.class);
	private final StatusService statuses = Osgi.service(StatusService.class);
	private final TicketService tickets = Osgi.service(TicketService.class);
	private final PropertyService properties = Osgi.service(PropertyService.class);

	private PipelineInfo newPipeline(String... openLabels) {
		List<NewStatus> stages = new java.util.ArrayList<>();
		for (String label : openLabels) {
			stages.add(new NewStatus(label, null, TicketState.OPEN));
		}
		stages.add(new NewStatus("Done", null, TicketState.CLOSED));
		return pipelines.create(new NewPipeline("P " + UUID.randomUUID(), null, stages));
	}

	private static List<String> rules(ValidationException e) {
		return e.violations().stream().map(Violation::rule).toList();
	}

	@Test
	void theDeskIsSeededWithTheSupportPipelineAndStandardProperties() {
		PipelineInfo support = pipelines.get("0");
		assertEquals("Support Pipeline", support.label());
		assertEquals(List.of("New", "Waiting on contact", "Waiting on us", "Closed"),
				support.statuses().stream().map(StatusInfo::label).toList());
		assertEquals(List.of("1", "2", "3", "4"), support.statuses().stream().map(StatusInfo::id).toList());
		assertEquals(List.of(TicketState.OPEN, TicketState.OPEN, TicketState.OPEN, TicketState.CLOSED),
				support.statuses().stream().map(StatusInfo::ticketState).toList());
		List<String> names = properties.list().stream().map(p -> p.name()).toList();
		assertTrue(names.containsAll(List.of("subject", "content", "hs_ticket_priority", "hubspot_owner_id",
				"hs_ticket_category", "source_type")), names.toString());
		assertEquals(List.of("LOW", "MEDIUM", "HIGH", "URGENT"),
				properties.get("hs_ticket_priority").options().stream().map(o -> o.value()).toList());
	}

	@Test
	void aPipelineIsCreatedWithItsStatusesRenamedReorderedAndDeletedWhenEmpty() {
		PipelineInfo created = newPipeline("Triage", "Working");
		assertEquals(List.of("Triage", "Working", "Done"), created.statuses().stream().map(StatusInfo::label).toList());
		PipelineInfo renamed = pipelines.update(created.id(), new PipelineChange("Renamed " + created.id(), null));
		assertEquals("Renamed " + created.id(), renamed.label());
		assertEquals(created.statuses().get(0).id(), renamed.statuses().get(0).id(), "ids survive a rename");

		pipelines.update(created.id(), new PipelineChange(null, -100));
		assertEquals(created.id(), pipelines.list().get(0).id(), "the lowest display order comes first");

		pipelines.delete(created.id());
		assertThrows(NotFoundException.class, () -> pipelines.get(created.id()));
	}

	@Test
	void pipelinesWithTheSameDisplayOrderSortByLabel() {
		PipelineInfo b = pipelines.create(new NewPipeline("zz-B " + UUID.randomUUID(), 5000,
				List.of(new NewStatus("o", null, TicketState.OPEN), new NewStatus("c", null, TicketState.CLOSED))));
		PipelineInfo a = pipelines.create(new NewPipeline("zz-A " + UUID.randomUUID(), 5000,
				List.of(new NewStatus("o", null, TicketState.OPEN), new NewStatus("c", null, TicketState.CLOSED))));
		List<String> order = pipelines.list().stream().map(PipelineInfo::id).filter(id -> id.equals(a.id()) || id.equals(b.id())).toList();
		assertEquals(List.of(a.id(), b.id()), order);
	}

	@Test
	void aPipelineThatBreaksAModelRuleIsRefusedWhole() {
		int before = pipelines.list().size();
		ValidationException e = assertThrows(ValidationException.class, () -> pipelines.create(new NewPipeline("  ",
				null, List.of(new NewStatus("Open", null, TicketState.OPEN)))));
		assertEquals(List.of("label.not-blank", "pipeline.closed-status-required"), rules(e).stream().sorted().toList());
		assertEquals(before, pipelines.list().size());
		ValidationException duplicate = assertThrows(ValidationException.class, () -> pipelines.create(
				new NewPipeline("support pipeline", null, List.of(new NewStatus("o", null, TicketState.OPEN),
						new NewStatus("c", null, TicketState.CLOSED)))));
		assertEquals(List.of("pipeline.label-unique"), rules(duplicate));
	}

	@Test
	void aPipelineHoldingTicketsCannotBeDeletedAndTheErrorSaysHowMany() {
		PipelineInfo pipeline = newPipeline("Open");
		String open = pipeline.statuses().get(0).id();
		tickets.create(pipeline.id(), open, Map.of("subject", "one"));
		Ticket second = tickets.create(pipeline.id(), open, Map.of("subject", "two"));
		ConflictException e = assertThrows(ConflictException.class, () -> pipelines.delete(pipeline.id()));
		assertTrue(e.getMessage().contains("2 tickets"), e.getMessage());
		assertEquals(pipeline, pipelines.get(pipeline.id()));
		tickets.delete(second.id());
		ConflictException one = assertThrows(ConflictException.class, () -> pipelines.delete(pipeline.id()));
		assertTrue(one.getMessage().contains("1 ticket"), one.getMessage());
	}

	@Test
	void replacingAPipelineCannotDropAStatusThatHoldsTickets() {
		PipelineInfo pipeline = newPipeline("Open", "Working");
		String working = pipeline.statuses().get(1).id();
		tickets.create(pipeline.id(), working, Map.of());
		List<NewStatus> withoutWorking = List.of(new NewStatus("Open", 0, TicketState.OPEN),
				new NewStatus("Done", 1, TicketState.CLOSED));
		ConflictException e = assertThrows(ConflictException.class,
				() -> pipelines.replace(pipeline.id(), new NewPipeline(pipeline.label(), 1, withoutWorking)));
		assertTrue(e.getMessage().contains("1 ticket"), e.getMessage());
		assertEquals(pipeline, pipelines.get(pipeline.id()), "nothing of the refused replace was applied");

		PipelineInfo empty = newPipeline("Open", "Working");
		PipelineInfo replaced = pipelines.replace(empty.id(), new NewPipeline(empty.label(), 1, withoutWorking));
		assertEquals(List.of("Open", "Done"), replaced.statuses().stream().map(StatusInfo::label).toList());
		assertEquals(empty.statuses().get(0).id(), replaced.statuses().get(0).id());
	}

	@Test
	void deletedIdsAreNeverIssuedAgain() {
		PipelineInfo first = newPipeline("Open");
		pipelines.delete(first.id());
		PipelineInfo second = newPipeline("Open");
		List<String> old = new java.util.ArrayList<>(List.of(first.id()));
		first.statuses().forEach(s -> old.add(s.id()));
		assertTrue(old.stream().noneMatch(id -> id.equals(second.id())
				|| second.statuses().stream().anyMatch(s -> s.id().equals(id))), old + " vs " + second);
	}

	@Test
	void statusesAreAddedRenamedReorderedAndKeepTheirInternalIds() {
		PipelineInfo pipeline = newPipeline("Open");
		StatusInfo added = statuses.add(pipeline.id(), new NewStatus("Escalated", null, TicketState.OPEN));
		assertEquals(List.of("Open", "Done", "Escalated"), statuses.list(pipeline.id()).stream().map(StatusInfo::label).toList());
		StatusInfo renamed = statuses.update(pipeline.id(), added.id(), new StatusChange("Escalated to L2", -1, null));
		assertEquals(added.id(), renamed.id());
		assertEquals(List.of("Escalated to L2", "Open", "Done"),
				statuses.list(pipeline.id()).stream().map(StatusInfo::label).toList());
		ValidationException duplicate = assertThrows(ValidationException.class,
				() -> statuses.add(pipeline.id(), new NewStatus("open", null, TicketState.OPEN)));
		assertEquals(List.of("status.label-unique"), rules(duplicate));
	}

	@Test
	void deletingAStatusMovesItsTicketsToTheTargetInOneTransaction() {
		PipelineInfo pipeline = newPipeline("Open", "Working");
		String open = pipeline.statuses().get(0).id();
		String working = pipeline.statuses().get(1).id();
		Ticket a = tickets.create(pipeline.id(), working, Map.of("subject", "a"));
		tickets.create(pipeline.id(), working, Map.of("subject", "b"));

		ValidationException noTarget = assertThrows(ValidationException.class,
				() -> statuses.delete(pipeline.id(), working, null));
		assertEquals(List.of("status.delete-target-required"), rules(noTarget));
		PipelineInfo other = newPipeline("Elsewhere");
		ValidationException foreign = assertThrows(ValidationException.class,
				() -> statuses.delete(pipeline.id(), working, other.statuses().get(0).id()));
		assertEquals(List.of("status.delete-target-same-pipeline"), rules(foreign));

		assertEquals(2, statuses.delete(pipeline.id(), working, open));
		assertEquals(open, tickets.get(a.id()).statusId());
		assertEquals(2, tickets.board(pipeline.id(), 10).get(0).total());
		assertThrows(NotFoundException.class, () -> statuses.get(pipeline.id(), working));
	}

	@Test
	void aStatusDeleteThatBreaksARuleMovesNoTicket() {
		PipelineInfo pipeline = newPipeline("Open");
		String open = pipeline.statuses().get(0).id();
		String done = pipeline.statuses().get(1).id();
		Ticket closed = tickets.create(pipeline.id(), done, Map.of());
		// Deleting the only CLOSED status would leave the pipeline without one.
		ValidationException e = assertThrows(ValidationException.class, () -> statuses.delete(pipeline.id(), done, open));
		assertEquals(List.of("pipeline.closed-status-required"), rules(e));
		assertEquals(done, tickets.get(closed.id()).statusId(), "the ticket move was rolled back");
		assertEquals(2, statuses.list(pipeline.id()).size());
	}

	@Test
	void requiredStatusPropertiesAreEnforcedOnCreateAndMoveListingEveryMissingOne() {
		PipelineInfo pipeline = newPipeline("Open");
		String open = pipeline.statuses().get(0).id();
		String done = pipeline.statuses().get(1).id();
		statuses.setStatusProperties(pipeline.id(), done, List.of(new StatusPropertyInfo("hs_ticket_category", true),
				new StatusPropertyInfo("content", true), new StatusPropertyInfo("hs_ticket_priority", false)));

		ValidationException create = assertThrows(ValidationException.class,
				() -> tickets.create(pipeline.id(), done, Map.of("subject", "x")));
		assertEquals(List.of("hs_ticket_category", "content"), create.violations().stream().map(Violation::field).toList());
		assertTrue(create.violations().stream().allMatch(v -> v.rule().equals("status.required-property")));

		Ticket ticket = tickets.create(pipeline.id(), open, Map.of("subject", "x", "content", "details"));
		ValidationException move = assertThrows(ValidationException.class, () -> tickets.move(ticket.id(), done, null));
		assertEquals(List.of("hs_ticket_category"), move.violations().stream().map(Violation::field).toList());
		assertEquals(open, tickets.get(ticket.id()).statusId(), "a refused move leaves the ticket where it was");

		Ticket moved = tickets.update(ticket.id(),
				new TicketChange(null, done, Map.of("hs_ticket_category", "BILLING_ISSUE"), null));
		assertEquals(done, moved.statusId());
		assertEquals(Map.of("subject", "x", "content", "details", "hs_ticket_category", "BILLING_ISSUE"),
				tickets.get(ticket.id()).properties());
		Ticket direct = tickets.create(pipeline.id(), done, Map.of("content", "c", "hs_ticket_category", "PRODUCT_ISSUE"));
		assertEquals(done, direct.statusId());
	}

	@Test
	void readOnlyAndCalculatedPropertiesCannotBeAskedForInAStatus() {
		PipelineInfo pipeline = newPipeline("Open");
		String open = pipeline.statuses().get(0).id();
		ValidationException e = assertThrows(ValidationException.class, () -> statuses.setStatusProperties(
				pipeline.id(), open, List.of(new StatusPropertyInfo("createdate", true), new StatusPropertyInfo("time_to_close", false))));
		assertEquals(List.of("status-property.not-read-only", "status-property.not-calculated",
				"status-property.not-read-only").stream().sorted().toList(), rules(e).stream().sorted().toList());
		assertEquals(List.of(), statuses.get(pipeline.id(), open).statusProperties());
	}

	@Test
	void ticketValuesAreCheckedAgainstTheirProperties() {
		ValidationException e = assertThrows(ValidationException.class, () -> tickets.create("0", "1",
				Map.of("hs_ticket_priority", "SOON", "unknown_thing", "x", "createdate", "2020-01-01T00:00:00Z")));
		assertEquals(List.of("createdate", "hs_ticket_priority", "unknown_thing"),
				e.violations().stream().map(Violation::field).sorted().toList());
		ValidationException wrongStage = assertThrows(ValidationException.class, () -> tickets.create("0", "999", Map.of()));
		assertEquals(List.of("ticket.stage-in-pipeline"), rules(wrongStage));
	}

	@Test
	void aStaleTicketVersionIsRefused() {
		Ticket ticket = tickets.create("0", "1", Map.of("subject", "v1"));
		Ticket second = tickets.update(ticket.id(), new TicketChange(null, null, Map.of("subject", "v2"), ticket.version()));
		assertEquals(ticket.version() + 1, second.version());
		assertThrows(ConflictException.class, () -> tickets.update(ticket.id(),
				new TicketChange(null, null, Map.of("subject", "lost update"), ticket.version())));
		assertEquals("v2", tickets.get(ticket.id()).properties().get("subject"));
	}

	@Test
	void theBoardListsEachStatusInOrderWithCountsAndNewestFirst() {
		PipelineInfo pipeline = newPipeline("Open", "Working");
		String open = pipeline.statuses().get(0).id();
		Ticket first = tickets.create(pipeline.id(), open, Map.of());
		Ticket second = tickets.create(pipeline.id(), open, Map.of());
		Ticket third = tickets.create(pipeline.id(), open, Map.of());
		List<BoardColumn> board = tickets.board(pipeline.id(), 2);
		assertEquals(List.of("Open", "Working", "Done"), board.stream().map(c -> c.status().label()).toList());
		assertEquals(List.of(3L, 0L, 0L), board.stream().map(BoardColumn::total).toList());
		assertEquals(List.of(third.id(), second.id()), board.get(0).tickets().results().stream().map(Ticket::id).toList());
		assertEquals(List.of(first.id()), tickets.listInStatus(pipeline.id(), open, board.get(0).tickets().after(), 2)
				.results().stream().map(Ticket::id).toList());
	}

	@Test
	void aDeletedTicketIsGone() {
		Ticket ticket = tickets.create(null, "1", Map.of("subject", "bye"));
		assertEquals("0", ticket.pipelineId(), "no pipeline means the default pipeline");
		tickets.delete(ticket.id());
		assertThrows(NotFoundException.class, () -> tickets.get(ticket.id()));
	}
}
