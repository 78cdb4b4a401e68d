package org.pipedesk.channel.email.internal;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.pipedesk.channel.email.internal.EmailStore.StoredMessage;
import org.pipedesk.core.api.BatchResult;
import org.pipedesk.core.api.ChannelEvents;
import org.pipedesk.core.api.DomainEvent;
import org.pipedesk.core.api.NewTicket;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PipedeskException;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.StatusService;
import org.pipedesk.core.api.StatusTime;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.TicketState;
import org.pipedesk.core.spi.DeskStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns inbound messages into ticket changes, exactly once: the mailbox position (UIDVALIDITY/UID), the message
 * records (unique Message-ID per channel), the tickets created or the replies added, and the "customer replied"
 * events (into the automation outbox) of a batch are written in ONE store transaction. A crash before commit leaves
 * the batch unread for the next poll; a second delivery of the same Message-ID changes nothing. Parsing needs no
 * store, so it runs apart, on parser threads (one per core), while the reader writes the batch before: see
 * {@link #parseInBackground}. Callers run it as {@code Caller.system("email")}.
 */
@Component(service = InboundProcessor.class, configurationPid = InboundProcessor.PID,
		configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class InboundProcessor {
	public static final String PID = "org.pipedesk.channel.email";

	@ObjectClassDefinition(name = "Pipedesk email channel")
	public @interface Config {
		@AttributeDefinition(description = "Largest inbound message (bytes); larger ones are quarantined")
		long maxMessageBytes() default 25L << 20;

		@AttributeDefinition(description = "Largest attachment kept (bytes); larger ones are skipped and named")
		long maxAttachmentBytes() default 10L << 20;

		@AttributeDefinition(description = "Attachments kept per message; further ones are skipped and named")
		int maxAttachments() default 20;

		@AttributeDefinition(description = "Deepest MIME nesting read")
		int maxDepth() default 20;
	}

	private static final Logger LOG = LoggerFactory.getLogger(InboundProcessor.class);
	static final int MAX_CONTENT = 100_000;

	/** What became of a message. */
	public enum Result {
		CREATED, ADDED, DUPLICATE, IGNORED, QUARANTINED, ALREADY_DONE
	}

	private final DeskStore store;
	private final TicketService tickets;
	private final StatusService statuses;
	private final ChannelEvents events;
	private final Clock clock = Clock.systemUTC();
	private volatile MailLimits limits = MailLimits.DEFAULT;
	/** Parses (MIME, charsets, HTML sanitizing) the messages of every channel, one thread per core. */
	private final ExecutorService parsers = Executors.newFixedThreadPool(
			Math.max(1, Runtime.getRuntime().availableProcessors()),
			Thread.ofPlatform().name("pipedesk-email-inbound-parse-", 1).daemon().factory());

	@Activate
	public InboundProcessor(@Reference DeskStore store, @Reference TicketService tickets,
			@Reference StatusService statuses, @Reference ChannelEvents events, Config config) {
		this.store = store;
		this.tickets = tickets;
		this.statuses = statuses;
		this.events = events;
		modified(config);
	}

	/** New limits apply to the next message, no restart. */
	@Modified
	void modified(Config config) {
		this.limits = new MailLimits(config.maxMessageBytes(), config.maxAttachmentBytes(), config.maxAttachments(),
				config.maxDepth());
	}

	@Deactivate
	void deactivate() {
		// a reader waiting for a parse that will never run gets a CancellationException, not a wait forever
		parsers.shutdownNow().forEach(task -> ((Future<?>) task).cancel(false));
	}

	/** A message as read from the mailbox. */
	public record Raw(long uid, byte[] bytes) {
	}

	/** A message as parsed. */
	public record Inbound(long uid, ParseOutcome outcome) {
	}

	/** Messages being parsed on the parser threads; {@link #await} waits for them, in the order given. */
	public record Parsing(List<Long> uids, List<Future<ParseOutcome>> outcomes) {
		public List<Inbound> await() throws InterruptedException {
			List<Inbound> parsed = new ArrayList<>(uids.size());
			for (int i = 0; i < uids.size(); i++) {
				try {
					parsed.add(new Inbound(uids.get(i), outcomes.get(i).get()));
				} catch (ExecutionException e) { // parse() returns every failure as an outcome: only an Error gets here
					throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
				}
			}
			return parsed;
		}
	}

	/**
	 * Starts parsing the messages on the parser threads, each message a task of its own, so one batch uses every
	 * core and the next batch is parsed while the one before is written.
	 */
	public Parsing parseInBackground(List<Raw> messages) {
		return new Parsing(messages.stream().map(Raw::uid).toList(),
				messages.stream().map(m -> parsers.submit(() -> parse(m.bytes()))).toList());
	}

	/** Parses the messages on the caller's thread. */
	List<Inbound> parseAll(List<Raw> messages) {
		return messages.stream().map(m -> new Inbound(m.uid(), parse(m.bytes()))).toList();
	}

	/**
	 * Processes messages read in one go (UIDs ascending) in ONE transaction that also moves the mailbox position past
	 * the last: one commit and one position update for the batch, and the batch's statements per kind of row rather
	 * than per message (see {@link InboundBatch}). If a ticket change of the batch is refused, nothing of the batch
	 * was written, and each message is processed in a transaction of its own, so that only the refused one is
	 * quarantined.
	 */
	public List<Result> processAll(EmailChannel channel, long uidValidity, List<Inbound> messages) {
		if (messages.size() > 1) {
			try {
				return store.inTransaction(tx -> applyAll(EmailStore.connection(tx), channel, uidValidity, messages));
			} catch (PipedeskException | IllegalStateException refused) {
				LOG.info("Email channel {}: a message of a batch of {} was refused ({}); processing them one by one",
						channel.id(), messages.size(), refused.getMessage());
			}
		}
		return messages.stream().map(m -> process(channel, uidValidity, m)).toList();
	}

	private ParseOutcome parse(byte[] raw) {
		try {
			return MailLibrary.call(() -> MailParser.parse(raw, limits));
		} catch (RuntimeException | LinkageError e) { // a defect of a library: the message is kept aside, not lost
			return new ParseOutcome.Quarantined(MailParser.derivedMessageId(raw), null, null, "the parser failed: " + e);
		}
	}

	/** The messages' changes in the transaction of {@code c}, and the mailbox position past the last. */
	private List<Result> applyAll(Connection c, EmailChannel channel, long uidValidity, List<Inbound> messages) {
		long done = EmailStore.mailboxState(c, channel.id()).filter(s -> s.uidValidity() == uidValidity)
				.map(EmailStore.MailboxState::lastUid).orElse(0L);
		InboundBatch batch = new InboundBatch(c, channel.id(),
				messages.stream().filter(m -> m.uid() > done).map(Inbound::outcome).toList());
		List<Result> results = new ArrayList<>();
		NewTickets fresh = new NewTickets(batch, channel, results);
		ReplyTickets replied = new ReplyTickets(batch);
		long last = done;
		for (Inbound m : messages) {
			results.add(m.uid() <= done ? Result.ALREADY_DONE
					: apply(batch, channel, m.outcome(), m.uid(), fresh, replied));
			last = Math.max(last, m.uid());
		}
		fresh.flush();
		batch.write(clock.instant());
		EmailStore.saveMailboxState(c, channel.id(), uidValidity, last, clock.instant(), null);
		return results;
	}

	private Result process(EmailChannel channel, long uidValidity, Inbound message) {
		try {
			return store.inTransaction(tx -> applyAll(EmailStore.connection(tx), channel, uidValidity,
					List.of(message)).get(0));
		} catch (PipedeskException | IllegalStateException e) {
			// the ticket change was refused (a required property, a deleted pipeline): nothing of it was written;
			// the message is kept aside with the reason and the mailbox moves on
			ParseOutcome parsed = message.outcome();
			LOG.warn("Email channel {}: message {} quarantined: {}", channel.id(), parsed.messageId(), e.getMessage());
			return store.inTransaction(tx -> {
				Connection c = EmailStore.connection(tx);
				if (!EmailStore.messageExists(c, channel.id(), parsed.messageId())) {
					ParsedMail mail = parsed instanceof ParseOutcome.Parsed p ? p.mail() : null;
					EmailStore.insertMessage(c, inbound(channel, parsed.messageId(), message.uid(), mail,
							"QUARANTINED", null, null, null, false, "the ticket change was refused: " + e.getMessage()));
				}
				long last = EmailStore.mailboxState(c, channel.id()).filter(s -> s.uidValidity() == uidValidity)
						.map(EmailStore.MailboxState::lastUid).orElse(0L);
				EmailStore.saveMailboxState(c, channel.id(), uidValidity, Math.max(last, message.uid()),
						clock.instant(), null);
				return Result.QUARANTINED;
			});
		}
	}

	/**
	 * What one message does: added to its ticket's thread, kept aside, or (a new conversation) handed to
	 * {@code fresh}, which creates the tickets of the transaction's new conversations together.
	 */
	private Result apply(InboundBatch batch, EmailChannel channel, ParseOutcome outcome, long uid, NewTickets fresh,
			ReplyTickets replied) {
		if (fresh.holds(outcome.messageId()) || batch.exists(outcome.messageId())) {
			return Result.DUPLICATE;
		}
		if (outcome instanceof ParseOutcome.Quarantined q) {
			batch.add(new StoredMessage(0, channel.id(), "IN", "QUARANTINED", q.messageId(), null, null, uid, null,
					null, q.fromAddress(), channel.address(), q.subject(), null, null, null, null, false, false,
					q.reason(), null, 0, null, null, clock.instant(), null, null), null, null, List.of());
			return Result.QUARANTINED;
		}
		ParsedMail mail = ((ParseOutcome.Parsed) outcome).mail();
		Threading.Match match = Threading.match(mail, channel.ownAddresses(), lookup(batch, fresh));
		if (match.ticketId() != null) {
			Ticket ticket = replied.get(match.ticketId());
			batch.add(inbound(channel, mail.messageId(), uid, mail, "RECEIVED", ticket.id(), match.rule().name(),
					match.note(), match.customerReply(), null), mail.fromAddress(), mail.fromName(), mail.attachments());
			if (match.customerReply()) {
				events.publish(new DomainEvent.CustomerReplied(ticket, mail.messageId(), clock.instant()));
			}
			return Result.ADDED;
		}
		String ignored = null;
		if (mail.automatic() != null) {
			ignored = "machine-written mail (" + mail.automatic() + ") on no ticket's thread: no ticket, so no "
					+ "automatic answer either (mail loop protection); " + match.note();
		} else if (mail.fromAddress().equalsIgnoreCase(channel.address())) {
			ignored = "sent by the channel's own address (mail loop protection)";
		} else if (!channel.createTickets()) {
			ignored = "the channel does not create tickets; " + match.note();
		}
		if (ignored != null) {
			batch.add(inbound(channel, mail.messageId(), uid, mail, "IGNORED", null, match.rule().name(),
					match.note(), false, ignored), null, null, mail.attachments());
			return Result.IGNORED;
		}
		Map<String, String> properties = new HashMap<>();
		properties.put("subject", mail.subject().isBlank() ? "(no subject)" : EmailStore.truncate(mail.subject(), 1000));
		if (!mail.text().isBlank()) {
			properties.put("content", EmailStore.truncate(mail.text(), MAX_CONTENT));
		}
		properties.put("source_type", "EMAIL");
		fresh.add(uid, mail, "new conversation: " + match.note(),
				new NewTicket(channel.pipelineId(), channel.statusId(), properties));
		return Result.CREATED;
	}

	/**
	 * The new conversations of one transaction, whose tickets are created together through
	 * {@link TicketService#createAll} (one batch of inserts instead of one round of statements per ticket) when the
	 * transaction's messages are done, or earlier when a later message of the batch refers to one of them (its ticket
	 * must exist to be found). A ticket change that is refused quarantines its message only; the others go on.
	 */
	private final class NewTickets {
		private record Pending(int slot, long uid, ParsedMail mail, String note, NewTicket ticket) {
		}

		private final InboundBatch batch;
		private final EmailChannel channel;
		/** The transaction's results, one per message; a new conversation's slot is the next one. */
		private final List<Result> results;
		private final List<Pending> pending = new ArrayList<>();
		private final Set<String> messageIds = new HashSet<>();

		NewTickets(InboundBatch batch, EmailChannel channel, List<Result> results) {
			this.batch = batch;
			this.channel = channel;
			this.results = results;
		}

		boolean holds(String messageId) {
			return messageIds.contains(messageId);
		}

		void add(long uid, ParsedMail mail, String note, NewTicket ticket) {
			pending.add(new Pending(results.size(), uid, mail, note, ticket));
			messageIds.add(mail.messageId());
		}

		void flush() {
			if (pending.isEmpty()) {
				return;
			}
			BatchResult<Ticket> created = tickets.createAll(pending.stream().map(Pending::ticket).toList());
			Map<Integer, PipedeskException> refused = new HashMap<>();
			created.errors().forEach(e -> refused.put(e.index(), e.error()));
			Iterator<Ticket> made = created.results().iterator();
			for (int i = 0; i < pending.size(); i++) {
				Pending p = pending.get(i);
				PipedeskException refusal = refused.get(i);
				if (refusal != null) {
					// nothing of this ticket was written: the message is kept aside with the reason
					LOG.warn("Email channel {}: message {} quarantined: {}", channel.id(), p.mail().messageId(),
							refusal.getMessage());
					batch.add(inbound(channel, p.mail().messageId(), p.uid(), p.mail(), "QUARANTINED", null, null,
							null, false, "the ticket change was refused: " + refusal.getMessage()), null, null,
							List.of());
					results.set(p.slot(), Result.QUARANTINED);
				} else {
					batch.add(inbound(channel, p.mail().messageId(), p.uid(), p.mail(), "RECEIVED", made.next().id(),
							Threading.Rule.NONE.name(), p.note(), false, null), p.mail().fromAddress(),
							p.mail().fromName(), p.mail().attachments());
				}
			}
			pending.clear();
			messageIds.clear();
		}
	}

	/**
	 * The tickets a transaction's replies are added to: those of the messages its threading headers name are read
	 * together on the first reply (a page of {@link TicketService#MAX_BATCH} per query), not one query per reply;
	 * a ticket made in the same batch, or named only by a subject token, is read alone.
	 */
	private final class ReplyTickets {
		private final InboundBatch batch;
		private Map<Long, Ticket> read;

		ReplyTickets(InboundBatch batch) {
			this.batch = batch;
		}

		Ticket get(long ticketId) {
			if (read == null) {
				read = new HashMap<>();
				List<Long> named = List.copyOf(batch.namedTickets());
				for (int i = 0; i < named.size(); i += TicketService.MAX_BATCH) {
					tickets.readAll(named.subList(i, Math.min(named.size(), i + TicketService.MAX_BATCH))).results()
							.forEach(t -> read.put(t.id(), t));
				}
			}
			Ticket ticket = read.get(ticketId);
			return ticket != null ? ticket : tickets.get(ticketId);
		}
	}

	/** An inbound message's row; its contact is set when written. */
	private StoredMessage inbound(EmailChannel channel, String messageId, long uid, ParsedMail mail, String state,
			Long ticketId, String rule, String note, boolean statusUpdate, String reason) {
		return new StoredMessage(0, channel.id(), "IN", state, messageId, ticketId, null, uid,
				mail == null ? null : mail.inReplyTo(),
				mail == null ? null : String.join(" ", mail.references()), mail == null ? null : mail.fromAddress(),
				channel.address(), mail == null ? null : mail.subject(), mail == null ? null : mail.text(),
				mail == null ? null : mail.html(), rule, note, statusUpdate, false, reason,
				mail == null || mail.problems().isEmpty() ? null : String.join("; ", mail.problems()), 0, null, null,
				clock.instant(), null, null);
	}

	private Threading.Lookup lookup(InboundBatch batch, NewTickets fresh) {
		return new Threading.Lookup() {
			@Override
			public Optional<Long> ticketOfMessage(String messageId) {
				if (fresh.holds(messageId)) {
					fresh.flush(); // a reply to a conversation of this batch: its ticket first
				}
				return batch.ticketOf(messageId);
			}

			@Override
			public boolean ticketExists(long ticketId) {
				try {
					tickets.get(ticketId);
					return true;
				} catch (NotFoundException e) {
					return false;
				}
			}

			@Override
			public boolean reopened(long ticketId) {
				Ticket ticket = tickets.get(ticketId);
				Map<String, TicketState> states = statuses.list(ticket.pipelineId()).stream()
						.collect(Collectors.toMap(StatusInfo::id, StatusInfo::ticketState));
				if (states.get(ticket.statusId()) != TicketState.OPEN) {
					return false;
				}
				List<StatusTime> times = tickets.timeInStatus(ticketId);
				Set<String> visited = times.stream().map(StatusTime::statusId).collect(Collectors.toSet());
				return visited.stream().anyMatch(s -> states.get(s) == TicketState.CLOSED);
			}
		};
	}
}
