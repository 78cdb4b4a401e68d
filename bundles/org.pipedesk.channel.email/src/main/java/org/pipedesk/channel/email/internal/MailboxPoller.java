package org.pipedesk.channel.email.internal;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.spi.DeskStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.UIDFolder;

/**
 * Reads each enabled channel's IMAP folder every {@code pollSeconds}: the messages with UIDs past the stored
 * position, oldest first, each handed to {@link InboundProcessor} (which stores the new position with the ticket
 * change). A changed UIDVALIDITY starts over at UID 1; Message-ID de-duplication keeps that from repeating changes.
 * Messages stay on the server (Pipedesk never deletes mail). A failing poll is recorded on the channel (visible in
 * the API) and retried at the next interval.
 */
@Component(service = MailboxPoller.class, immediate = true)
public class MailboxPoller {
	private static final Logger LOG = LoggerFactory.getLogger(MailboxPoller.class);
	static final Caller EMAIL = Caller.system("email");
	static final int BATCH = 100;

	private final DeskStore store;
	private final InboundProcessor processor;
	private final Clock clock = Clock.systemUTC();
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().name("pipedesk-email-poll").daemon().factory());
	private final Map<Long, Long> nextPoll = new ConcurrentHashMap<>();
	private volatile boolean running = true;

	@Activate
	public MailboxPoller(@Reference DeskStore store, @Reference InboundProcessor processor) {
		this.store = store;
		this.processor = processor;
		timer.scheduleWithFixedDelay(this::pollDue, 1, 1, TimeUnit.SECONDS);
	}

	@Deactivate
	void deactivate() throws InterruptedException {
		running = false;
		timer.shutdownNow();
		timer.awaitTermination(30, TimeUnit.SECONDS);
	}

	/** Asks for a poll of the channel at the next tick (after a change of its settings, or from the API). */
	public void wake(long channelId) {
		nextPoll.put(channelId, 0L);
	}

	private void pollDue() {
		try {
			var channels = store.inTransaction(tx -> EmailStore.channels(EmailStore.connection(tx)));
			long now = clock.millis();
			for (EmailChannel channel : channels) {
				if (!running) {
					return;
				}
				if (!channel.enabled() || nextPoll.getOrDefault(channel.id(), 0L) > now) {
					continue;
				}
				nextPoll.put(channel.id(), now + channel.pollSeconds() * 1000L);
				poll(channel);
			}
		} catch (RuntimeException e) {
			LOG.warn("Email polling failed", e);
		}
	}

	/** One poll of one channel; returns how many messages were handed on. */
	int poll(EmailChannel channel) {
		synchronized (lock(channel.id())) { // the timer and the API's poll-now never read one mailbox at once
			return pollLocked(channel);
		}
	}

	private final Map<Long, Object> locks = new ConcurrentHashMap<>();

	private Object lock(long channelId) {
		return locks.computeIfAbsent(channelId, id -> new Object());
	}

	private int pollLocked(EmailChannel channel) {
		try {
			return CallerContext.callAs(EMAIL, () -> MailLibrary.call(() -> {
				try {
					return read(channel);
				} catch (Exception e) {
					throw new PollFailure(e);
				}
			}));
		} catch (RuntimeException e) {
			Throwable cause = e instanceof PollFailure ? e.getCause() : e;
			LOG.warn("Email channel {} ({}): poll failed: {}", channel.id(), channel.address(), cause.toString());
			store.inTransaction(tx -> {
				EmailStore.savePollError(EmailStore.connection(tx), channel.id(), cause.toString(), clock.instant());
				return null;
			});
			return 0;
		}
	}

	private int read(EmailChannel channel) throws Exception {
		IMAPStore imap = MailSessions.imap(channel);
		imap.connect();
		try {
			IMAPFolder folder = (IMAPFolder) imap.getFolder(channel.imapFolder());
			folder.open(Folder.READ_ONLY);
			try {
				long uidValidity = folder.getUIDValidity();
				var state = store.inTransaction(tx -> EmailStore.mailboxState(EmailStore.connection(tx), channel.id()));
				long after = state.filter(s -> s.uidValidity() == uidValidity).map(EmailStore.MailboxState::lastUid)
						.orElse(0L);
				if (state.isPresent() && state.get().uidValidity() != uidValidity && state.get().uidValidity() != -1) {
					LOG.info("Email channel {}: UIDVALIDITY changed from {} to {}; reading the folder again "
							+ "(Message-IDs already seen are skipped)", channel.id(), state.get().uidValidity(), uidValidity);
				}
				Message[] messages = folder.getMessagesByUID(after + 1, UIDFolder.LASTUID);
				FetchProfile profile = new FetchProfile();
				profile.add(UIDFolder.FetchProfileItem.UID);
				folder.fetch(messages, profile);
				int handled = 0;
				for (Message message : messages) {
					if (!running || handled >= BATCH) {
						break;
					}
					long uid = folder.getUID(message);
					if (uid <= after) {
						continue; // IMAP answers n:* with the last message even when n is past it
					}
					ByteArrayOutputStream raw = new ByteArrayOutputStream();
					message.writeTo(raw);
					InboundProcessor.Result result = processor.process(channel, uidValidity, uid, raw.toByteArray());
					LOG.info("Email channel {}: UID {} {}", channel.id(), uid, result);
					handled++;
				}
				if (handled == 0) {
					store.inTransaction(tx -> {
						var c = EmailStore.connection(tx);
						long last = EmailStore.mailboxState(c, channel.id()).filter(s -> s.uidValidity() == uidValidity)
								.map(EmailStore.MailboxState::lastUid).orElse(0L);
						EmailStore.saveMailboxState(c, channel.id(), uidValidity, last, clock.instant(), null);
						return null;
					});
				}
				return handled;
			} finally {
				folder.close(false);
			}
		} finally {
			imap.close();
		}
	}

	private static final class PollFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		PollFailure(Exception cause) {
			super(cause);
		}
	}
}
