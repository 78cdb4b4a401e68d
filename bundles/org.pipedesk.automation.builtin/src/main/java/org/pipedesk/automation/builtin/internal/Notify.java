package org.pipedesk.automation.builtin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.pipedesk.automation.api.AutomationRecords;
import org.pipedesk.automation.api.AutomationRecords.RecipientKind;
import org.pipedesk.automation.api.OutboundMail;
import org.pipedesk.automation.api.ParameterDescriptor;
import org.pipedesk.automation.api.ParameterType;
import org.pipedesk.automation.api.TypeDescriptor;
import org.pipedesk.core.api.AccessService;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PipedeskException;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.User;
import org.pipedesk.core.api.TeamService;
import org.pipedesk.core.api.UserService;

/**
 * Sends an internal notification to a user, a team or the ticket's owner: stored (readable through the API) and,
 * when a mail channel is installed, e-mailed to each recipient user who is active, has an address and may view the
 * ticket. The stored notification is the action's effect; mail that cannot be sent (e.g. no channel configured) is
 * named in the outcome without failing it. Each mail carries the action's idempotency key plus the user, so a
 * retried action queues no second mail.
 */
@Component(service = ActionType.class)
public class Notify implements ActionType {
	static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("notify", "Send internal notification",
			"Notifies a user, a team or the ticket's owner: stored (readable through the API) and e-mailed when a mail "
					+ "channel exists",
			List.of(ParameterDescriptor.option("recipientKind", "Recipient", "USER, TEAM or OWNER (the ticket's owner)",
					true, List.of("USER", "TEAM", "OWNER"), "OWNER"),
					ParameterDescriptor.optional("recipient", "User or team", "The user's or team's id (not for OWNER)",
							ParameterType.STRING),
					ParameterDescriptor.required("message", "Message", "{{ticket.<property>}} variables allowed",
							ParameterType.TEXT)));

	private final AutomationRecords records;
	private final AccessService access;
	private final UserService users;
	private final TeamService teams;
	/** Optional and dynamic: a mail channel may come and go while the engine runs. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile OutboundMail mail;

	@Activate
	public Notify(@Reference AutomationRecords records, @Reference AccessService access, @Reference UserService users,
			@Reference TeamService teams) {
		this.records = records;
		this.access = access;
		this.users = users;
		this.teams = teams;
	}

	@Override
	public TypeDescriptor descriptor() {
		return DESCRIPTOR;
	}

	private boolean mayView(long userId, long ticketId) {
		return access.canView(userId, ticketId);
	}

	@Override
	public ActionHandler createHandler(Map<String, String> parameters) {
		RecipientKind kind = RecipientKind.valueOf(parameters.get("recipientKind"));
		String recipient = parameters.get("recipient");
		String message = parameters.get("message");
		return new ActionHandler() {
			@Override
			public ActionOutcome execute(ActionContext context) {
				Ticket ticket = context.ticket();
				String to = kind == RecipientKind.OWNER ? ticket.properties().get(BuiltInActions.OWNER_PROPERTY)
						: recipient;
				if (to == null || to.isBlank()) {
					return ActionOutcome.skipped(kind == RecipientKind.OWNER ? "The ticket has no owner"
							: "No recipient given");
				}
				Long id = parseId(to);
				// a notification names and quotes its ticket: never send one to a user who may not view it
				if (kind != RecipientKind.TEAM && (id == null || !mayView(id, ticket.id()))) {
					return ActionOutcome.skipped("User " + to + " may not view ticket " + ticket.id()
							+ " (or is not an active user)");
				}
				String text = Variables.render(message, ticket);
				long notification = records.notify(kind, to.strip(), ticket.id(), text);
				return ActionOutcome.done("Notification " + notification + " to " + kind + " " + to.strip()
						+ email(kind, id, ticket, text, context.idempotencyKey()));
			}

			@Override
			public String preview(ActionContext context) {
				return "Notify " + kind + " " + (kind == RecipientKind.OWNER
						? context.ticket().properties().getOrDefault(BuiltInActions.OWNER_PROPERTY, "(no owner)")
						: recipient) + ": " + Variables.render(message, context.ticket());
			}
		};
	}

	/** E-mails the notification to its users; says in the outcome who got it, or why nobody did. */
	private String email(RecipientKind kind, Long id, Ticket ticket, String text, String idempotencyKey) {
		OutboundMail channel = mail;
		if (channel == null) {
			return "; not e-mailed: no mail channel is installed";
		}
		List<User> recipients = new ArrayList<>();
		if (kind == RecipientKind.TEAM) {
			if (id == null) {
				return "; not e-mailed: the recipient is not a team id";
			}
			try {
				for (Long member : teams.get(id).memberIds()) {
					if (mayView(member, ticket.id())) {
						recipients.add(users.get(member));
					}
				}
			} catch (NotFoundException e) {
				return "; not e-mailed: " + e.getMessage();
			}
		} else {
			recipients.add(users.get(id));
		}
		List<String> sent = new ArrayList<>();
		List<String> notSent = new ArrayList<>();
		String subject = "[Pipedesk] Ticket " + ticket.id() + ": "
				+ ticket.properties().getOrDefault("subject", "(no subject)");
		for (User user : recipients) {
			if (!user.active() || user.email() == null || user.email().isBlank()) {
				continue;
			}
			try {
				channel.send(new OutboundMail.MailMessage(user.email(), subject, null, text + "\n\n-- Pipedesk, ticket "
						+ ticket.id(), ticket.id(), idempotencyKey + ":user-" + user.id(),
						Map.of(OutboundMail.NOTIFICATION_HEADER, kind.name())));
				sent.add(user.email());
			} catch (PipedeskException e) {
				notSent.add(user.email() + " (" + e.getMessage() + ")");
			} catch (Exception e) {
				throw new IllegalStateException("Could not queue the notification mail to " + user.email(), e);
			}
		}
		return (sent.isEmpty() ? "; e-mailed to nobody" : "; e-mailed to " + String.join(", ", sent))
				+ (notSent.isEmpty() ? "" : "; not e-mailed to " + String.join(", ", notSent));
	}

	private static Long parseId(String id) {
		try {
			return Long.parseLong(id.strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
