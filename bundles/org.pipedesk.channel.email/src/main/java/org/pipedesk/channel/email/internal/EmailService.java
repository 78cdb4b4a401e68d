package org.pipedesk.channel.email.internal;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.email.internal.EmailStore.StoredMessage;
import org.pipedesk.core.api.ChannelEvents;
import org.pipedesk.core.api.DomainEvent;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.AccessService;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;

/**
 * Sending mail: from a ticket (the agent's reply: queued with the thread's headers and recorded on the ticket,
 * firing "email sent to customer" in the same transaction), from a contact record (no ticket, no event), and for
 * automation (on the ticket's thread, marked Auto-Submitted, no event, idempotent per action).
 */
@Component(service = EmailService.class)
public class EmailService {
	static final int MAX_BODY = 1_000_000;

	private final DeskStore store;
	private final TicketService tickets;
	private final OutboundQueue queue;
	private final ChannelEvents events;
	private final AccessService access;
	private final Clock clock = Clock.systemUTC();

	@Activate
	public EmailService(@Reference DeskStore store, @Reference TicketService tickets, @Reference OutboundQueue queue,
			@Reference ChannelEvents events, @Reference AccessService access) {
		this.access = access;
		this.store = store;
		this.tickets = tickets;
		this.queue = queue;
		this.events = events;
	}

	/** What an agent or an action sends; null fields take the ticket's defaults. */
	public record Send(String to, String subject, String text, String html) {
	}

	public StoredMessage sendFromTicket(long ticketId, Send send) {
		checkBody(send);
		return store.inTransaction(tx -> {
			Ticket ticket = tickets.get(ticketId);
			access.requireEdit(ticketId); // writing to the customer from a ticket is working the ticket
			Connection c = EmailStore.connection(tx);
			EmailStore.TicketThread thread = EmailStore.ticketThread(c, ticketId).orElse(null);
			EmailChannel channel = channel(c, thread);
			String to = recipient(send.to(), thread);
			StoredMessage queued = queue.enqueue(channel, new OutboundQueue.Outgoing(to, subject(send, ticket),
					send.text(), send.html() == null ? null : HtmlSanitizer.sanitize(send.html()), ticketId, true,
					false, null));
			events.publish(new DomainEvent.EmailSentToCustomer(ticket, queued.messageId(), clock.instant()));
			return queued;
		});
	}

	/** Mail from a contact record: not on a ticket, so it fires no ticket event. */
	public StoredMessage sendFromContact(long channelId, Send send) {
		checkBody(send);
		if (send.to() == null || !EmailChannels.ADDRESS.matcher(send.to()).matches()) {
			throw new ValidationException("to", "email.to-valid", "to must be an email address");
		}
		return store.inTransaction(tx -> {
			EmailChannel channel = EmailStore.channel(EmailStore.connection(tx), channelId).orElseThrow(
					() -> new NotFoundException("channelId", Long.toString(channelId), "No email channel " + channelId));
			return queue.enqueue(channel, new OutboundQueue.Outgoing(send.to(),
					send.subject() == null ? "" : send.subject(), send.text(),
					send.html() == null ? null : HtmlSanitizer.sanitize(send.html()), null, false, false, null));
		});
	}

	/** Mail an automation action sends on a ticket's thread; the same key never queues twice. */
	public StoredMessage sendAutomatic(long ticketId, Send send, String idempotencyKey) {
		return store.inTransaction(tx -> {
			Ticket ticket = tickets.get(ticketId);
			Connection c = EmailStore.connection(tx);
			EmailStore.TicketThread thread = EmailStore.ticketThread(c, ticketId).orElse(null);
			return queue.enqueue(channel(c, thread), new OutboundQueue.Outgoing(recipient(send.to(), thread),
					subject(send, ticket), send.text(), send.html(), ticketId, false, true, idempotencyKey));
		});
	}

	/**
	 * An internal notification about a ticket to a Pipedesk user: through the same durable queue, from the ticket's
	 * channel, but not on the ticket (not in the customer's conversation, no threading headers, no event).
	 */
	public StoredMessage sendNotification(long ticketId, Send send, String idempotencyKey) {
		return store.inTransaction(tx -> {
			tickets.get(ticketId);
			Connection c = EmailStore.connection(tx);
			EmailStore.TicketThread thread = EmailStore.ticketThread(c, ticketId).orElse(null);
			return queue.enqueue(channel(c, thread), new OutboundQueue.Outgoing(recipient(send.to(), null),
					send.subject(), send.text(), send.html(), null, false, true, idempotencyKey));
		});
	}

	public List<StoredMessage> ticketMessages(long ticketId, long after, int limit) {
		return store.inTransaction(tx -> {
			tickets.get(ticketId);
			return EmailStore.ticketMessages(EmailStore.connection(tx), ticketId, after, limit);
		});
	}

	private EmailChannel channel(Connection c, EmailStore.TicketThread thread) {
		if (thread != null) {
			return EmailStore.channel(c, thread.channelId()).orElseThrow();
		}
		List<EmailChannel> all = EmailStore.channels(c);
		if (all.size() == 1) {
			return all.get(0);
		}
		throw new ValidationException("ticketId", "email.ticket-has-thread",
				"The ticket has no email thread, so the channel to send from is unknown");
	}

	private static String recipient(String to, EmailStore.TicketThread thread) {
		if (to != null && !to.isBlank()) {
			if (!EmailChannels.ADDRESS.matcher(to.strip()).matches()) {
				throw new ValidationException("to", "email.to-valid", "to must be an email address");
			}
			return to.strip();
		}
		if (thread == null || thread.contactAddress() == null) {
			throw new ValidationException("to", "email.to-required", "The ticket has no contact address; give to");
		}
		return thread.contactAddress();
	}

	private static String subject(Send send, Ticket ticket) {
		if (send.subject() != null && !send.subject().isBlank()) {
			return send.subject();
		}
		String subject = ticket.properties().getOrDefault("subject", "");
		return subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject;
	}

	private static void checkBody(Send send) {
		List<Violation> problems = new java.util.ArrayList<>();
		if ((send.text() == null || send.text().isBlank()) && (send.html() == null || send.html().isBlank())) {
			problems.add(new Violation("text", "email.body-required", "text or html is required"));
		}
		if ((send.text() != null && send.text().length() > MAX_BODY)
				|| (send.html() != null && send.html().length() > MAX_BODY)) {
			problems.add(new Violation("text", "email.body-size", "text and html are limited to " + MAX_BODY + " characters"));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}
}
