package org.pipedesk.channel.email.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.UID;

import jakarta.mail.MessagingException;

/**
 * Reads a mailbox in few round trips: Angus's message objects fetch each body with a command of its own, which made
 * reading a full mailbox one server round trip per message. These are plain UID FETCH commands on the open folder;
 * bodies come back exactly as the server stores them ({@code BODY.PEEK[]}, so nothing is marked seen). Untagged
 * answers other than the FETCH results (new mail announced with EXISTS, for instance) go to the folder as usual.
 */
final class ImapFetch {
	private ImapFetch() {
	}

	/** UID and size (RFC822.SIZE) of the messages past UID {@code after}, ascending, at most {@code max}. */
	static List<long[]> newMessages(IMAPFolder folder, long after, int max) throws MessagingException {
		if (folder.getMessageCount() == 0) {
			return List.of(); // "n:*" of an empty mailbox is an error for some servers
		}
		List<long[]> found = new ArrayList<>();
		for (FetchResponse f : fetch(folder, "UID FETCH " + (after + 1) + ":* (UID RFC822.SIZE)")) {
			UID uid = f.getItem(UID.class);
			RFC822SIZE size = f.getItem(RFC822SIZE.class);
			if (uid != null && uid.uid > after) { // the server answers n:* with the last message even past it
				found.add(new long[] { uid.uid, size == null ? 0 : size.size });
			}
		}
		found.sort(Comparator.comparingLong(m -> m[0]));
		return found.size() > max ? found.subList(0, max) : found;
	}

	/**
	 * As {@link #newMessages}, with the bodies of the messages no larger than {@code prefixBytes} in the same round
	 * trip (a partial fetch of every new message's first {@code prefixBytes}): for a wake-up by IMAP IDLE, when only a
	 * few messages are new. Returns UID, size and, for those complete in the answer, the bytes (else null).
	 */
	static List<Listed> newMessagesWithBodies(IMAPFolder folder, long after, int prefixBytes) throws MessagingException {
		List<Listed> found = new ArrayList<>();
		for (FetchResponse f : fetch(folder,
				"UID FETCH " + (after + 1) + ":* (UID RFC822.SIZE BODY.PEEK[]<0." + prefixBytes + ">)")) {
			UID uid = f.getItem(UID.class);
			RFC822SIZE size = f.getItem(RFC822SIZE.class);
			BODY body = f.getItem(BODY.class);
			if (uid == null || uid.uid <= after || size == null) {
				continue;
			}
			byte[] bytes = body == null || body.getByteArray() == null ? null : body.getByteArray().getNewBytes();
			// fewer bytes than asked for is the whole message (RFC 3501); RFC822.SIZE may count line ends otherwise
			found.add(new Listed(uid.uid, size.size, bytes != null && bytes.length < prefixBytes ? bytes : null));
		}
		found.sort(Comparator.comparingLong(Listed::uid));
		return found;
	}

	/** A new message: UID, size, and its bytes when the listing brought them whole (else null). */
	record Listed(long uid, long size, byte[] bytes) {
	}

	/** Consecutive groups of at most {@code maxCount} messages and {@code maxBytes} (a larger message alone). */
	static List<List<long[]>> batches(List<long[]> messages, int maxCount, long maxBytes) {
		List<List<long[]>> batches = new ArrayList<>();
		List<long[]> current = new ArrayList<>();
		long bytes = 0;
		for (long[] message : messages) {
			if (!current.isEmpty() && (current.size() >= maxCount || bytes + message[1] > maxBytes)) {
				batches.add(current);
				current = new ArrayList<>();
				bytes = 0;
			}
			current.add(message);
			bytes += message[1];
		}
		if (!current.isEmpty()) {
			batches.add(current);
		}
		return batches;
	}

	/** The whole messages of a batch (UIDs ascending) in one UID FETCH; a message expunged meanwhile is left out. */
	static List<InboundProcessor.Raw> bodies(IMAPFolder folder, List<long[]> batch) throws MessagingException {
		long first = batch.get(0)[0];
		long last = batch.get(batch.size() - 1)[0];
		Map<Long, byte[]> bodies = new HashMap<>();
		for (FetchResponse f : fetch(folder, "UID FETCH " + first + ":" + last + " (UID BODY.PEEK[])")) {
			UID uid = f.getItem(UID.class);
			BODY body = f.getItem(BODY.class);
			if (uid != null && body != null && body.getByteArray() != null) {
				bodies.put(uid.uid, body.getByteArray().getNewBytes());
			}
		}
		List<InboundProcessor.Raw> raw = new ArrayList<>();
		for (long[] message : batch) {
			byte[] bytes = bodies.get(message[0]);
			if (bytes != null) {
				raw.add(new InboundProcessor.Raw(message[0], bytes));
			}
		}
		return raw;
	}

	private static List<FetchResponse> fetch(IMAPFolder folder, String command) throws MessagingException {
		Object answer = folder.doCommand(protocol -> {
			Response[] responses = protocol.command(command, null);
			List<FetchResponse> results = new ArrayList<>();
			List<Response> others = new ArrayList<>();
			for (Response response : responses) {
				if (response instanceof FetchResponse f) {
					results.add(f);
				} else {
					others.add(response);
				}
			}
			protocol.notifyResponseHandlers(others.toArray(Response[]::new));
			protocol.handleResult(responses[responses.length - 1]);
			return results;
		});
		@SuppressWarnings("unchecked")
		List<FetchResponse> results = (List<FetchResponse>) answer;
		return results;
	}
}
