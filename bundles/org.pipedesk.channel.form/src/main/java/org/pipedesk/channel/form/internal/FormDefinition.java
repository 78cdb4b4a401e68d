package org.pipedesk.channel.form.internal;

import java.time.Instant;
import java.util.List;

import org.pipedesk.channel.web.RateLimit;

/**
 * A web form: where its tickets go, which submitted field fills which ticket property, its limits (body size, rate
 * per client address, browser origins) and the optional honeypot field.
 *
 * @param id the public form id (a random UUID)
 */
public record FormDefinition(String id, String name, String pipelineId, String statusId, boolean enabled,
		List<Field> fields, int maxBytes, RateLimit rateLimit, List<String> allowedOrigins, String honeypotField,
		String thankYouMessage, long version, Instant createdAt, Instant updatedAt) {

	/** A submitted field and the ticket property it fills. */
	public record Field(String name, String property, boolean required, String label) {
	}
}
