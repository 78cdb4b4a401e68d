package org.pipedesk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An email template for automation: built-in ones ("Ticket received", "Ticket closed": transactional, editable,
 * {@code edited} once changed, resettable) and custom ones (deletable, maybe {@code marketing}). Bodies are HTML
 * with {@code {{ticket.id}}}, {@code {{ticket.<property>}}} and {@code {{contact.email|firstname|lastname}}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailTemplate(String id, String name, String subject, String body, boolean marketing, boolean builtIn,
		boolean edited) {

	/** A template's content as sent to create or replace one. */
	public record Content(String name, String subject, String body, boolean marketing) {
	}

	/** A template rendered for a ticket (and contact): what the customer would get. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Preview(String templateId, String subject, String html, boolean marketing) {
	}

	/** A sample contact for a preview (each field may be null); the server's contact directory wins over it. */
	public record SampleContact(String email, String firstName, String lastName, boolean marketingContact) {
	}
}
