package org.pipedesk.channel.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a mailbox backlog is cut into fetches: by count and by bytes, a message larger than the limit alone. */
class ImapFetchTest {
	private static List<List<Long>> uids(List<List<long[]>> batches) {
		return batches.stream().map(b -> b.stream().map(m -> m[0]).toList()).toList();
	}

	@Test
	void batchesHoldAtMostTheCountAndTheBytes() {
		List<long[]> messages = List.of(new long[] { 1, 10 }, new long[] { 2, 10 }, new long[] { 3, 10 },
				new long[] { 4, 500 }, new long[] { 5, 10 }, new long[] { 6, 10 });
		assertEquals(List.of(List.of(1L, 2L), List.of(3L), List.of(4L), List.of(5L, 6L)),
				uids(ImapFetch.batches(messages, 2, 100)), "by count, and the large one alone");
		assertEquals(List.of(List.of(1L, 2L, 3L), List.of(4L), List.of(5L, 6L)),
				uids(ImapFetch.batches(messages, 10, 100)), "by bytes");
		assertEquals(List.of(), ImapFetch.batches(List.of(), 10, 100));
	}
}
