package org.pipedesk.channel.email.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.automation.api.ContactDirectory;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.spi.DeskStore;

/**
 * The contacts the email channel knows (table {@code email_contact}: everyone whose mail became a ticket or a reply)
 * and automation's {@link ContactDirectory}: a ticket's contact is the sender of its first received message, read in
 * one indexed statement. The only thing changed here is the marketing flag (consent is given by people, so it is set
 * by an admin, never assumed), with the contact's version against lost updates.
 */
@Component(service = { EmailContacts.class, ContactDirectory.class })
public class EmailContacts implements ContactDirectory {
	private final DeskStore store;
	private final Clock clock = Clock.systemUTC();

	@Activate
	public EmailContacts(@Reference DeskStore store) {
		this.store = store;
	}

	@Override
	public Optional<ContactDirectory.Contact> contactOf(Ticket ticket) {
		return store.inTransaction(tx -> EmailStore.ticketContact(EmailStore.connection(tx), ticket.id()))
				.map(EmailContacts::forDirectory);
	}

	/** The directory's view: the display name split into first and last name as HubSpot's contact has them. */
	static ContactDirectory.Contact forDirectory(EmailStore.Contact contact) {
		String[] names = names(contact.name());
		return new ContactDirectory.Contact(contact.address(), names[0], names[1], contact.marketingContact());
	}

	/** "Ann Lee" is first name Ann, last name Lee; "Lee, Ann" the same; one word is a first name only. */
	static String[] names(String displayName) {
		if (displayName == null || displayName.isBlank()) {
			return new String[] { null, null };
		}
		String name = displayName.strip();
		int comma = name.indexOf(',');
		if (comma > 0 && comma < name.length() - 1) {
			return new String[] { name.substring(comma + 1).strip(), name.substring(0, comma).strip() };
		}
		int space = name.indexOf(' ');
		return space < 0 ? new String[] { name, null }
				: new String[] { name.substring(0, space), name.substring(space + 1).strip() };
	}

	public EmailStore.Contact get(long id) {
		return store.inTransaction(tx -> EmailStore.contactById(EmailStore.connection(tx), id))
				.orElseThrow(() -> notFound(id));
	}

	public Optional<EmailStore.Contact> byAddress(String address) {
		return store.inTransaction(tx -> EmailStore.contactByAddress(EmailStore.connection(tx), address));
	}

	/** Contacts by id after {@code afterId}, at most {@code limit}. */
	public List<EmailStore.Contact> list(long afterId, int limit) {
		return store.inTransaction(tx -> EmailStore.contacts(EmailStore.connection(tx), afterId, limit));
	}

	/**
	 * Sets whether the contact is a marketing contact. With {@code version} the change applies only to that version
	 * (409 when someone changed the contact since); without, to the current one.
	 */
	public EmailStore.Contact setMarketingContact(long id, boolean marketingContact, Long version) {
		return store.inTransaction(tx -> {
			var c = EmailStore.connection(tx);
			EmailStore.Contact current = EmailStore.contactById(c, id).orElseThrow(() -> notFound(id));
			if (version != null && version != current.version()) {
				throw stale(id);
			}
			if (current.marketingContact() != marketingContact
					&& !EmailStore.updateContact(c, id, marketingContact, current.version(), clock.instant())) {
				throw stale(id);
			}
			return EmailStore.contactById(c, id).orElseThrow();
		});
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("contactId", Long.toString(id), "No contact " + id);
	}

	private static ConflictException stale(long id) {
		return new ConflictException("version", "version.current",
				"Contact " + id + " was changed by someone else; read it again");
	}
}
