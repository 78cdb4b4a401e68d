package org.pipedesk.channel.email.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.spi.DeskStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.Folder;

/**
 * Reads each enabled channel's IMAP folder: the messages with UIDs past the stored position, oldest first, each
 * handed to {@link InboundProcessor} (which stores the new position with the ticket change). When the server supports
 * IMAP IDLE (and {@code idle} is on), an {@link IdleWatcher} per channel keeps the folder open and reads new mail the
 * moment the server announces it; otherwise, and while a watcher is (re)connecting, the channel is polled every
 * {@code pollSeconds}. A changed UIDVALIDITY starts over at UID 1; Message-ID de-duplication keeps that from repeating
 * changes. Messages stay on the server (Pipedesk never deletes mail). A failing poll is recorded on the channel
 * (visible in the API) and retried at the next interval.
 */
@Component(service = MailboxPoller.class, immediate = true, configurationPid = InboundProcessor.PID,
		configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class MailboxPoller {
	private static final Logger LOG = LoggerFactory.getLogger(MailboxPoller.class);
	static final Caller EMAIL = Caller.system("email");
	/** Messages fetched from the server per round trip, and processed per transaction. */
	static final int BATCH = 100;
	/**
	 * New messages listed and read per read at most: one listing for a backlog rather than one per batch (a listing
	 * costs the server a walk of the folder), and a bound on the time a read holds the channel.
	 */
	static final int READ_MAX = 5_000;
	/** Bytes fetched per round trip at most (a larger message is fetched alone). */
	static final long BATCH_BYTES = 16L << 20;
	/** A wake-up by IDLE reads messages up to this size with the listing. */
	static final int PREFETCH_BYTES = 256 << 10;

	/** ConfigAdmin PID {@code org.pipedesk.channel.email} (shared with the parsing limits). */
	public @interface Config {
		/** Wait on IMAP IDLE where the server supports it (polling stays the fallback). */
		boolean idle() default true;

		/**
		 * Re-issue IDLE and read the folder once more at least this often: servers drop IDLE after 30 min, and it
		 * bounds the delay of a notification a server failed to send.
		 */
		int idleRenewSeconds() default 60;
	}

	private final DeskStore store;
	private final InboundProcessor processor;
	private volatile Config config;
	private final Clock clock = Clock.systemUTC();
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().name("pipedesk-email-poll").daemon().factory());
	/** Renews IDLE and wakes watchers; apart from the poll timer so a slow server never holds up polling. */
	private final ScheduledExecutorService idleTimer = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().name("pipedesk-email-idle-renew").daemon().factory());
	/** Fetches the next batches of a mailbox while the reader writes the one before ({@link FetchAhead}). */
	private final ExecutorService fetchers = Executors.newCachedThreadPool(
			Thread.ofPlatform().name("pipedesk-email-inbound-fetch-", 1).daemon().factory());
	/** Runs the commands that end an IDLE; one may wait long on a dead connection, so not on a shared thread. */
	private final ExecutorService idleInterrupts = Executors.newCachedThreadPool(
			Thread.ofPlatform().name("pipedesk-email-idle-interrupt-", 1).daemon().factory());
	private final Map<Long, Long> nextPoll = new ConcurrentHashMap<>();
	private final Map<Long, IdleWatcher> watchers = new ConcurrentHashMap<>();
	private final Map<Long, Object> locks = new ConcurrentHashMap<>();
	private volatile boolean running = true;

	@Activate
	public MailboxPoller(@Reference DeskStore store, @Reference InboundProcessor processor, Config config) {
		this.store = store;
		this.processor = processor;
		this.config = config;
		timer.scheduleWithFixedDelay(this::pollDue, 1, 1, TimeUnit.SECONDS);
	}

	/**
	 * A changed configuration applies at the next tick, without a restart: the channels' API (which depends on this
	 * component) stays registered, and turning IDLE off ends the watchers (the timer polls again).
	 */
	@Modified
	void modified(Config changed) {
		this.config = changed;
		if (!changed.idle()) {
			watchers.values().forEach(IdleWatcher::stop);
			watchers.clear();
		}
	}

	@Deactivate
	void deactivate() throws InterruptedException {
		running = false;
		watchers.values().forEach(IdleWatcher::stop);
		timer.shutdownNow();
		timer.awaitTermination(30, TimeUnit.SECONDS);
		for (IdleWatcher watcher : watchers.values()) {
			watcher.join(10_000);
		}
		idleTimer.shutdownNow();
		idleInterrupts.shutdownNow();
		fetchers.shutdownNow();
	}

	/**
	 * Asks for a poll of the channel now (after a change of its settings, or from the API): the timer's thread looks
	 * at the channels at once instead of at its next tick, so a new channel starts its IDLE session (and reads what
	 * waits in its mailbox) without waiting up to a second.
	 */
	public void wake(long channelId) {
		nextPoll.put(channelId, 0L);
		try {
			timer.execute(this::pollDue); // the timer's one thread: never beside a scheduled tick
		} catch (RejectedExecutionException stopping) {
			// deactivated meanwhile: nothing to read any more
		}
	}

	/** Whether an IDLE session watches the channel's folder right now. */
	public boolean idling(long channelId) {
		IdleWatcher watcher = watchers.get(channelId);
		return watcher != null && watcher.watching();
	}

	boolean running() {
		return running;
	}

	ScheduledExecutorService idleTimer() {
		return idleTimer;
	}

	ExecutorService idleInterrupts() {
		return idleInterrupts;
	}

	int idleRenewSeconds() {
		return Math.max(10, config.idleRenewSeconds());
	}

	private void pollDue() {
		try {
			var channels = store.inTransaction(tx -> EmailStore.channels(EmailStore.connection(tx)));
			Set<Long> enabled = new HashSet<>();
			long now = clock.millis();
			for (EmailChannel channel : channels) {
				if (!running) {
					return;
				}
				if (!channel.enabled()) {
					continue;
				}
				enabled.add(channel.id());
				if (config.idle()) {
					watch(channel);
				}
				if (idling(channel.id()) || nextPoll.getOrDefault(channel.id(), 0L) > now) {
					continue; // IDLE reads the mailbox as mail arrives; the poll is the fallback
				}
				nextPoll.put(channel.id(), now + channel.pollSeconds() * 1000L);
				poll(channel);
			}
			watchers.keySet().stream().filter(id -> !enabled.contains(id)).toList().forEach(id -> {
				IdleWatcher gone = watchers.remove(id);
				if (gone != null) {
					gone.stop(); // disabled or deleted channel
				}
			});
		} catch (RuntimeException e) {
			LOG.warn("Email polling failed", e);
		}
	}

	/** Keeps one watcher per enabled channel, restarted when the channel's settings changed. */
	private void watch(EmailChannel channel) {
		IdleWatcher current = watchers.get(channel.id());
		if (current != null && current.channel().version() == channel.version()
				&& (current.alive() || current.unsupported())) {
			return; // watching, reconnecting, or the server has no IDLE (then polling it is)
		}
		if (current != null) {
			current.stop();
		}
		IdleWatcher watcher = new IdleWatcher(this, channel);
		watchers.put(channel.id(), watcher);
		watcher.start();
	}

	/** One poll of one channel on a connection of its own; returns how many messages were handed on. */
	int poll(EmailChannel channel) {
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
			recordFailure(channel, cause);
			return 0;
		}
	}

	void recordFailure(EmailChannel channel, Throwable cause) {
		store.inTransaction(tx -> {
			EmailStore.savePollError(EmailStore.connection(tx), channel.id(), cause.toString(), clock.instant());
			return null;
		});
	}

	private int read(EmailChannel channel) throws Exception {
		IMAPStore imap = MailSessions.imap(channel);
		imap.connect();
		try {
			IMAPFolder folder = (IMAPFolder) imap.getFolder(channel.imapFolder());
			folder.open(Folder.READ_ONLY);
			try {
				int handled = 0;
				for (int read = readNew(channel, folder, READ_MAX); read > 0 && running; read = readNew(channel, folder,
						READ_MAX)) {
					handled += read; // until the folder is read: a backlog does not wait pollSeconds per batch
				}
				return handled;
			} finally {
				folder.close(false);
			}
		} finally {
			imap.close();
		}
	}

	/**
	 * Reads the messages of the open folder past the stored position, at most {@code max}; the timer, the API's
	 * poll-now and the channel's IDLE watcher never read one mailbox at once. Returns how many were handed on.
	 * Round trips are per batch, not per message: one UID FETCH lists the new UIDs with their sizes, then each batch
	 * (at most {@link #BATCH} messages and {@link #BATCH_BYTES}, a larger message alone) is fetched whole in one UID
	 * FETCH and processed in one transaction. The fetching and parsing of the next batch run while the batch before
	 * is written ({@link FetchAhead}); batches are written one after the other, in mailbox order.
	 */
	int readNew(EmailChannel channel, IMAPFolder folder, int max) throws Exception {
		return readNew(channel, folder, max, false);
	}

	/**
	 * As {@link #readNew(EmailChannel, IMAPFolder, int)}; with {@code fewExpected} (IDLE announced a few messages
	 * while the folder was read up to date) the listing brings the bodies of messages up to {@link #PREFETCH_BYTES}
	 * too, so one round trip reads them.
	 */
	int readNew(EmailChannel channel, IMAPFolder folder, int max, boolean fewExpected) throws Exception {
		synchronized (locks.computeIfAbsent(channel.id(), id -> new Object())) {
			long uidValidity = folder.getUIDValidity();
			var state = store.inTransaction(tx -> EmailStore.mailboxState(EmailStore.connection(tx), channel.id()));
			long after = state.filter(s -> s.uidValidity() == uidValidity).map(EmailStore.MailboxState::lastUid)
					.orElse(0L);
			if (state.isPresent() && state.get().uidValidity() != uidValidity && state.get().uidValidity() != -1) {
				LOG.info("Email channel {}: UIDVALIDITY changed from {} to {}; reading the folder again "
						+ "(Message-IDs already seen are skipped)", channel.id(), state.get().uidValidity(), uidValidity);
			}
			List<long[]> pending;
			Map<Long, byte[]> prefetched = new HashMap<>();
			if (fewExpected) {
				List<ImapFetch.Listed> listed = ImapFetch.newMessagesWithBodies(folder, after, PREFETCH_BYTES);
				pending = new ArrayList<>();
				for (ImapFetch.Listed m : listed.subList(0, Math.min(max, listed.size()))) {
					pending.add(new long[] { m.uid(), m.size() });
					if (m.bytes() != null) {
						prefetched.put(m.uid(), m.bytes());
					}
				}
			} else {
				pending = ImapFetch.newMessages(folder, after, max);
			}
			int handled = 0;
			List<List<long[]>> batches = ImapFetch.batches(pending, BATCH, BATCH_BYTES);
			if (batches.size() == 1 && prefetched.size() == pending.size()) {
				handled = write(channel, uidValidity, processor.parseAll(batches.get(0).stream()
						.map(m -> new InboundProcessor.Raw(m[0], prefetched.get(m[0]))).toList()));
			} else if (!batches.isEmpty()) {
				try (FetchAhead ahead = new FetchAhead(fetchers, folder, batches, prefetched, processor)) {
					for (var batch = ahead.next(); batch != null && running; batch = ahead.next()) {
						handled += write(channel, uidValidity, batch);
					}
				}
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
		}
	}

	/** Processes one batch in one transaction; returns its size. */
	private int write(EmailChannel channel, long uidValidity, List<InboundProcessor.Inbound> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		List<InboundProcessor.Result> results = processor.processAll(channel, uidValidity, batch);
		Map<InboundProcessor.Result, Long> counts = new EnumMap<>(InboundProcessor.Result.class);
		for (int i = 0; i < batch.size(); i++) {
			counts.merge(results.get(i), 1L, Long::sum);
			LOG.debug("Email channel {}: UID {} {}", channel.id(), batch.get(i).uid(), results.get(i));
		}
		LOG.info("Email channel {}: UIDs {} to {}: {}", channel.id(), batch.get(0).uid(),
				batch.get(batch.size() - 1).uid(), counts);
		return batch.size();
	}

	static final class PollFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		PollFailure(Exception cause) {
			super(cause);
		}
	}
}
