package org.pipedesk.channel.email.internal;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.email.internal.EmailStore.Contact;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.UserService;
import org.pipedesk.core.api.ValidationException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The contacts admin API: read contacts (all by id, or the one of an address) and set whether one is a marketing
 * contact, which decides whether automation's marketing templates reach them. Contacts are customers' personal data:
 * super admins only, as the email channels' settings.
 */
@Component(service = ContactResource.class, property = { "osgi.jakartars.resource=true",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.json)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.auth)" })
@Path("/pipedesk/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {
	private final EmailContacts contacts;
	private final UserService users;

	@Activate
	public ContactResource(@Reference EmailContacts contacts, @Reference UserService users) {
		this.contacts = contacts;
		this.users = users;
	}

	private void admin() {
		EmailChannelResource.requireSuperAdmin(users, "Only super admins read and change contacts");
	}

	public record ContactOut(String id, String email, String name, String firstName, String lastName,
			boolean marketingContact, long version, Instant createdAt, Instant updatedAt) {
	}

	public record ContactPage(List<ContactOut> results, TicketEmailResource.Paging paging) {
	}

	/** The change: {@code marketingContact} (required) and optionally the {@code version} it was read at. */
	public record ContactChange(Boolean marketingContact, Long version) {
	}

	@GET
	public ContactPage list(@QueryParam("email") String email, @QueryParam("after") String after,
			@QueryParam("limit") @DefaultValue("20") int limit) {
		admin();
		if (email != null) {
			return new ContactPage(contacts.byAddress(email).map(ContactResource::json).stream().toList(), null);
		}
		int size = TicketEmailResource.limit(limit);
		List<Contact> rows = contacts.list(after == null ? 0 : TicketEmailResource.cursor(after), size + 1);
		List<Contact> shown = rows.size() > size ? rows.subList(0, size) : rows;
		TicketEmailResource.Paging paging = rows.size() > size
				? new TicketEmailResource.Paging(
						new TicketEmailResource.Next(Long.toString(shown.get(shown.size() - 1).id())))
				: null;
		return new ContactPage(shown.stream().map(ContactResource::json).toList(), paging);
	}

	@GET
	@Path("{contactId}")
	public ContactOut get(@PathParam("contactId") String contactId) {
		admin();
		return json(contacts.get(id(contactId)));
	}

	@PATCH
	@Path("{contactId}")
	public ContactOut update(@PathParam("contactId") String contactId, ContactChange change) {
		admin();
		if (change == null || change.marketingContact() == null) {
			throw new ValidationException("marketingContact", "contact.marketing-required",
					"marketingContact (true or false) is the contact's field to change");
		}
		return json(contacts.setMarketingContact(id(contactId), change.marketingContact(), change.version()));
	}

	private static long id(String value) {
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new NotFoundException("contactId", value, "No contact " + value);
		}
	}

	private static ContactOut json(Contact c) {
		String[] names = EmailContacts.names(c.name());
		return new ContactOut(Long.toString(c.id()), c.address(), c.name(), names[0], names[1], c.marketingContact(),
				c.version(), c.createdAt(), c.updatedAt());
	}
}
