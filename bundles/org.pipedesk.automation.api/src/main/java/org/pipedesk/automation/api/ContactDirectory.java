package org.pipedesk.automation.api;

import java.util.Optional;

import org.pipedesk.core.api.Ticket;

/**
 * Who a ticket's contact is, for actions that write to the customer. Implemented by the bundle that owns contacts
 * (the contacts / email channel work); until one is registered, email actions fail visibly.
 */
public interface ContactDirectory {
	/** The ticket's contact, if it has one. */
	Optional<Contact> contactOf(Ticket ticket);

	/** {@code marketingContact}: the contact agreed to marketing email. */
	record Contact(String email, String firstName, String lastName, boolean marketingContact) {
	}
}
