package org.pipedesk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A ticket's conversation through the client library: the agent's email sent from the ticket (queued by the server,
 * delivered over SMTP to GreenMail), the thread read back, and automation's internal notes.
 */
class ConversationClientIT {
	private static final PipedeskClient CLIENT = TestServer.client();
	private static Pipeline pipeline;

	/** One channel in this runtime: a ticket without a thread of its own sends through it. */
	@BeforeAll
	static void channel() {
		pipeline = CLIENT.createPipeline("Conversation " + UUID.randomUUID(), List.of(
				new PipedeskClient.NewStage("New", "OPEN"), new PipedeskClient.NewStage("Solved", "CLOSED")));
		EmailChannel channel = MailChannel.create(CLIENT, "support-" + System.nanoTime() + "@pipedesk.test", pipeline.id(),
				pipeline.stages().get(0).id());
		assertEquals(channel, CLIENT.emailChannels().stream().filter(c -> c.id().equals(channel.id())).findFirst().orElseThrow());
		assertEquals(Boolean.TRUE, channel.imap().passwordSet(), "a password, never shown");
		assertEquals(null, channel.imap().password());
	}

	private static <T> T await(String what, Supplier<T> value, Predicate<T> done) {
		long deadline = System.currentTimeMillis() + 30_000;
		T v = value.get();
		while (!done.test(v)) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting for " + what + ": " + v);
			}
			try {
				Thread.sleep(200);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
			v = value.get();
		}
		return v;
	}

	@Test
	void anEmailSentFromTheTicketIsQueuedDeliveredAndOnTheThread() {
		Ticket ticket = CLIENT.createTicket(Map.of("hs_pipeline", pipeline.id(), "hs_pipeline_stage",
				pipeline.stages().get(0).id(), "subject", "Printer on fire"));
		assertEquals(List.of(), CLIENT.ticketEmails(ticket.id()));

		EmailMessage queued = CLIENT.sendEmail(ticket.id(), "ada@example.test", null, "We are on it.");
		assertEquals("OUT", queued.direction());
		assertEquals("ada@example.test", queued.to());
		assertTrue(queued.subject().startsWith("Re: Printer on fire"), "the server's default subject: " + queued.subject());
		assertFalse(queued.inbound());

		List<EmailMessage> thread = await("delivery", () -> CLIENT.ticketEmails(ticket.id()),
				t -> t.size() == 1 && "SENT".equals(t.get(0).state()));
		assertEquals("We are on it.", thread.get(0).text());
		assertTrue(thread.get(0).sentAt() != null && thread.get(0).messageId() != null, thread.toString());
	}

	@Test
	void aBadAddressOrAnEmptyBodyIsRefusedWithTheServersMessage() {
		Ticket ticket = CLIENT.createTicket(Map.of("hs_pipeline", pipeline.id(), "hs_pipeline_stage",
				pipeline.stages().get(0).id(), "subject", "Nothing to say"));
		PipedeskException noBody = assertThrows(PipedeskException.class, () -> CLIENT.sendEmail(ticket.id(), "a@b.test", null, " "));
		assertEquals(400, noBody.status());
		assertTrue(noBody.describe().contains("text or html is required"), noBody.describe());
		PipedeskException badTo = assertThrows(PipedeskException.class, () -> CLIENT.sendEmail(ticket.id(), "nobody", null, "Hi"));
		assertTrue(badTo.describe().contains("to must be an email address"), badTo.describe());
		assertEquals(List.of(), CLIENT.ticketEmails(ticket.id()));
	}

	@Test
	void automationNotesAreReadOldestFirst() {
		String fresh = pipeline.stages().get(0).id();
		Pipeline noted = CLIENT.createPipeline("Noted " + UUID.randomUUID(), List.of(new PipedeskClient.NewStage("New", "OPEN"),
				new PipedeskClient.NewStage("Solved", "CLOSED")));
		for (String text : List.of("first {{ticket.subject}}", "second")) {
			TestServer.awaitApi(() -> CLIENT.automation().addStatusAction(noted.id(), noted.stages().get(0).id(),
					new AutomationRule.NewAction("ticket.add-note", Map.of("text", text), null, null)));
		}
		Ticket ticket = CLIENT.createTicket(Map.of("hs_pipeline", noted.id(), "hs_pipeline_stage",
				noted.stages().get(0).id(), "subject", "Noted"));
		List<TicketNote> notes = await("the notes", () -> CLIENT.ticketNotes(ticket.id()), n -> n.size() == 2);
		assertEquals(List.of("first Noted", "second"), notes.stream().map(TicketNote::body).toList());
		assertEquals(ticket.id(), notes.get(0).ticketId());
		assertEquals(List.of(), CLIENT.ticketNotes(CLIENT.createTicket(Map.of("hs_pipeline", pipeline.id(),
				"hs_pipeline_stage", fresh, "subject", "No notes")).id()));
	}
}
