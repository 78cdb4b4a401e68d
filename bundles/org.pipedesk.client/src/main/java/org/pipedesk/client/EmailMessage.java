package org.pipedesk.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A message of a ticket's email thread: {@code direction} IN (from the customer) or OUT (an agent's or
 * automation's), its {@code state} (inbound: RECEIVED; outbound: QUEUED, SENT, FAILED with
 * {@code lastError}), the threading rule that put it on the ticket, and whether it updated the status.
 * Times are ISO-8601 instants as the server writes them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailMessage(String id, String direction, String state, String messageId, String ticketId, String from,
		String to, String subject, String text, String html, String threadRule, String threadNote,
		boolean statusUpdate, String reason, String problems, int attempts, String lastError, String createdAt,
		String sentAt, List<Attachment> attachments) {
	public EmailMessage {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	public boolean inbound() {
		return "IN".equals(direction);
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Attachment(String id, String fileName, String contentType, long size) {
	}
}
