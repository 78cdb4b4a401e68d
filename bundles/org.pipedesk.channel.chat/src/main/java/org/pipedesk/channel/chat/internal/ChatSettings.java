package org.pipedesk.channel.chat.internal;

import java.time.Instant;
import java.util.List;

import org.pipedesk.channel.web.RateLimit;

/**
 * The chat channel's settings: where conversations open their tickets, the longest message, the visitors' rate
 * limits per client address (one for what they send: start, message, close; one for their polls) and the pages that
 * may host the chat (CORS). {@code version} 0 = never saved (chat is off).
 */
public record ChatSettings(boolean enabled, String pipelineId, String statusId, int maxMessageChars,
		RateLimit rateLimit, RateLimit pollRateLimit, List<String> allowedOrigins, long version, Instant updatedAt) {

	static final ChatSettings OFF = new ChatSettings(false, null, null, 5000, new RateLimit(20, 60),
			new RateLimit(120, 60), List.of(), 0, null);
}
