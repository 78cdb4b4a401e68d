package org.pipedesk.channel.email.internal;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.email.internal.EmailStore.StoredMessage;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.spi.DeskStore;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A ticket's email thread: every message in and out, oldest first, with the threading rule that matched, whether it
 * changed the status, its sending state; and the agent's send (202: queued, sent by the outbound queue).
 */
@Component(service = TicketEmailResource.class, property = { "osgi.jakartars.resource=true",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.json)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.auth)" })
@Path("/pipedesk/v1/tickets/{ticketId}/emails")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketEmailResource {
	private final EmailService email;
	private final DeskStore store;

	@Activate
	public TicketEmailResource(@Reference EmailService email, @Reference DeskStore store) {
		this.email = email;
		this.store = store;
	}

	public record AttachmentOut(String id, String fileName, String contentType, long size) {
	}

	public record MessageOut(String id, String channelId, String direction, String state, String messageId,
			String ticketId, String from, String to, String subject, String text, String html, String inReplyTo,
			String references, String threadRule, String threadNote, boolean statusUpdate, boolean fromTicket,
			String reason, String problems, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
			Instant sentAt, List<AttachmentOut> attachments) {
	}

	public record Paging(Next next) {
	}

	public record Next(String after) {
	}

	public record Page(List<MessageOut> results, Paging paging) {
	}

	@GET
	public Page list(@PathParam("ticketId") String ticketId, @QueryParam("after") String after,
			@QueryParam("limit") @DefaultValue("50") int limit) {
		int size = limit(limit);
		List<StoredMessage> rows = email.ticketMessages(ticket(ticketId), after == null ? 0 : cursor(after), size + 1);
		return page(store, rows, size);
	}

	@POST
	public Response send(@PathParam("ticketId") String ticketId, EmailService.Send send) {
		if (send == null) {
			throw new ValidationException("body", "body.required", "A message is required");
		}
		return Response.status(202).entity(json(store, email.sendFromTicket(ticket(ticketId), send))).build();
	}

	static long ticket(String value) {
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new NotFoundException("ticketId", value, "No ticket " + value);
		}
	}

	static int limit(int limit) {
		if (limit < 1 || limit > EmailChannelResource.MAX_PAGE) {
			throw new ValidationException("limit", "paging.limit-range", "limit must be 1 to 100");
		}
		return limit;
	}

	static long cursor(String after) {
		try {
			return Long.parseLong(after);
		} catch (NumberFormatException e) {
			throw new ValidationException("after", "paging.cursor-valid", "after is the cursor of a previous page");
		}
	}

	static Page page(DeskStore store, List<StoredMessage> rows, int size) {
		List<StoredMessage> shown = rows.size() > size ? rows.subList(0, size) : rows;
		Paging paging = rows.size() > size ? new Paging(new Next(Long.toString(shown.get(shown.size() - 1).id())))
				: null;
		return new Page(shown.stream().map(m -> json(store, m)).toList(), paging);
	}

	static MessageOut json(DeskStore store, StoredMessage m) {
		List<AttachmentOut> attachments = "IN".equals(m.direction())
				? store.inTransaction(tx -> EmailStore.attachments(EmailStore.connection(tx), m.id())).stream()
						.map(a -> new AttachmentOut(Long.toString(a.id()), a.fileName(), a.contentType(), a.size()))
						.toList()
				: List.of();
		return new MessageOut(Long.toString(m.id()), Long.toString(m.channelId()), m.direction(), m.state(),
				m.messageId(), m.ticketId() == null ? null : Long.toString(m.ticketId()), m.fromAddress(),
				m.toAddress(), m.subject(), m.textBody(), m.htmlBody(), m.inReplyTo(), m.references(), m.threadRule(),
				m.threadNote(), m.statusUpdate(), m.fromTicket(), m.reason(), m.problems(), m.attempts(),
				m.nextAttemptAt(), m.lastError(), m.createdAt(), m.sentAt(), attachments);
	}
}
