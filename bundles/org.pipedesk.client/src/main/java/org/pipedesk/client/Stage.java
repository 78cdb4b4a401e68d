package org.pipedesk.client;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A status of a pipeline; {@code metadata.ticketState} is OPEN or CLOSED. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Stage(String id, String label, int displayOrder, Metadata metadata) {
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Metadata(String ticketState) {
	}

	@JsonIgnore
	public boolean closed() {
		return metadata != null && "CLOSED".equals(metadata.ticketState());
	}

	@JsonIgnore
	public String ticketState() {
		return closed() ? "CLOSED" : "OPEN";
	}
}
