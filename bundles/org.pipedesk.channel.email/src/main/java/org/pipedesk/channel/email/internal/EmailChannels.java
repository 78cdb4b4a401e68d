package org.pipedesk.channel.email.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PipedeskException;
import org.pipedesk.core.api.StatusService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;

/**
 * The email channels' settings: one place for their rules (checked on create and on every change, all problems
 * reported at once), stored in table {@code email_channel} with optimistic versions.
 */
@Component(service = EmailChannels.class)
public class EmailChannels {
	static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final DeskStore store;
	private final StatusService statuses;
	private final Clock clock = Clock.systemUTC();

	@Activate
	public EmailChannels(@Reference DeskStore store, @Reference StatusService statuses) {
		this.store = store;
		this.statuses = statuses;
	}

	public List<EmailChannel> list() {
		return store.inTransaction(tx -> EmailStore.channels(EmailStore.connection(tx)));
	}

	public EmailChannel get(long id) {
		return store.inTransaction(tx -> EmailStore.channel(EmailStore.connection(tx), id))
				.orElseThrow(() -> new NotFoundException("channelId", Long.toString(id), "No email channel " + id));
	}

	public EmailChannel create(EmailChannel channel) {
		EmailChannel normalized = normalize(channel);
		check(normalized, null);
		return store.inTransaction(tx -> {
			var c = EmailStore.connection(tx);
			if (EmailStore.channelByAddress(c, normalized.address()).isPresent()) {
				throw new ConflictException("address", "channel.address-unique",
						"An email channel for " + normalized.address() + " exists already");
			}
			long id = EmailStore.insertChannel(c, normalized, clock.instant());
			return EmailStore.channel(c, id).orElseThrow();
		});
	}

	/** Replaces the channel's settings; {@code channel.version()} must be the current version. */
	public EmailChannel update(EmailChannel channel) {
		EmailChannel normalized = normalize(channel);
		check(normalized, channel.id());
		return store.inTransaction(tx -> {
			var c = EmailStore.connection(tx);
			EmailStore.channel(c, channel.id()).orElseThrow(
					() -> new NotFoundException("channelId", Long.toString(channel.id()), "No email channel " + channel.id()));
			var other = EmailStore.channelByAddress(c, normalized.address());
			if (other.isPresent() && other.get().id() != channel.id()) {
				throw new ConflictException("address", "channel.address-unique",
						"An email channel for " + normalized.address() + " exists already");
			}
			if (!EmailStore.updateChannel(c, normalized, clock.instant())) {
				throw new ConflictException("version", "version.current",
						"Email channel " + channel.id() + " was changed by someone else; read it again");
			}
			return EmailStore.channel(c, channel.id()).orElseThrow();
		});
	}

	private static EmailChannel normalize(EmailChannel ch) {
		Set<String> agents = new LinkedHashSet<>();
		for (String a : ch.agentAddresses()) {
			if (a != null && !a.isBlank()) {
				agents.add(a.strip().toLowerCase(Locale.ROOT));
			}
		}
		return new EmailChannel(ch.id(), ch.name() == null ? null : ch.name().strip(),
				ch.address() == null ? null : ch.address().strip().toLowerCase(Locale.ROOT), ch.imap(),
				ch.imapFolder() == null || ch.imapFolder().isBlank() ? "INBOX" : ch.imapFolder(), ch.smtp(),
				ch.pipelineId(), ch.statusId(), ch.createTickets(), ch.enabled(), agents, ch.pollSeconds(),
				ch.version(), ch.createdAt(), ch.updatedAt());
	}

	private void check(EmailChannel ch, Long id) {
		List<Violation> problems = new ArrayList<>();
		if (ch.name() == null || ch.name().isBlank()) {
			problems.add(new Violation("name", "channel.name-required", "A channel needs a name"));
		}
		if (ch.address() == null || !ADDRESS.matcher(ch.address()).matches()) {
			problems.add(new Violation("address", "channel.address-valid", "The support address must be an email address"));
		}
		endpoint(problems, "imap", ch.imap(), true);
		endpoint(problems, "smtp", ch.smtp(), false);
		for (String a : ch.agentAddresses()) {
			if (!ADDRESS.matcher(a).matches()) {
				problems.add(new Violation("agentAddresses", "channel.address-valid", "Not an email address: " + a));
			}
		}
		if (ch.pollSeconds() < 1 || ch.pollSeconds() > 3600) {
			problems.add(new Violation("pollSeconds", "channel.poll-range", "pollSeconds must be 1 to 3600"));
		}
		if (ch.pipelineId() == null || ch.statusId() == null) {
			problems.add(new Violation("pipelineId", "channel.target-required",
					"pipelineId and statusId name where new tickets go"));
		} else {
			try {
				statuses.get(ch.pipelineId(), ch.statusId());
			} catch (PipedeskException e) {
				problems.add(new Violation("statusId", "channel.target-exists",
						"No status " + ch.statusId() + " in pipeline " + ch.pipelineId()));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	private static void endpoint(List<Violation> problems, String field, EmailChannel.Endpoint e, boolean loginRequired) {
		if (e == null) {
			problems.add(new Violation(field, "channel.server-required", field + " settings are required"));
			return;
		}
		if (e.host() == null || e.host().isBlank()) {
			problems.add(new Violation(field + ".host", "channel.host-required", field + ".host is required"));
		}
		if (e.port() < 1 || e.port() > 65535) {
			problems.add(new Violation(field + ".port", "channel.port-range", field + ".port must be 1 to 65535"));
		}
		if (e.tls() == null) {
			problems.add(new Violation(field + ".tls", "channel.tls-required", field + ".tls is NONE, STARTTLS or SSL"));
		}
		if (loginRequired && (e.user() == null || e.user().isBlank() || e.password() == null)) {
			problems.add(new Violation(field + ".user", "channel.login-required", field + " needs a user and a password"));
		}
	}
}
