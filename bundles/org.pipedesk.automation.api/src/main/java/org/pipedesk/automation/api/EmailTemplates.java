package org.pipedesk.automation.api;

import java.util.List;
import java.util.Optional;

import org.pipedesk.core.api.Ticket;

/**
 * Email templates, provided by the engine as a DS service: the built-in "Ticket received" and "Ticket closed"
 * (transactional; editable and resettable) and custom ones, stored in the desk configuration. Rendering replaces
 * {@code {{ticket.id}}}, {@code {{ticket.<property>}}}, {@code {{contact.email}}}, {@code {{contact.firstname}}},
 * {@code {{contact.lastname}}}; values are HTML-escaped in the body, and line breaks are removed from the subject.
 */
public interface EmailTemplates {
	String TICKET_RECEIVED = "ticket-received";
	String TICKET_CLOSED = "ticket-closed";
	List<String> BUILT_IN = List.of(TICKET_RECEIVED, TICKET_CLOSED);

	record Template(String id, String name, String subject, String body, boolean marketing, boolean builtIn,
			boolean edited) {
	}

	record Rendered(String templateId, String subject, String html, boolean marketing) {
	}

	List<Template> templates();

	Optional<Template> template(String id);

	/** Renders a template for a ticket and its contact (null: contact variables are empty). */
	Rendered render(String templateId, Ticket ticket, ContactDirectory.Contact contact);
}
