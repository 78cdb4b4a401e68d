package org.pipedesk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An internal note on a ticket (added by automation), oldest first; {@code createdAt} an ISO-8601 instant. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketNote(String id, String ticketId, String body, String author, String createdAt) {
}
