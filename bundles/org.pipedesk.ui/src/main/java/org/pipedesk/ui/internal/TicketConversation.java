package org.pipedesk.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.pipedesk.client.EmailMessage;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.PipedeskException;
import org.pipedesk.client.TicketNote;
import org.pipedesk.ui.Session;

/**
 * A ticket's conversation, in its editor: the email thread (from the customer and to them, with each outgoing
 * message's sending state) and the internal notes automation added, oldest first in one list, the chosen entry's
 * whole text below; Send email... writes to the customer on the ticket's thread. A server without the email channel
 * (or automation) shows what it has.
 */
final class TicketConversation {
	private final Session session;
	private final StatusStrip strip;
	private final String ticketId;
	private final Supplier<String> subject;
	private final Composite root;
	private final Table table;
	private final Text detail;
	private final Label availability;
	private final Button send;
	private List<Entry> entries = List.of();
	private boolean loaded;

	/** One line of the conversation: an email or a note. */
	record Entry(Instant at, String kind, String who, String title, String text) {
	}

	/** What the server has for the ticket: null where that part of the server is not installed. */
	private record Read(List<EmailMessage> emails, List<TicketNote> notes) {
	}

	TicketConversation(Composite parent, Session session, StatusStrip strip, String ticketId, Supplier<String> subject) {
		this.session = session;
		this.strip = strip;
		this.ticketId = ticketId;
		this.subject = subject;
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(3, false));
		availability = Widgets.tag(new Label(root, SWT.WRAP), "conversation.availability");
		availability.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		send = Widgets.button(root, "Send email...", "conversation.send", this::sendEmail);
		send.setEnabled(false);
		Widgets.button(root, "Refresh", "conversation.refresh", () -> load(null));

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		table = Widgets.table(sash, "conversation.table", new String[][] { { "When", "140" }, { "What", "200" },
				{ "From / to / by", "200" }, { "Subject or note", "290" } });
		table.addListener(SWT.Selection, e -> showSelected());
		detail = Widgets.tag(new Text(sash, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY),
				"conversation.detail");
		sash.setWeights(55, 45);
	}

	Control control() {
		return root;
	}

	/** True once the conversation was read (at least once). */
	boolean loaded() {
		return loaded;
	}

	List<Entry> entries() {
		return entries;
	}

	/** Reads the thread and the notes, then shows them (and {@code outcome} in the strip, when given). */
	void load(String outcome) {
		PipedeskClient client = session.client();
		strip.run("Reading the conversation of ticket #" + ticketId,
				() -> new Read(orNull(() -> client.ticketEmails(ticketId)), orNull(() -> client.ticketNotes(ticketId))),
				read -> {
					show(read);
					loaded = true;
					if (outcome != null) {
						strip.info(outcome);
					}
				});
	}

	/** The answer, or null when the server has no such resource (the ticket itself was just read, so 404 is that). */
	private static <T> T orNull(Supplier<T> call) {
		try {
			return call.get();
		} catch (PipedeskException e) {
			if (e.status() == 404) {
				return null;
			}
			throw e;
		}
	}

	private void show(Read read) {
		List<Entry> all = new ArrayList<>();
		if (read.emails() != null) {
			read.emails().forEach(m -> all.add(entry(m)));
		}
		if (read.notes() != null) {
			read.notes().forEach(n -> all.add(new Entry(instant(n.createdAt()), "Note", n.author(), firstLine(n.body()),
					"Internal note by " + n.author() + ", " + when(instant(n.createdAt())) + "\n\n" + n.body())));
		}
		all.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
		entries = List.copyOf(all);
		table.removeAll();
		for (Entry entry : entries) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { when(entry.at()), entry.kind(), entry.who(), entry.title() });
		}
		detail.setText("");
		send.setEnabled(read.emails() != null);
		availability.setText(read.emails() == null
				? "This server has no email channel: the conversation shows internal notes only."
				: entries.isEmpty() ? "No emails or notes yet." : entries.size() + " email(s) and note(s), oldest first.");
		root.layout(true, true);
		if (!entries.isEmpty()) {
			table.select(entries.size() - 1);
			table.showSelection();
			showSelected();
		}
	}

	private static Entry entry(EmailMessage m) {
		StringBuilder text = new StringBuilder();
		text.append("From: ").append(nullToEmpty(m.from())).append('\n');
		text.append("To: ").append(nullToEmpty(m.to())).append('\n');
		text.append("Subject: ").append(nullToEmpty(m.subject())).append('\n');
		text.append("Date: ").append(when(instant(m.sentAt() != null ? m.sentAt() : m.createdAt()))).append('\n');
		if (!m.inbound()) {
			text.append("State: ").append(m.state()).append(m.lastError() == null ? "" : " (" + m.lastError() + ")")
					.append('\n');
		} else if (m.threadRule() != null) {
			text.append("On this ticket by: ").append(m.threadRule())
					.append(m.threadNote() == null ? "" : " (" + m.threadNote() + ")").append('\n');
		}
		m.attachments().forEach(a -> text.append("Attachment: ").append(a.fileName()).append(" (").append(a.size())
				.append(" bytes)\n"));
		text.append('\n').append(m.text() != null && !m.text().isBlank() ? m.text()
				: nullToEmpty(m.html()).replaceAll("<[^>]*>", ""));
		String kind = m.inbound() ? "Email from customer" : "Email to customer (" + m.state() + ")";
		return new Entry(instant(m.createdAt()), kind, m.inbound() ? m.from() : m.to(), nullToEmpty(m.subject()),
				text.toString());
	}

	private void showSelected() {
		int index = table.getSelectionIndex();
		detail.setText(index < 0 ? "" : entries.get(index).text());
	}

	private void sendEmail() {
		// the customer: whoever wrote last; the server answers the thread's contact when To is left empty
		String customer = null;
		for (Entry entry : entries) {
			if (entry.kind().equals("Email from customer")) {
				customer = entry.who();
			}
		}
		SendEmailDialog dialog = new SendEmailDialog(root.getShell(), ticketId, customer, subject.get());
		if (dialog.open() != Window.OK) {
			return;
		}
		PipedeskClient client = session.client();
		String to = dialog.to();
		String subjectLine = dialog.subject();
		String text = dialog.text();
		strip.run("Sending the email", () -> client.sendEmail(ticketId, to, subjectLine, text),
				queued -> load("Email to " + queued.to() + " queued: the server sends it in the background"));
	}

	private static Instant instant(String iso) {
		return Times.parse(iso);
	}

	private static String when(Instant at) {
		return at == null ? "" : Times.shown(at.toString());
	}

	private static String firstLine(String text) {
		String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
		return line.length() > 80 ? line.substring(0, 77) + "..." : line;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
