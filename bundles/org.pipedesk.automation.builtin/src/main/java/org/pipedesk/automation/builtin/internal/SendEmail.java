package org.pipedesk.automation.builtin.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.pipedesk.automation.api.ActionContext;
import org.pipedesk.automation.api.ActionHandler;
import org.pipedesk.automation.api.ActionOutcome;
import org.pipedesk.automation.api.ActionType;
import org.pipedesk.automation.api.ContactDirectory;
import org.pipedesk.automation.api.EmailTemplates;
import org.pipedesk.automation.api.OutboundMail;
import org.pipedesk.automation.api.ParameterDescriptor;
import org.pipedesk.automation.api.ParameterType;
import org.pipedesk.automation.api.TypeDescriptor;

/**
 * Sends an email from a template to the ticket's contact through the mail channel ({@link OutboundMail}). A marketing
 * template goes only to contacts marked as marketing contacts; otherwise the action is skipped with that reason.
 * Without a contact directory, a contact or a mail channel, the action fails (visibly, in the run record): nothing
 * pretends to send.
 */
@Component(service = ActionType.class)
public class SendEmail implements ActionType {
	static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("email.send-template", "Send email to the contact",
			"Sends an email from a template to the ticket's contact (marketing templates only to marketing contacts)",
			List.of(ParameterDescriptor.required("templateId", "Template", "The email template",
					ParameterType.TEMPLATE)));

	private final EmailTemplates templates;
	private volatile ContactDirectory contacts;
	private volatile OutboundMail mail;

	@Activate
	public SendEmail(@Reference EmailTemplates templates) {
		this.templates = templates;
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	void setContacts(ContactDirectory contacts) {
		this.contacts = contacts;
	}

	void unsetContacts(ContactDirectory contacts) {
		if (this.contacts == contacts) {
			this.contacts = null;
		}
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	void setMail(OutboundMail mail) {
		this.mail = mail;
	}

	void unsetMail(OutboundMail mail) {
		if (this.mail == mail) {
			this.mail = null;
		}
	}

	@Override
	public TypeDescriptor descriptor() {
		return DESCRIPTOR;
	}

	@Override
	public ActionHandler createHandler(Map<String, String> parameters) {
		String templateId = parameters.get("templateId");
		return new ActionHandler() {
			@Override
			public ActionOutcome execute(ActionContext context) throws Exception {
				ContactDirectory directory = contacts;
				if (directory == null) {
					throw new IllegalStateException("No contact directory: tickets have no contacts to write to yet");
				}
				Optional<ContactDirectory.Contact> contact = directory.contactOf(context.ticket());
				if (contact.isEmpty() || contact.get().email() == null || contact.get().email().isBlank()) {
					return ActionOutcome.skipped("The ticket has no contact with an email address");
				}
				EmailTemplates.Rendered email = templates.render(templateId, context.ticket(), contact.get());
				if (email.marketing() && !contact.get().marketingContact()) {
					return ActionOutcome.skipped("Template " + templateId + " is a marketing email and "
							+ contact.get().email() + " is not a marketing contact");
				}
				OutboundMail channel = mail;
				if (channel == null) {
					throw new IllegalStateException("No mail channel is installed to send email");
				}
				String messageId = channel.send(new OutboundMail.MailMessage(contact.get().email(), email.subject(),
						email.html(), null, context.ticket().id(), context.idempotencyKey(), Map.of()));
				return ActionOutcome.done("Sent " + templateId + " to " + contact.get().email() + " (" + messageId + ")");
			}

			@Override
			public String preview(ActionContext context) {
				ContactDirectory directory = contacts;
				ContactDirectory.Contact contact = directory == null ? null
						: directory.contactOf(context.ticket()).orElse(null);
				EmailTemplates.Rendered email = templates.render(templateId, context.ticket(), contact);
				return "Send '" + email.subject() + "' to " + (contact == null ? "(no contact)" : contact.email())
						+ (email.marketing() ? " (marketing)" : "");
			}
		};
	}
}
