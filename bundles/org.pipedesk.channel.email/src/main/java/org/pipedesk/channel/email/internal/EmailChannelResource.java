package org.pipedesk.channel.email.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.email.internal.EmailChannel.Endpoint;
import org.pipedesk.channel.email.internal.EmailChannel.Tls;
import org.pipedesk.channel.email.internal.EmailStore.StoredMessage;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.ForbiddenException;
import org.pipedesk.core.api.UserService;
import org.pipedesk.core.spi.DeskStore;


import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Admin API of the email channels: settings (passwords are write-only: answers say {@code passwordSet}), the
 * mailbox position and last poll error, messages kept aside (QUARANTINED, IGNORED) with the reason, a poll on
 * demand, and mail sent from a contact record (not on a ticket).
 */
@Component(service = EmailChannelResource.class, property = { "osgi.jakartars.resource=true",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.json)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.auth)" })
@Path("/pipedesk/v1/channels/email")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmailChannelResource {
	static final int MAX_PAGE = 100;

	private final EmailChannels channels;
	private final MailboxPoller poller;
	private final EmailService email;
	private final DeskStore store;

	private final UserService users;

	@Activate
	public EmailChannelResource(@Reference EmailChannels channels, @Reference MailboxPoller poller,
			@Reference EmailService email, @Reference DeskStore store, @Reference UserService users) {
		this.users = users;
		this.channels = channels;
		this.poller = poller;
		this.email = email;
		this.store = store;
	}

	/** Channels hold mailbox credentials and the mail of every customer: super admins only. */
	private void admin() {
		requireSuperAdmin(users, "Only super admins manage email channels");
	}

	static void requireSuperAdmin(UserService users, String refusal) {
		if (!users.me().superAdmin()) {
			throw new ForbiddenException("Authorization", "access.super-admin", refusal);
		}
	}

	public record EndpointJson(String host, Integer port, String tls, String user, String password) {
	}

	/** Input: every field optional on PATCH. */
	public record ChannelInput(String name, String address, EndpointJson imap, String imapFolder, EndpointJson smtp,
			String pipelineId, String statusId, Boolean createTickets, Boolean enabled, List<String> agentAddresses,
			Integer pollSeconds, Long version) {
	}

	public record EndpointOut(String host, int port, String tls, String user, boolean passwordSet) {
	}

	/** Where the mailbox is read up to; {@code idle}: an IMAP IDLE session watches it now (else it is polled). */
	public record MailboxOut(long uidValidity, long lastUid, Instant lastPollAt, String lastError, boolean idle) {
	}

	public record ChannelOut(String id, String name, String address, EndpointOut imap, String imapFolder,
			EndpointOut smtp, String pipelineId, String statusId, boolean createTickets, boolean enabled,
			Set<String> agentAddresses, int pollSeconds, long version, Instant createdAt, Instant updatedAt,
			MailboxOut mailbox) {
	}

	public record Results<T>(List<T> results) {
	}

	@GET
	public Results<ChannelOut> list() {
		admin();
		return new Results<>(channels.list().stream().map(this::json).toList());
	}

	@POST
	public Response create(ChannelInput input) {
		admin();
		if (input == null) {
			throw new ValidationException("body", "body.required", "A channel is required");
		}
		EmailChannel created = channels.create(merge(null, input));
		poller.wake(created.id());
		return Response.status(201).entity(json(created)).build();
	}

	@GET
	@Path("{channelId}")
	public ChannelOut get(@PathParam("channelId") String channelId) {
		admin();
		return json(channels.get(id(channelId)));
	}

	@PATCH
	@Path("{channelId}")
	public ChannelOut update(@PathParam("channelId") String channelId, ChannelInput input) {
		admin();
		if (input == null) {
			throw new ValidationException("body", "body.required", "A change is required");
		}
		EmailChannel current = channels.get(id(channelId));
		EmailChannel updated = channels.update(merge(current, input));
		poller.wake(updated.id());
		return json(updated);
	}

	public record PollOut(int processed) {
	}

	/** Reads the mailbox now (as the poller does); answers how many messages were handed on. */
	@POST
	@Path("{channelId}/poll")
	public PollOut poll(@PathParam("channelId") String channelId) {
		admin();
		return new PollOut(poller.poll(channels.get(id(channelId))));
	}

	/** Inbound messages kept aside, newest first: {@code state} QUARANTINED (default) or IGNORED, with the reason. */
	@GET
	@Path("{channelId}/messages")
	public TicketEmailResource.Page messages(@PathParam("channelId") String channelId,
			@QueryParam("state") @DefaultValue("QUARANTINED") String state, @QueryParam("after") String after,
			@QueryParam("limit") @DefaultValue("20") int limit) {
		admin();
		long channel = channels.get(id(channelId)).id();
		if (!state.equals("QUARANTINED") && !state.equals("IGNORED")) {
			throw new ValidationException("state", "email.state-valid", "state is QUARANTINED or IGNORED");
		}
		int size = TicketEmailResource.limit(limit);
		long before = after == null ? Long.MAX_VALUE : TicketEmailResource.cursor(after);
		List<StoredMessage> page = store.inTransaction(
				tx -> EmailStore.channelMessages(EmailStore.connection(tx), channel, "IN", state, before, size + 1));
		return TicketEmailResource.page(store, page, size);
	}

	/** Mail from a contact record (to any address, on no ticket): fires no ticket event. */
	@POST
	@Path("{channelId}/send")
	public Response send(@PathParam("channelId") String channelId, EmailService.Send send) {
		admin();
		if (send == null) {
			throw new ValidationException("body", "body.required", "A message is required");
		}
		StoredMessage queued = email.sendFromContact(id(channelId), send);
		return Response.status(202).entity(TicketEmailResource.json(store, queued)).build();
	}

	static long id(String value) {
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new org.pipedesk.core.api.NotFoundException("channelId", value, "No email channel " + value);
		}
	}

	private ChannelOut json(EmailChannel ch) {
		MailboxOut mailbox = store.inTransaction(tx -> EmailStore.pollStatus(EmailStore.connection(tx), ch.id()))
				.map(s -> new MailboxOut(s.uidValidity(), s.lastUid(), s.lastPollAt(), s.lastError(),
						poller.idling(ch.id())))
				.orElse(null);
		return new ChannelOut(Long.toString(ch.id()), ch.name(), ch.address(), json(ch.imap()), ch.imapFolder(),
				json(ch.smtp()), ch.pipelineId(), ch.statusId(), ch.createTickets(), ch.enabled(), ch.agentAddresses(),
				ch.pollSeconds(), ch.version(), ch.createdAt(), ch.updatedAt(), mailbox);
	}

	private static EndpointOut json(Endpoint e) {
		return new EndpointOut(e.host(), e.port(), e.tls().name(), e.user(),
				e.password() != null && !e.password().isEmpty());
	}

	/** The channel with the input's fields over {@code current}'s (defaults when creating). */
	private static EmailChannel merge(EmailChannel current, ChannelInput in) {
		Endpoint imap = endpoint("imap", current == null ? null : current.imap(), in.imap(), 993, Tls.SSL);
		Endpoint smtp = endpoint("smtp", current == null ? null : current.smtp(), in.smtp(), 587, Tls.STARTTLS);
		return new EmailChannel(current == null ? 0 : current.id(), pick(in.name(), current, EmailChannel::name),
				pick(in.address(), current, EmailChannel::address), imap,
				pick(in.imapFolder(), current, EmailChannel::imapFolder), smtp,
				pick(in.pipelineId(), current, EmailChannel::pipelineId),
				pick(in.statusId(), current, EmailChannel::statusId),
				in.createTickets() != null ? in.createTickets() : current == null || current.createTickets(),
				in.enabled() != null ? in.enabled() : current == null || current.enabled(),
				in.agentAddresses() != null ? Set.copyOf(in.agentAddresses().stream().filter(a -> a != null).toList())
						: current == null ? Set.of() : current.agentAddresses(),
				in.pollSeconds() != null ? in.pollSeconds() : current == null ? 30 : current.pollSeconds(),
				in.version() != null ? in.version() : current == null ? 0 : current.version(),
				current == null ? null : current.createdAt(), current == null ? null : current.updatedAt());
	}

	private static <T> T pick(T value, EmailChannel current, java.util.function.Function<EmailChannel, T> getter) {
		return value != null ? value : current == null ? null : getter.apply(current);
	}

	private static Endpoint endpoint(String field, Endpoint current, EndpointJson in, int defaultPort, Tls defaultTls) {
		if (in == null) {
			return current;
		}
		Tls tls;
		try {
			tls = in.tls() != null ? Tls.valueOf(in.tls().toUpperCase(java.util.Locale.ROOT))
					: current != null ? current.tls() : defaultTls;
		} catch (IllegalArgumentException e) {
			throw new ValidationException(field + ".tls", "channel.tls-valid", field + ".tls is NONE, STARTTLS or SSL");
		}
		return new Endpoint(in.host() != null ? in.host() : current == null ? null : current.host(),
				in.port() != null ? in.port() : current != null ? current.port() : defaultPort, tls,
				in.user() != null ? in.user() : current == null ? null : current.user(),
				in.password() != null ? in.password() : current == null ? null : current.password());
	}

}
