package org.pipedesk.channel.email.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.email.internal.EmailStore.StoredMessage;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.spi.DeskStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The durable outbound queue: {@link #enqueue} writes the message (with its Message-ID and threading headers
 * fixed then) in the caller's transaction; a sender thread takes due messages one at a time, row-locked, sends them
 * over SMTP and marks them SENT in the same transaction. A failed attempt is retried with doubling backoff and
 * marked FAILED (visible on the ticket's emails, with the error) after {@code MAX_ATTEMPTS}. Delivery is
 * at-least-once: a crash between the SMTP server's acceptance and the commit sends again, with the same Message-ID
 * (receivers de-duplicate on it). The sender is woken when a transaction that queued mail commits (the timer only
 * catches retries and other nodes' mail), and keeps one SMTP connection per channel open, closed after
 * {@code IDLE_CONNECTION} without mail (a connection per message costs a connect, EHLO and QUIT each).
 */
@Component(service = OutboundQueue.class, immediate = true)
public class OutboundQueue {
	private static final Logger LOG = LoggerFactory.getLogger(OutboundQueue.class);
	static final int MAX_ATTEMPTS = 5;
	static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);

	private final DeskStore store;
	private final Clock clock = Clock.systemUTC();
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().name("pipedesk-email-send").daemon().factory());
	/**
	 * Sending lanes: due mail is split by ticket over {@link #LANES} threads, each with SMTP connections of its own,
	 * so mail goes out over several connections at once while one ticket's mail keeps its order (one lane). One
	 * lane sent 137-185 mails/s here: each mail waits for its SMTP round trips and its own durable commit.
	 */
	static final int LANES = 4;
	private final ExecutorService lanes = Executors.newFixedThreadPool(LANES,
			Thread.ofPlatform().name("pipedesk-email-send-", 1).daemon().factory());
	/** Open SMTP connections of each lane, by channel id; a lane's map is used by one task at a time. */
	private final List<Map<Long, Smtp>> connections = IntStream.range(0, LANES)
			.mapToObj(lane -> (Map<Long, Smtp>) new HashMap<Long, Smtp>()).toList();
	private volatile boolean running = true;
	private final AtomicBoolean wakePending = new AtomicBoolean();

	@Activate
	public OutboundQueue(@Reference DeskStore store) {
		this.store = store;
		timer.scheduleWithFixedDelay(this::sendDue, 1000, 1000, TimeUnit.MILLISECONDS);
	}

	/** Sends what is due now, on the sender thread (after a commit that queued mail). */
	void wake() {
		if (running && wakePending.compareAndSet(false, true)) {
			try {
				timer.execute(this::sendDue);
			} catch (RejectedExecutionException stopping) {
				wakePending.set(false);
			}
		}
	}

	@Deactivate
	void deactivate() throws InterruptedException {
		running = false;
		timer.shutdownNow();
		timer.awaitTermination(30, TimeUnit.SECONDS);
		lanes.shutdownNow();
		lanes.awaitTermination(30, TimeUnit.SECONDS);
		for (Map<Long, Smtp> open : connections) { // the sending threads have ended
			open.values().forEach(Smtp::close);
			open.clear();
		}
	}

	/** What to send. {@code ticketId} null for mail not sent from a ticket (for example from a contact record). */
	public record Outgoing(String to, String subject, String text, String html, Long ticketId, boolean fromTicket,
			boolean automatic, String idempotencyKey) {
	}

	/**
	 * Queues a message in the current store transaction (joining the caller's); returns the stored row. With an
	 * idempotency key already queued, returns that message and queues nothing.
	 */
	public StoredMessage enqueue(EmailChannel channel, Outgoing out) {
		return store.inTransaction(tx -> {
			Connection c = EmailStore.connection(tx);
			if (out.idempotencyKey() != null) {
				Optional<StoredMessage> existing = EmailStore.messageByIdempotencyKey(c, out.idempotencyKey());
				if (existing.isPresent()) {
					return existing.get();
				}
			}
			String domain = channel.address().substring(channel.address().indexOf('@') + 1);
			String messageId = "<" + UUID.randomUUID() + "@" + domain + ">";
			String inReplyTo = null;
			String references = null;
			String subject = out.subject();
			if (out.ticketId() != null) {
				inReplyTo = EmailStore.lastThreadMessage(c, out.ticketId()).map(StoredMessage::messageId).orElse(null);
				List<String> thread = EmailStore.threadMessageIds(c, out.ticketId(), 20);
				references = thread.isEmpty() ? null : String.join(" ", thread);
				subject = Threading.withToken(subject, out.ticketId());
			}
			Instant now = clock.instant();
			long id = EmailStore.insertMessage(c, new StoredMessage(0, channel.id(), "OUT", "QUEUED", messageId,
					out.ticketId(), null, null, inReplyTo, references, channel.address(), out.to(), subject, out.text(),
					out.html(), null, out.automatic() ? "automatic" : null, false, out.fromTicket(), null, null, 0,
					now, null, now, null, out.idempotencyKey()));
			tx.afterCommit(this::wake);
			return EmailStore.message(c, id).orElseThrow();
		});
	}

	private void sendDue() {
		wakePending.set(false);
		if (!running) {
			return;
		}
		try {
			List<EmailStore.Due> due;
			do {
				due = store.inTransaction(tx -> EmailStore.dueOutbound(EmailStore.connection(tx), clock.instant(), BATCH));
				List<List<Long>> byLane = IntStream.range(0, LANES).mapToObj(lane -> (List<Long>) new ArrayList<Long>())
						.toList();
				for (EmailStore.Due next : due) {
					byLane.get(lane(next)).add(next.id());
				}
				List<Callable<Void>> work = new ArrayList<>();
				for (int lane = 0; lane < LANES; lane++) {
					List<Long> ids = byLane.get(lane);
					Map<Long, Smtp> open = connections.get(lane);
					if (!ids.isEmpty()) {
						work.add(() -> {
							for (long id : ids) {
								if (!running) {
									return null;
								}
								CallerContext.runAs(MailboxPoller.EMAIL, () -> sendOne(id, open));
							}
							return null;
						});
					}
				}
				for (Future<Void> lane : lanes.invokeAll(work)) {
					lane.get(); // a lane that failed (the database, say) ends this round; the next tick retries
				}
			} while (due.size() == BATCH && running);
		} catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
			return; // stopping: lanes may still be ending; deactivate closes the connections after them
		} catch (ExecutionException | RuntimeException e) {
			LOG.warn("Email sending failed", e instanceof ExecutionException ? e.getCause() : e);
		}
		long now = System.nanoTime();
		for (Map<Long, Smtp> open : connections) { // no lane runs now: every round's invokeAll has returned
			open.values().removeIf(smtp -> {
				boolean idle = now - smtp.lastUsed > IDLE_CONNECTION.toNanos();
				if (idle) {
					smtp.close();
				}
				return idle;
			});
		}
	}

	/** The lane of a due mail: its ticket's, so one ticket's mail goes out in order; mail without a ticket by id. */
	static int lane(EmailStore.Due due) {
		return (int) Math.floorMod(due.ticketId() != null ? due.ticketId() : due.id(), (long) LANES);
	}

	static final int BATCH = 100;
	static final Duration IDLE_CONNECTION = Duration.ofSeconds(10);
	/** A connection used more recently than this is trusted without a NOOP; a failed send on it is retried once. */
	static final Duration TRUSTED = Duration.ofSeconds(2);

	/** An open SMTP connection of one version of a channel's settings. */
	private static final class Smtp {
		final long channelVersion;
		final Session session;
		final SMTPTransport transport;
		long lastUsed = System.nanoTime();

		Smtp(long channelVersion, Session session, SMTPTransport transport) {
			this.channelVersion = channelVersion;
			this.session = session;
			this.transport = transport;
		}

		void close() {
			try {
				transport.close();
			} catch (MessagingException | RuntimeException e) {
				LOG.debug("closing SMTP: {}", e.toString());
			}
		}
	}

	/** Sends one queued message if it is still queued (row-locked for the attempt), on the lane's connections. */
	void sendOne(long id, Map<Long, Smtp> laneConnections) {
		store.inTransaction(tx -> {
			Connection c = EmailStore.connection(tx);
			Optional<StoredMessage> locked = EmailStore.lockQueued(c, id);
			if (locked.isEmpty()) {
				return null;
			}
			StoredMessage m = locked.get();
			EmailChannel channel = EmailStore.channel(c, m.channelId()).orElseThrow();
			Instant now = clock.instant();
			try {
				MailLibrary.call(() -> {
					try {
						send(laneConnections, channel, m);
						return null;
					} catch (MessagingException | RuntimeException e) {
						Smtp broken = laneConnections.remove(channel.id());
						if (broken != null) {
							broken.close(); // the next message connects afresh
						}
						throw new SendFailure(e);
					}
				});
				EmailStore.markOutbound(c, id, "SENT", m.attempts() + 1, null, null, now);
				LOG.info("Email channel {}: sent {} to {}", channel.id(), m.messageId(), m.toAddress());
			} catch (SendFailure e) {
				int attempts = m.attempts() + 1;
				String error = e.getCause().toString();
				if (attempts >= MAX_ATTEMPTS) {
					EmailStore.markOutbound(c, id, "FAILED", attempts, null, error, null);
					LOG.warn("Email channel {}: giving up on {} after {} attempts: {}", channel.id(), m.messageId(),
							attempts, error);
				} else {
					Instant next = now.plus(FIRST_BACKOFF.multipliedBy(1L << (attempts - 1)));
					EmailStore.markOutbound(c, id, "QUEUED", attempts, next, error, null);
					LOG.info("Email channel {}: attempt {} of {} failed, retry at {}: {}", channel.id(), attempts,
							m.messageId(), next, error);
				}
			}
			return null;
		});
	}

	/** The channel's open connection, or a new one (settings changed, first message, or the last one failed). */
	private static Smtp connection(Map<Long, Smtp> connections, EmailChannel channel) throws MessagingException {
		Smtp open = connections.remove(channel.id());
		if (open != null && open.channelVersion == channel.version()
				&& (System.nanoTime() - open.lastUsed < TRUSTED.toNanos() || open.transport.isConnected())) {
			connections.put(channel.id(), open);
			return open;
		}
		if (open != null) {
			open.close();
		}
		Session[] session = new Session[1];
		SMTPTransport transport = MailSessions.smtp(channel, session);
		transport.connect();
		Smtp connected = new Smtp(channel.version(), session[0], transport);
		connections.put(channel.id(), connected);
		return connected;
	}

	/** Sends on the channel's connection; a reused connection that fails (the server dropped it) is replaced once. */
	private static void send(Map<Long, Smtp> connections, EmailChannel channel, StoredMessage m)
			throws MessagingException {
		boolean reused = connections.containsKey(channel.id());
		try {
			send(connection(connections, channel), channel, m);
		} catch (MessagingException | RuntimeException e) {
			if (!reused) {
				throw e;
			}
			Smtp broken = connections.remove(channel.id());
			if (broken != null) {
				broken.close();
			}
			send(connection(connections, channel), channel, m);
		}
	}

	private static void send(Smtp smtp, EmailChannel channel, StoredMessage m) throws MessagingException {
		MimeMessage message = new MimeMessage(smtp.session) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", m.messageId());
			}
		};
		try {
			message.setFrom(new InternetAddress(channel.address(), channel.name(), "UTF-8"));
		} catch (java.io.UnsupportedEncodingException e) {
			message.setFrom(new InternetAddress(channel.address()));
		}
		message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.toAddress(), false));
		message.setSubject(m.subject(), "UTF-8");
		if (m.inReplyTo() != null) {
			message.setHeader("In-Reply-To", m.inReplyTo());
		}
		if (m.references() != null) {
			message.setHeader("References", m.references());
		}
		if ("automatic".equals(m.threadNote())) {
			message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: auto-responders must not answer it
		}
		String text = m.textBody() == null ? HtmlSanitizer.text(m.htmlBody()) : m.textBody();
		if (m.htmlBody() == null) {
			message.setText(text == null ? "" : text, "UTF-8");
		} else {
			MimeBodyPart plain = new MimeBodyPart();
			plain.setText(text == null ? "" : text, "UTF-8");
			MimeBodyPart html = new MimeBodyPart();
			html.setContent(m.htmlBody(), "text/html; charset=UTF-8");
			message.setContent(new MimeMultipart("alternative", plain, html));
		}
		message.setSentDate(new java.util.Date());
		message.saveChanges();
		smtp.transport.sendMessage(message, message.getAllRecipients());
		smtp.lastUsed = System.nanoTime();
	}

	private static final class SendFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		SendFailure(Exception cause) {
			super(cause);
		}
	}
}
