package org.pipedesk.channel.chat.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Wakes the long polls of a conversation when a message is added on this node. Polls also re-read the database
 * every second, so a message added on another node (or between a poll's read and its wait) arrives within a second.
 * At most {@link #MAX_WAITING} polls wait at once (each holds a server thread): beyond that a poll answers at once.
 */
final class Wakeups {
	static final int MAX_WAITING = 200;

	private static final class Slot {
		int waiting;
	}

	private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
	private final Semaphore waiting = new Semaphore(MAX_WAITING);

	boolean tryEnter() {
		return waiting.tryAcquire();
	}

	void leave() {
		waiting.release();
	}

	/** Waits up to {@code millis} for a {@link #wake} of the conversation. */
	void await(String conversationId, long millis) throws InterruptedException {
		Slot slot = slots.compute(conversationId, (k, s) -> {
			Slot held = s == null ? new Slot() : s;
			held.waiting++;
			return held;
		});
		try {
			synchronized (slot) {
				slot.wait(millis);
			}
		} finally {
			slots.computeIfPresent(conversationId, (k, s) -> --s.waiting == 0 ? null : s);
		}
	}

	void wake(String conversationId) {
		Slot slot = slots.get(conversationId);
		if (slot != null) {
			synchronized (slot) {
				slot.notifyAll();
			}
		}
	}
}
