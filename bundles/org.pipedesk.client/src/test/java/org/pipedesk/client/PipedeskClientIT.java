package org.pipedesk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The client library against the real server over real HTTP: typed answers, and the server's errors as exceptions. */
class PipedeskClientIT {
	private final PipedeskClient client = TestServer.client();

	private Pipeline newPipeline() {
		return client.createPipeline("Client " + UUID.randomUUID(), List.of(new PipedeskClient.NewStage("New", "OPEN"),
				new PipedeskClient.NewStage("Waiting", "OPEN"), new PipedeskClient.NewStage("Solved", "CLOSED")));
	}

	private Ticket ticket(Pipeline pipeline, String stageId, String subject) {
		return client.createTicket(Map.of("hs_pipeline", pipeline.id(), "hs_pipeline_stage", stageId, "subject", subject));
	}

	@Test
	void pipelinesStatusesAndSettingsRoundTrip() {
		assertTrue(client.pipelines().stream().anyMatch(p -> p.id().equals("0") && p.stages().size() == 4),
				"the seeded Support pipeline");
		Pipeline pipeline = newPipeline();
		assertEquals(List.of("New", "Waiting", "Solved"), pipeline.stages().stream().map(Stage::label).toList());
		assertTrue(pipeline.stages().get(2).closed());

		Pipeline renamed = client.updatePipeline(pipeline.id(), "Renamed " + pipeline.id(), null);
		assertEquals("Renamed " + pipeline.id(), client.pipeline(pipeline.id()).label());
		assertEquals(renamed.label(), client.pipeline(pipeline.id()).label());

		Stage added = client.addStage(pipeline.id(), "Escalated", 1, "OPEN");
		assertEquals(List.of("New", "Escalated", "Waiting", "Solved"),
				client.pipeline(pipeline.id()).stages().stream().map(Stage::label).toList());
		Stage closedNow = client.updateStage(pipeline.id(), added.id(), "Escalated!", null, "CLOSED");
		assertTrue(closedNow.closed());

		String solved = pipeline.stages().get(2).id();
		List<StatusProperty> asked = List.of(new StatusProperty("hs_ticket_category", true),
				new StatusProperty("content", false));
		assertEquals(asked, client.setStatusProperties(pipeline.id(), solved, asked));
		assertEquals(asked, client.statusProperties(pipeline.id(), solved));
		assertEquals(List.of("hs_ticket_priority"), client.setCardProperties(pipeline.id(), List.of("hs_ticket_priority")));
		assertEquals(List.of("hs_ticket_priority"), client.cardProperties(pipeline.id()));

		PropertyDefinition category = client.properties().stream().filter(p -> p.name().equals("hs_ticket_category"))
				.findFirst().orElseThrow();
		assertEquals("enumeration", category.type());
		assertTrue(category.options().stream().anyMatch(o -> o.value().equals("BILLING_ISSUE")));
	}

	@Test
	void aMoveWithoutARequiredStatusPropertyCarriesTheServersMessage() {
		Pipeline pipeline = newPipeline();
		String fresh = pipeline.stages().get(0).id();
		String solved = pipeline.stages().get(2).id();
		client.setStatusProperties(pipeline.id(), solved, List.of(new StatusProperty("hs_ticket_category", true)));
		Ticket ticket = ticket(pipeline, fresh, "Printer on fire");

		PipedeskException refused = assertThrows(PipedeskException.class, () -> client.moveTicket(ticket.id(), solved, Map.of()));
		assertEquals(400, refused.status());
		assertEquals("VALIDATION_ERROR", refused.category());
		assertTrue(refused.problems().stream().anyMatch(p -> "status.required-property".equals(p.code())), refused.describe());
		assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank());
		assertEquals(fresh, client.ticket(ticket.id()).stageId(), "nothing applied");

