package org.pipedesk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pipedesk.client.AutomationRule;
import org.pipedesk.client.EmailChannel;
import org.pipedesk.client.EmailMessage;
import org.pipedesk.client.Pipeline;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.Ticket;
import org.pipedesk.client.TicketSearch;
import org.pipedesk.ui.Session;

/**
 * The ticket editor's conversation: a customer's email (sent over SMTP to GreenMail, read by the server's email
 * channel over IMAP) and an automation note are shown; the agent sends an email from the ticket, which the server
 * queues on the ticket's thread and delivers over SMTP.
 */
class TicketConversationUiIT {
	private final Ui ui = new Ui();
	private final PipedeskClient client = TestServer.client();
	private final Session session = new Session();
	private Shell shell;

	TicketConversationUiIT() {
		session.connect(client);
	}

	@AfterEach
	void closeShell() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
	}

	/** Waits off the UI (no shell is open yet) for the server. */
	private static void await(String what, BooleanSupplier done) {
		long deadline = System.currentTimeMillis() + 30_000;
		while (!done.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			try {
				Thread.sleep(200);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

	@Test
	void theEditorShowsTheEmailsAndNotesAndSendsAnEmailOnTheTicketsThread() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Pipeline pipeline = client.createPipeline("Conversation UI " + unique, List.of(
				new PipedeskClient.NewStage("New", "OPEN"), new PipedeskClient.NewStage("Solved", "CLOSED")));
		String fresh = pipeline.stages().get(0).id();
		client.automation().addStatusAction(pipeline.id(), fresh, new AutomationRule.NewAction("ticket.add-note",
				Map.of("text", "Received by email: {{ticket.subject}}"), null, null));
		String support = "support-" + unique + "@pipedesk.test";
		String customer = "ada-" + unique + "@example.test";
		EmailChannel channel = CustomerMail.channel(client, support, pipeline.id(), fresh);

		// The customer writes; the channel reads the mailbox into a new ticket, automation adds its note.
		String subject = "Printer on fire " + unique;
		CustomerMail.send(customer, support, subject, "Help! It smokes.");
		await("the mail read", () -> client.pollEmailChannel(channel.id()) > 0 || !search(subject).isEmpty());
		Ticket ticket = search(subject).get(0);
		await("the note", () -> client.ticketNotes(ticket.id()).size() == 1);

		shell = ui.shell("Pipedesk - conversation");
		ui.open(shell);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean done = ui.whenShellOpens(TicketEditorDialog.title(ticket.id()), failure, dialog -> {
			Table table = Ui.find(dialog, "conversation.table", Table.class);
			ui.until("the conversation", () -> table.getItemCount() == 2);
			Ui.find(dialog, "ticket.tabs", TabFolder.class).setSelection(1);
			assertEquals(List.of("Email from customer", customer, subject),
					List.of(table.getItem(0).getText(1), table.getItem(0).getText(2), table.getItem(0).getText(3)));
			assertEquals(List.of("Note", "Received by email: " + subject),
					List.of(table.getItem(1).getText(1), table.getItem(1).getText(3)));
			table.select(0);
			table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			String detail = Ui.find(dialog, "conversation.detail", Text.class).getText();
			assertTrue(detail.startsWith("From: " + customer) && detail.endsWith("Help! It smokes."), detail);

			AtomicBoolean sent = ui.whenShellOpens(SendEmailDialog.title(ticket.id()), failure, email -> {
				assertEquals(customer, Ui.find(email, "email.to", Text.class).getText(), "whoever wrote last");
				Button send = Ui.find(email, "email.send", Button.class);
				assertFalse(send.isEnabled(), "nothing to send yet");
				Ui.find(email, "email.text", Text.class).setText("We are on it.");
				assertTrue(send.isEnabled());
				ui.screenshot(email, "ticket-send-email");
				Ui.click(send);
			});
			Ui.click(Ui.find(dialog, "conversation.send", Button.class));
			Label message = Ui.find(dialog, "status.message", Label.class);
			ui.until("the email queued and shown", () -> failure.get() != null
					|| sent.get() && message.getText().startsWith("Email to " + customer + " queued") && table.getItemCount() == 3);
			assertTrue(table.getItem(2).getText(1).startsWith("Email to customer ("), table.getItem(2).getText(1));
			assertEquals(customer, table.getItem(2).getText(2));
			ui.screenshot(dialog, "ticket-conversation");
			Ui.click(Ui.button(dialog, "Close"));
		});
		TicketEditorDialog editor = new TicketEditorDialog(shell, session, pipeline, DeskData.read(client).properties(),
				ticket.id());
		editor.open();
		ui.until("the editor closed", done::get);
		Ui.check(failure);

		// On the server: the agent's email on the ticket's thread, answering the customer's, delivered over SMTP.
		await("the email sent", () -> {
			List<EmailMessage> thread = client.ticketEmails(ticket.id());
			return thread.size() == 2 && "SENT".equals(thread.get(1).state());
		});
		List<EmailMessage> thread = client.ticketEmails(ticket.id());
		EmailMessage reply = thread.get(1);
		assertEquals(List.of("IN", "OUT"), thread.stream().map(EmailMessage::direction).toList());
		assertEquals(customer, reply.to());
		assertEquals("We are on it.", reply.text());
		assertTrue(reply.subject().startsWith("Re: " + subject), reply.subject());
	}

	private List<Ticket> search(String subject) {
		return client.search(new TicketSearch().filter("subject", "EQ", subject)).results();
	}
}
