package org.pipedesk.channel.email.internal;

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
 * IDLE ends the watcher for good: the channel is then polled every {@code pollSeconds}.
 */
final class IdleWatcher {
	private static final Logger LOG = LoggerFactory.getLogger(IdleWatcher.class);
	static final long MAX_BACKOFF_MILLIS = 60_000;

	private final MailboxPoller poller;
	private final EmailChannel channel;
	private final Thread thread;
	private volatile boolean stopped;
	private volatile boolean watching;
	private volatile boolean unsupported;
	private volatile IMAPFolder folder;

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
		return thread.isAlive() && !stopped;
	}

	/** In IDLE (or reading between two IDLEs) on a healthy connection. */
	boolean watching() {
		return watching && !stopped;
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
			try {
				LOG.info("Email channel {}: watching {} with IMAP IDLE", channel.id(), channel.imapFolder());
				while (!stopped && poller.running()) {
					// read until nothing is left: what arrived while reading is announced at the next IDLE's start
					while (!stopped && poller.readNew(channel, open, MailboxPoller.BATCH) > 0) {
						// next batch
					}
					watching = true;
					ScheduledFuture<?> renewal = poller.idleTimer().schedule(this::interruptIdle,
							poller.idleRenewSeconds(), TimeUnit.SECONDS);
					try {
						open.idle(true); // returns at the first change the server announces, or when interrupted
					} finally {
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
	 * Ends the current IDLE from another thread: any command on the folder makes Angus send DONE first, and the
	 * watcher's {@code idle()} returns. Runs on the renewal timer, never on the watcher's thread.
	 */
	private void interruptIdle() {
		IMAPFolder open = folder;
		if (open == null || !open.isOpen()) {
			return;
		}
		poller.idleTimer().execute(() -> {
			try {
				open.doCommand(protocol -> {
					protocol.simpleCommand("NOOP", null);
					return null;
				});
			} catch (Exception | LinkageError e) {
				LOG.debug("Email channel {}: could not interrupt IDLE: {}", channel.id(), e.toString());
			}
		});
	}
}
