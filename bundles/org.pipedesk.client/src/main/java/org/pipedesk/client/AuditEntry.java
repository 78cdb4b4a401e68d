package org.pipedesk.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An entry of the security audit log: who ({@code actor}, e.g. {@code user:1}), when (ISO-8601), what
 * ({@code action}, e.g. {@code token.issued}), on which object ({@code objectType} USER, TEAM, TOKEN or PIPELINE,
 * and its id) and the details the server recorded.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditEntry(String id, String actor, String occurredAt, String action, String objectType,
		String objectId, String details) {

	/** One page of the log, oldest first, and the cursor of the next page (null on the last). */
	public record Page(List<AuditEntry> results, String after) {
		public Page {
			results = List.copyOf(results);
		}
	}
}
