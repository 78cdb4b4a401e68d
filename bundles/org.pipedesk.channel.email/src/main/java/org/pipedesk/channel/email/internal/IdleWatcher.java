package org.pipedesk.channel.email.internal;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.pipedesk.core.api.CallerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.Folder;

/**
 * One channel's IMAP IDLE session (RFC 2177), on a thread of its own: connect, open the folder, read what arrived
 * since the stored position (so nothing is missed across a reconnect), then wait in IDLE until the server announces
 * a change, read again, and so on. IDLE is re-issued every {@code idleRenewSeconds} with a read in between (servers
 * drop idle connections after 30 minutes, and it bounds the cost of a lost notification). A broken connection is
 * retried with doubling backoff (1 s to 60 s) while the poller's timer polls the channel meanwhile. A server without
 * IDLE ends the watcher for good: the channel is then polled every {@code pollSeconds}. Angus ignores read timeouts
 * while in IDLE, so a connection that died silently would keep the thread in IDLE: a watcher still in one IDLE a
 * minute past its renewal counts as hung, and the poller replaces it (the old thread ends when TCP gives up).
 */
final class IdleWatcher {
	private static final Logger LOG = LoggerFactory.getLogger(IdleWatcher.class);
	static final long MAX_BACKOFF_MILLIS = 60_000;
	/** How long past its renewal an IDLE may last before the watcher counts as hung. */
	static final long HUNG_AFTER_RENEWAL_NANOS = 60_000_000_000L;

	private final MailboxPoller poller;
	private final EmailChannel channel;
	private final Thread thread;
	private volatile boolean stopped;
	private volatile boolean watching;
	private volatile boolean unsupported;
	private volatile IMAPFolder folder;
	/** The folder's message count when it was last read up to date (-1: not yet on this connection). */
	private int quietCount = -1;
	/** At most this many new messages announced: the read brings their bodies with the listing. */
	static final int FEW = 10;
	/** When the current IDLE began (System.nanoTime), 0 when not in IDLE. */
	private volatile long idleSince;

	IdleWatcher(MailboxPoller poller, EmailChannel channel) {
		this.poller = poller;
		this.channel = channel;
		this.thread = Thread.ofPlatform().name("pipedesk-email-idle-" + channel.id()).daemon().unstarted(this::run);
	}

	EmailChannel channel() {
		return channel;
	}

	void start() {
		thread.start();
	}

	boolean alive() {
		return thread.isAlive() && !stopped && !hung();
	}

	/** In IDLE (or reading between two IDLEs) on a healthy connection. */
	boolean watching() {
		return watching && !stopped && !hung();
	}

	private boolean hung() {
		long since = idleSince;
		return since != 0 && System.nanoTime() - since > poller.idleRenewSeconds() * 1_000_000_000L
				+ HUNG_AFTER_RENEWAL_NANOS;
	}

	boolean unsupported() {
		return unsupported;
	}

	void stop() {
		stopped = true;
		watching = false;
		interruptIdle();
	}

	void join(long millis) throws InterruptedException {
		thread.join(millis);
	}

	private void run() {
		long backoff = 1000;
		while (!stopped && poller.running()) {
			try {
				CallerContext.runAs(MailboxPoller.EMAIL, () -> MailLibrary.call(() -> {
					try {
						session();
						return null;
					} catch (Exception e) {
						throw new MailboxPoller.PollFailure(e);
					}
				}));
				if (unsupported) {
					return;
				}
				backoff = 1000;
			} catch (RuntimeException e) {
				watching = false;
				if (stopped) {
					return;
				}
				Throwable cause = e instanceof MailboxPoller.PollFailure ? e.getCause() : e;
				LOG.warn("Email channel {} ({}): IDLE session failed, reconnecting in {} ms: {}", channel.id(),
						channel.address(), backoff, cause.toString());
				try {
					poller.recordFailure(channel, cause);
				} catch (RuntimeException storeDown) {
					LOG.warn("Email channel {}: could not record the failure", channel.id(), storeDown);
				}
				try {
					Thread.sleep(backoff);
				} catch (InterruptedException interrupted) {
					return;
				}
				backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
			}
		}
	}

	private void session() throws Exception {
		IMAPStore imap = MailSessions.imap(channel);
		imap.connect();
		try {
			if (!imap.hasCapability("IDLE")) {
				unsupported = true;
				LOG.info("Email channel {}: the IMAP server does not support IDLE; polling every {} s", channel.id(),
						channel.pollSeconds());
				return;
			}
			IMAPFolder open = (IMAPFolder) imap.getFolder(channel.imapFolder());
			open.open(Folder.READ_ONLY);
			folder = open;
			quietCount = -1;
			try {
				LOG.info("Email channel {}: watching {} with IMAP IDLE", channel.id(), channel.imapFolder());
				while (!stopped && poller.running()) {
					readUntilQuiet(open);
					watching = true;
					ScheduledFuture<?> renewal = poller.idleTimer().schedule(this::interruptIdle,
							poller.idleRenewSeconds(), TimeUnit.SECONDS);
					idleSince = System.nanoTime();
					try {
						open.idle(true); // returns at the first change the server announces, or when interrupted
					} finally {
						idleSince = 0;
						renewal.cancel(false);
					}
				}
			} finally {
				watching = false;
				folder = null;
				open.close(false);
			}
		} finally {
			imap.close();
		}
	}

	/**
	 * Reads until everything the server announced has been read. A message that arrives while a command runs is
	 * announced (EXISTS) in that command's answer, not again at the next IDLE: so a read counts as complete only if the
	 * announced message count did not change while it ran (its listing then held every announced message) and it was
	 * not cut at a batch.
	 */
	private void readUntilQuiet(IMAPFolder open) throws Exception {
		boolean fewExpected = quietCount >= 0 && open.getMessageCount() - quietCount <= FEW;
		while (!stopped) {
			int announced = open.getMessageCount();
			int handled = poller.readNew(channel, open, MailboxPoller.READ_MAX, fewExpected);
			if (handled < MailboxPoller.READ_MAX && open.getMessageCount() == announced) {
				quietCount = announced;
				return;
			}
			fewExpected = false;
		}
	}

	/**
	 * Ends the current IDLE from another thread: any command on the folder makes Angus send DONE first, and the
	 * watcher's {@code idle()} returns. The command runs on a thread of its own (it waits for the IDLE to end, which on a
	 * dead connection is never), never on the watcher's thread nor the renewal timer.
	 */
	private void interruptIdle() {
		IMAPFolder open = folder;
		if (open == null) {
			return;
		}
		try {
			poller.idleInterrupts().execute(() -> {
				try {
					open.doCommand(protocol -> {
						protocol.simpleCommand("NOOP", null);
						return null;
					});
				} catch (Exception | LinkageError e) {
					LOG.debug("Email channel {}: could not interrupt IDLE: {}", channel.id(), e.toString());
				}
			});
		} catch (RejectedExecutionException stopping) {
			// the poller is stopping: its connections close with the framework
		}
	}
}