		Ticket moved = client.moveTicket(ticket.id(), solved, Map.of("hs_ticket_category", "BILLING_ISSUE"));
		assertEquals(solved, moved.stageId());
		assertEquals("BILLING_ISSUE", moved.property("hs_ticket_category"));

		Board board = client.board(pipeline.id(), 10);
		assertEquals(List.of(0L, 0L, 1L), board.columns().stream().map(Board.Column::total).toList());
		assertEquals(ticket.id(), board.columns().get(2).cards().get(0).id());
		assertTrue(board.columns().get(2).stage().closed());
	}

	@Test
	void staleUpdatesAreRefusedWithAConflict() {
		Pipeline pipeline = newPipeline();
		Ticket ticket = ticket(pipeline, pipeline.stages().get(0).id(), "Versioned");
		client.updateTicket(ticket.id(), Map.of("subject", "First"), ticket.version());
		PipedeskException stale = assertThrows(PipedeskException.class,
				() -> client.updateTicket(ticket.id(), Map.of("subject", "Second"), ticket.version()));
		assertEquals(409, stale.status());
		assertEquals("First", client.ticket(ticket.id()).subject());
	}

	@Test
	void bulkStatusChangeReportsEachRefusedTicketAndAppliesTheOthers() {
		Pipeline pipeline = newPipeline();
		String fresh = pipeline.stages().get(0).id();
		String solved = pipeline.stages().get(2).id();
		client.setStatusProperties(pipeline.id(), solved, List.of(new StatusProperty("hs_ticket_category", true)));
		Ticket withCategory = client.createTicket(Map.of("hs_pipeline", pipeline.id(), "hs_pipeline_stage", fresh,
				"subject", "has one", "hs_ticket_category", "PRODUCT_ISSUE"));
		Ticket without = ticket(pipeline, fresh, "has none");

		BatchResult result = client.batchUpdate(List.of(withCategory.id(), without.id()), Map.of("hs_pipeline_stage", solved));
		assertEquals(List.of(withCategory.id()), result.results().stream().map(Ticket::id).toList());
		assertEquals(1, result.errors().size());
		assertEquals(without.id(), result.errors().get(0).ticketId());
		assertTrue(result.errors().get(0).problems().stream().anyMatch(p -> "status.required-property".equals(p.code())),
				result.errors().toString());
		assertEquals(fresh, client.ticket(without.id()).stageId());

		TicketSearch.Page page = client.search(new TicketSearch().filter("hs_pipeline", "EQ", pipeline.id())
				.sort("subject", false).properties(List.of("subject", "hs_pipeline_stage")));
		assertEquals(2, page.total());
		assertEquals(List.of("has none", "has one"), page.results().stream().map(Ticket::subject).toList());
	}

	@Test
	void deletingAPipelineWithTicketsIsRefusedWithTheServersReason() {
		Pipeline pipeline = newPipeline();
		Ticket ticket = ticket(pipeline, pipeline.stages().get(0).id(), "keeps it");
		PipedeskException refused = assertThrows(PipedeskException.class, () -> client.deletePipeline(pipeline.id()));
		assertEquals(409, refused.status());
		assertTrue(refused.getMessage().contains("1"), refused.getMessage());

		// a status with tickets goes only with a target for them
		String fresh = pipeline.stages().get(0).id();
		String waiting = pipeline.stages().get(1).id();
		assertThrows(PipedeskException.class, () -> client.deleteStage(pipeline.id(), fresh, null));
		client.deleteStage(pipeline.id(), fresh, waiting);
		assertEquals(waiting, client.ticket(ticket.id()).stageId());
	}

	@Test
	void anUnreachableServerIsAnExceptionWithoutStatus() {
		PipedeskException unreachable = assertThrows(PipedeskException.class,
				() -> new PipedeskClient("http://localhost:1", "t").pipelines());
		assertEquals(0, unreachable.status());
		assertTrue(unreachable.getMessage().contains("Cannot reach Pipedesk"), unreachable.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new PipedeskClient("ftp://x", "t"));
	}
}
