package org.pipedesk.automation.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.pipedesk.automation.api.ContactDirectory;
import org.pipedesk.automation.api.EmailTemplates;
import org.pipedesk.automation.api.EmailTemplates.Template;
import org.pipedesk.core.api.ConfigurationService;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.EmailTemplate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Email templates: list, read, create (custom), edit (custom or built-in), delete (custom), reset (built-in) and
 * preview for a ticket. Stored in the desk configuration: every change is a configuration version.
 */
@Component(service = TemplatesResource.class, property = { "osgi.jakartars.resource=true",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.json)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.auth)" })
@Path("/pipedesk/v1/automation/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplatesResource {
	private final ConfigurationService configuration;
	private final DefaultEmailTemplates templates;
	private final TicketService tickets;
	private volatile ContactDirectory contacts;

	@Activate
	public TemplatesResource(@Reference ConfigurationService configuration, @Reference DefaultEmailTemplates templates,
			@Reference TicketService tickets) {
		this.configuration = configuration;
		this.templates = templates;
		this.tickets = tickets;
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY,
			policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
	void setContacts(ContactDirectory contacts) {
		this.contacts = contacts;
	}

	void unsetContacts(ContactDirectory contacts) {
		if (this.contacts == contacts) {
			this.contacts = null;
		}
	}

	public record TemplateJson(String name, String subject, String body, Boolean marketing) {
	}

	@GET
	public AutomationResource.Results<Template> list() {
		return new AutomationResource.Results<>(templates.templates());
	}

	@GET
	@Path("{templateId}")
	public Template get(@PathParam("templateId") String templateId) {
		return find(templateId);
	}

	@POST
	public Response create(TemplateJson body) {
		String id = configuration.change(AutomationResource.AUTHOR, "Added an email template", desk -> {
			EmailTemplate template = DeskFactory.eINSTANCE.createEmailTemplate();
			template.setId(Rules.issueId(desk));
			apply(template, body);
			desk.getEmailTemplates().add(template);
			return template.getId();
		});
		return Response.status(201).entity(find(id)).build();
	}

	/** Replaces a template's content; editing a built-in stores the edited copy (reset brings the default back). */
	@PUT
	@Path("{templateId}")
	public Template edit(@PathParam("templateId") String templateId, TemplateJson body) {
		configuration.change(AutomationResource.AUTHOR, "Changed email template " + templateId, desk -> {
			EmailTemplate template = stored(desk, templateId).orElseGet(() -> {
				if (!EmailTemplates.BUILT_IN.contains(templateId)) {
					throw notFound(templateId);
				}
				EmailTemplate copy = DeskFactory.eINSTANCE.createEmailTemplate();
				copy.setId(templateId);
				copy.setBuiltIn(true);
				desk.getEmailTemplates().add(copy);
				return copy;
			});
			apply(template, body);
			return null;
		});
		return find(templateId);
	}

	@DELETE
	@Path("{templateId}")
	public Response delete(@PathParam("templateId") String templateId) {
		if (EmailTemplates.BUILT_IN.contains(templateId)) {
			throw new ConflictException("templateId", "template.built-in-kept",
					"Built-in templates cannot be deleted; POST .../" + templateId + "/reset restores the default");
		}
		configuration.change(AutomationResource.AUTHOR, "Deleted email template " + templateId, desk -> {
			desk.getEmailTemplates().remove(stored(desk, templateId).orElseThrow(() -> notFound(templateId)));
			return null;
		});
		return Response.noContent().build();
	}

	@POST
	@Path("{templateId}/reset")
	public Template reset(@PathParam("templateId") String templateId) {
		if (!EmailTemplates.BUILT_IN.contains(templateId)) {
			throw new ValidationException("templateId", "template.reset-built-in",
					"Only built-in templates (" + String.join(", ", EmailTemplates.BUILT_IN) + ") can be reset");
		}
		if (stored(configuration.desk(), templateId).isPresent()) {
			configuration.change(AutomationResource.AUTHOR, "Reset email template " + templateId, desk -> {
				stored(desk, templateId).ifPresent(desk.getEmailTemplates()::remove);
				return null;
			});
		}
		return find(templateId);
	}

	/** The contact's values come from the contact directory when there is one, else from {@code contact}. */
	public record PreviewJson(Long ticketId, ContactJson contact) {
	}

	/** A sample contact for previews (every field optional). */
	public record ContactJson(String email, String firstName, String lastName, Boolean marketingContact) {
		ContactDirectory.Contact contact() {
			return new ContactDirectory.Contact(email, firstName, lastName,
					marketingContact != null && marketingContact);
		}
	}

	@POST
	@Path("{templateId}/preview")
	public EmailTemplates.Rendered preview(@PathParam("templateId") String templateId, PreviewJson body) {
		if (body == null || body.ticketId() == null) {
			throw new ValidationException("ticketId", "template.preview-ticket", "'ticketId' is required");
		}
		Template template = find(templateId);
		// read as the requesting user: a preview must not show a ticket its caller may not view
		Ticket ticket = tickets.get(body.ticketId());
		ContactDirectory directory = contacts;
		ContactDirectory.Contact contact = Optional.ofNullable(directory).flatMap(d -> d.contactOf(ticket))
				.orElse(body.contact() == null ? null : body.contact().contact());
		return DefaultEmailTemplates.render(template, ticket, contact);
	}

	private Template find(String templateId) {
		return templates.template(templateId).orElseThrow(() -> notFound(templateId));
	}

	private static Optional<EmailTemplate> stored(Desk desk, String templateId) {
		return desk.getEmailTemplates().stream().filter(t -> t.getId().equals(templateId)).findFirst();
	}

	private static NotFoundException notFound(String templateId) {
		return new NotFoundException("templateId", templateId, "Email template " + templateId + " does not exist");
	}

	private static void apply(EmailTemplate template, TemplateJson body) {
		if (body == null) {
			throw new ValidationException("body", "automation.body-required", "A JSON body is required");
		}
		template.setName(body.name());
		template.setSubject(body.subject());
		template.setBody(body.body());
		template.setMarketing(body.marketing() != null && body.marketing());
	}

	static List<org.pipedesk.core.api.Violation> check(Desk desk) {
		List<org.pipedesk.core.api.Violation> violations = new java.util.ArrayList<>();
		java.util.Set<String> ids = new java.util.HashSet<>();
		for (EmailTemplate template : desk.getEmailTemplates()) {
			String field = "emailTemplates[id=" + template.getId() + "]";
			if (template.getId() == null || template.getId().isBlank() || !ids.add(template.getId())) {
				violations.add(new org.pipedesk.core.api.Violation(field + ".id", "template.id",
						"Every email template has an id of its own"));
			}
			for (String[] required : new String[][] { { "name", template.getName() },
					{ "subject", template.getSubject() }, { "body", template.getBody() } }) {
				if (required[1] == null || required[1].isBlank()) {
					violations.add(new org.pipedesk.core.api.Violation(field + "." + required[0],
							"template." + required[0] + "-required", "An email template needs a " + required[0]));
				}
			}
			if (template.isBuiltIn() != EmailTemplates.BUILT_IN.contains(template.getId())) {
				violations.add(new org.pipedesk.core.api.Violation(field + ".builtIn", "template.built-in",
						"Only " + String.join(", ", EmailTemplates.BUILT_IN) + " are built-in templates"));
			}
			if (template.isBuiltIn() && template.isMarketing()) {
				violations.add(new org.pipedesk.core.api.Violation(field + ".marketing", "template.built-in-transactional",
						"Built-in templates are transactional, never marketing"));
			}
		}
		return violations;
	}
}
