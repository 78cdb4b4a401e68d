package org.pipedesk.automation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.automation.api.ContactDirectory;
import org.pipedesk.automation.api.EmailTemplates;
import org.pipedesk.core.api.ConfigurationService;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.EmailTemplate;

/**
 * The email templates: built-in defaults in code, overridden by an edited copy in the desk configuration (removing
 * the copy resets it), plus custom templates from the configuration.
 */
@Component(service = { EmailTemplates.class, DefaultEmailTemplates.class })
public class DefaultEmailTemplates implements EmailTemplates {
	static final Map<String, Template> DEFAULTS = Map.of(TICKET_RECEIVED,
			new Template(TICKET_RECEIVED, "Ticket received", "We received your request: {{ticket.subject}}",
					"<p>Hello {{contact.firstname}},</p>\n<p>we received your request \"{{ticket.subject}}\" (ticket "
							+ "{{ticket.id}}) and will get back to you soon.</p>",
					false, true, false),
			TICKET_CLOSED,
			new Template(TICKET_CLOSED, "Ticket closed", "Your request is closed: {{ticket.subject}}",
					"<p>Hello {{contact.firstname}},</p>\n<p>your request \"{{ticket.subject}}\" (ticket {{ticket.id}}) "
							+ "is closed. Reply to this email if you need anything else.</p>",
					false, true, false));
	private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*(ticket|contact)\\.([A-Za-z0-9_]+)\\s*}}");

	private final ConfigurationService configuration;

	@Activate
	public DefaultEmailTemplates(@Reference ConfigurationService configuration) {
		this.configuration = configuration;
	}

	@Override
	public List<Template> templates() {
		return templates(configuration.desk());
	}

	static List<Template> templates(Desk desk) {
		List<Template> all = new ArrayList<>();
		for (String id : BUILT_IN) {
			all.add(template(desk, id).orElseThrow());
		}
		desk.getEmailTemplates().stream().filter(t -> !t.isBuiltIn()).map(DefaultEmailTemplates::template)
				.forEach(all::add);
		return all;
	}

	@Override
	public Optional<Template> template(String id) {
		return template(configuration.desk(), id);
	}

	static Optional<Template> template(Desk desk, String id) {
		Optional<EmailTemplate> stored = desk.getEmailTemplates().stream().filter(t -> t.getId().equals(id))
				.findFirst();
		if (stored.isPresent()) {
			return stored.map(DefaultEmailTemplates::template);
		}
		return Optional.ofNullable(DEFAULTS.get(id));
	}

	private static Template template(EmailTemplate t) {
		return new Template(t.getId(), t.getName(), t.getSubject(), t.getBody(), t.isMarketing(), t.isBuiltIn(),
				t.isBuiltIn());
	}

	@Override
	public Rendered render(String templateId, Ticket ticket, ContactDirectory.Contact contact) {
		Template template = template(templateId).orElseThrow(() -> new NotFoundException("templateId", templateId,
				"Email template " + templateId + " does not exist"));
		return render(template, ticket, contact);
	}

	static Rendered render(Template template, Ticket ticket, ContactDirectory.Contact contact) {
		String subject = replace(template.subject(), ticket, contact, false).replaceAll("[\\r\\n]+", " ");
		return new Rendered(template.id(), subject, replace(template.body(), ticket, contact, true),
				template.marketing());
	}

	private static String replace(String text, Ticket ticket, ContactDirectory.Contact contact, boolean html) {
		if (text == null) {
			return "";
		}
		Matcher matcher = VARIABLE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = value(matcher.group(1), matcher.group(2), ticket, contact);
			matcher.appendReplacement(out, Matcher.quoteReplacement(html ? escape(value) : value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String value(String object, String name, Ticket ticket, ContactDirectory.Contact contact) {
		if (object.equals("ticket")) {
			return switch (name) {
			case "id" -> Long.toString(ticket.id());
			case "status" -> ticket.statusId();
			case "pipeline" -> ticket.pipelineId();
			default -> ticket.properties().getOrDefault(name, "");
			};
		}
		if (contact == null) {
			return "";
		}
		String value = switch (name) {
		case "email" -> contact.email();
		case "firstname" -> contact.firstName();
		case "lastname" -> contact.lastName();
		default -> "";
		};
		return value == null ? "" : value;
	}

	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
