package org.pipedesk.channel.email.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Reads a mailbox's batches ahead of the reader that writes them: on a thread of its own, it fetches the next
 * batch's bodies over IMAP and starts parsing them (on the parser threads) while the reader's transaction for the
 * batch before runs, at most {@link #AHEAD} batches ahead (memory: a batch is at most 16 MiB, or one larger message).
 * The reader takes the batches in mailbox order with {@link #next}; {@link #close} stops the fetching and returns
 * once this no longer uses the folder (the reader then may close it). An IMAP failure is thrown by {@code next} at
 * the batch that could not be fetched: the batches before it are still handed on.
 */
final class FetchAhead implements AutoCloseable {
	/** Fetched batches waiting for the reader (one more may be being fetched). */
	static final int AHEAD = 1;

	private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(AHEAD);
	private final Future<?> fetching;
	private volatile boolean closed;

	/**
	 * Starts fetching {@code batches} (UID and size each) of the open {@code folder} on {@code executor}; a batch whose
	 * every message is in {@code prefetched} (bytes by UID, as a listing brought them) is not fetched again.
	 */
	FetchAhead(ExecutorService executor, IMAPFolder folder, List<List<long[]>> batches, Map<Long, byte[]> prefetched,
			InboundProcessor processor) {
		fetching = executor.submit(() -> {
			try {
				MailLibrary.call(() -> {
					for (List<long[]> batch : batches) {
						if (closed) {
							return null;
						}
						List<InboundProcessor.Raw> raw;
						if (batch.stream().allMatch(m -> prefetched.containsKey(m[0]))) {
							raw = batch.stream().map(m -> new InboundProcessor.Raw(m[0], prefetched.get(m[0]))).toList();
						} else {
							try {
								raw = ImapFetch.bodies(folder, batch);
							} catch (Exception e) {
								throw new MailboxPoller.PollFailure(e);
							}
						}
						if (!hand(processor.parseInBackground(raw))) {
							return null;
						}
					}
					hand(End.END);
					return null;
				});
			} catch (RuntimeException | Error e) {
				hand(e instanceof MailboxPoller.PollFailure f ? f.getCause() : e);
			}
		});
	}

	private enum End {
		END
	}

	/** Waits until the reader has room for {@code item}; false when closed meanwhile. */
	private boolean hand(Object item) {
		try {
			while (!ready.offer(item, 100, TimeUnit.MILLISECONDS)) {
				if (closed) {
					return false;
				}
			}
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The next batch, parsed, in mailbox order; null after the last. Throws what the fetching failed with. */
	List<InboundProcessor.Inbound> next() throws Exception {
		Object item = ready.poll(100, TimeUnit.MILLISECONDS);
		while (item == null) {
			boolean ended = fetching.isDone(); // then whatever it handed is in the queue already
			item = ready.poll(ended ? 0 : 100, TimeUnit.MILLISECONDS);
			if (item == null && ended) { // stopped without a word: interrupted while the poller shut down
				throw new IllegalStateException("the fetching of the mailbox stopped");
			}
		}
		if (item == End.END) {
			ready.offer(End.END); // a further call answers null again
			return null;
		}
		if (item instanceof Exception e) {
			throw e;
		}
		if (item instanceof Error e) {
			throw e;
		}
		return ((InboundProcessor.Parsing) item).await();
	}

	/** Stops fetching; returns once the fetching thread no longer uses the folder. */
	@Override
	public void close() throws InterruptedException {
		closed = true;
		ready.clear();
		try {
			fetching.get();
		} catch (ExecutionException e) {
			// its failure was handed to the reader, or the reader stopped before taking it
		}
	}
}
