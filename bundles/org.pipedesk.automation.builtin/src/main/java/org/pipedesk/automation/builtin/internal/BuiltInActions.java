package org.pipedesk.automation.builtin.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.automation.api.ActionContext;
import org.pipedesk.automation.api.ActionHandler;
import org.pipedesk.automation.api.ActionOutcome;
import org.pipedesk.automation.api.ActionType;
import org.pipedesk.automation.api.AutomationRecords;
import org.pipedesk.automation.api.ParameterDescriptor;
import org.pipedesk.automation.api.ParameterType;
import org.pipedesk.automation.api.TypeDescriptor;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketChange;
import org.pipedesk.core.api.TicketService;

/**
 * The built-in action types, each a DS service of its own. Ticket changes go through core's {@link TicketService}
 * (so every ticket rule holds: a status's required properties missing fails the action, visibly, in the run
 * record), joining the job's transaction.
 */
final class BuiltInActions {
	static final String OWNER_PROPERTY = "hubspot_owner_id";
	static final String TEAM_PROPERTY = "hubspot_team_id";

	private BuiltInActions() {
	}

	@Component(service = ActionType.class)
	public static class SetStatus implements ActionType {
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("ticket.set-status", "Set status",
				"Moves the ticket to a status of its pipeline (the status's required properties must be set)",
				List.of(BuiltInTriggers.STATUS));
		private final TicketService tickets;

		@Activate
		public SetStatus(@Reference TicketService tickets) {
			this.tickets = tickets;
		}

		@Override
		public TypeDescriptor descriptor() {
			return DESCRIPTOR;
		}

		@Override
		public ActionHandler createHandler(Map<String, String> parameters) {
			String statusId = parameters.get("statusId");
			return new ActionHandler() {
				@Override
				public ActionOutcome execute(ActionContext context) {
					if (statusId.equals(context.ticket().statusId())) {
						return ActionOutcome.skipped("Ticket is already in status " + statusId);
					}
					tickets.move(context.ticket().id(), statusId, null);
					return ActionOutcome.done("Moved to status " + statusId);
				}

				@Override
				public String preview(ActionContext context) {
					return "Move ticket " + context.ticket().id() + " to status " + statusId;
				}
			};
		}
	}

	@Component(service = ActionType.class)
	public static class SetProperty implements ActionType {
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("ticket.set-property", "Set property",
				"Sets a ticket property (an empty value clears it); values are checked as any ticket write",
				List.of(ParameterDescriptor.required("property", "Property", "The ticket property", ParameterType.PROPERTY),
						ParameterDescriptor.optional("value", "Value", "The value; {{ticket.<property>}} variables allowed",
								ParameterType.STRING)));
		private final TicketService tickets;

		@Activate
		public SetProperty(@Reference TicketService tickets) {
			this.tickets = tickets;
		}

		@Override
		public TypeDescriptor descriptor() {
			return DESCRIPTOR;
		}

		@Override
		public ActionHandler createHandler(Map<String, String> parameters) {
			return new PropertyWrite(tickets, parameters.get("property"), parameters.getOrDefault("value", ""));
		}
	}

	/** An action that writes one fixed property from one parameter (owner, team). */
	abstract static class Assign implements ActionType {
		private final TicketService tickets;
		private final TypeDescriptor descriptor;
		private final String property;

		Assign(TicketService tickets, TypeDescriptor descriptor, String property) {
			this.tickets = tickets;
			this.descriptor = descriptor;
			this.property = property;
		}

		@Override
		public TypeDescriptor descriptor() {
			return descriptor;
		}

		@Override
		public ActionHandler createHandler(Map<String, String> parameters) {
			return new PropertyWrite(tickets, property, parameters.get(descriptor.parameters().get(0).name()));
		}
	}

	@Component(service = ActionType.class)
	public static class AssignOwner extends Assign {
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("ticket.assign-owner", "Assign owner",
				"Sets the ticket's owner (hubspot_owner_id)",
				List.of(ParameterDescriptor.required("ownerId", "Owner", "The owner's id", ParameterType.STRING)));

		@Activate
		public AssignOwner(@Reference TicketService tickets) {
			super(tickets, DESCRIPTOR, OWNER_PROPERTY);
		}
	}

	@Component(service = ActionType.class)
	public static class AssignTeam extends Assign {
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("ticket.assign-team", "Assign team",
				"Sets the ticket's team (hubspot_team_id); the team must exist",
				List.of(ParameterDescriptor.required("teamId", "Team", "The team's id", ParameterType.STRING)));

		@Activate
		public AssignTeam(@Reference TicketService tickets) {
			super(tickets, DESCRIPTOR, TEAM_PROPERTY);
		}
	}

	private record PropertyWrite(TicketService tickets, String property, String template) implements ActionHandler {
		@Override
		public ActionOutcome execute(ActionContext context) {
			String value = Variables.render(template, context.ticket());
			if (value.equals(context.ticket().properties().getOrDefault(property, ""))) {
				return ActionOutcome.skipped(property + " already has this value");
			}
			tickets.update(context.ticket().id(), new TicketChange(null, null, Map.of(property, value), null));
			return ActionOutcome.done(value.isEmpty() ? "Cleared " + property : "Set " + property + " to " + value);
		}

		@Override
		public String preview(ActionContext context) {
			return "Set " + property + " of ticket " + context.ticket().id() + " to '"
					+ Variables.render(template, context.ticket()) + "'";
		}
	}

	@Component(service = ActionType.class)
	public static class AddNote implements ActionType {
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("ticket.add-note", "Add internal note",
				"Adds an internal note to the ticket (not shown to the customer)",
				List.of(ParameterDescriptor.required("text", "Note", "The note; {{ticket.<property>}} variables allowed",
						ParameterType.TEXT)));
		private final AutomationRecords records;

		@Activate
		public AddNote(@Reference AutomationRecords records) {
			this.records = records;
		}

		@Override
		public TypeDescriptor descriptor() {
			return DESCRIPTOR;
		}

		@Override
		public ActionHandler createHandler(Map<String, String> parameters) {
			String text = parameters.get("text");
			return new ActionHandler() {
				@Override
				public ActionOutcome execute(ActionContext context) {
					long id = records.addNote(context.ticket().id(), Variables.render(text, context.ticket()),
							"system:automation");
					return ActionOutcome.done("Note " + id);
				}

				@Override
				public String preview(ActionContext context) {
					return "Add note: " + Variables.render(text, context.ticket());
				}
			};
		}
	}

	/**
	 * POSTs the event and the ticket as JSON; the body is signed with HMAC-SHA256 under the rule's secret
	 * ({@code X-Pipedesk-Signature: sha256=<hex>}), and {@code X-Pipedesk-Idempotency-Key} is the same on every
	 * attempt, so a receiver can drop a repeat. A non-2xx answer fails the attempt (retried with backoff).
	 */
	@Component(service = ActionType.class)
	public static class Webhook implements ActionType {
		static final String SIGNATURE_HEADER = "X-Pipedesk-Signature";
		static final String IDEMPOTENCY_HEADER = "X-Pipedesk-Idempotency-Key";
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("webhook", "Call a webhook",
				"POSTs the event and the ticket as JSON, signed with HMAC-SHA256 (header " + SIGNATURE_HEADER + ")",
				List.of(ParameterDescriptor.required("url", "URL", "http(s) URL to POST to", ParameterType.URL),
						ParameterDescriptor.required("secret", "Signing secret",
								"Key of the HMAC-SHA256 signature of the body", ParameterType.STRING)));
		private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		@Override
		public TypeDescriptor descriptor() {
			return DESCRIPTOR;
		}

		@Override
		public ActionHandler createHandler(Map<String, String> parameters) {
			URI url = URI.create(parameters.get("url"));
			byte[] secret = parameters.get("secret").getBytes(StandardCharsets.UTF_8);
			return new ActionHandler() {
				@Override
				public ActionOutcome execute(ActionContext context) throws Exception {
					String body = body(context);
					HttpRequest request = HttpRequest.newBuilder(url).timeout(context.timeLeft())
							.header("Content-Type", "application/json")
							.header(SIGNATURE_HEADER, "sha256=" + sign(secret, body))
							.header(IDEMPOTENCY_HEADER, context.idempotencyKey())
							.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
					HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() / 100 != 2) {
						throw new IllegalStateException("Webhook " + url + " answered " + response.statusCode());
					}
					return ActionOutcome.done("POST " + url + " answered " + response.statusCode());
				}

				@Override
				public String preview(ActionContext context) {
					return "POST " + url + " " + body(context);
				}
			};
		}

		static String sign(byte[] secret, String body) throws Exception {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}

		static String body(ActionContext context) {
			Ticket ticket = context.ticket();
			Map<String, Object> event = new LinkedHashMap<>();
			event.put("kind", context.event().kind().name());
			event.put("statusId", context.event().statusId());
			event.put("propertyName", context.event().propertyName());
			event.put("oldValue", context.event().oldValue());
			event.put("newValue", context.event().newValue());
			event.put("occurredAt", String.valueOf(context.event().occurredAt()));
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("ruleId", context.ruleId());
			json.put("actionId", context.actionId());
			json.put("idempotencyKey", context.idempotencyKey());
			json.put("event", event);
			Map<String, Object> t = new LinkedHashMap<>();
			t.put("id", Long.toString(ticket.id()));
			t.put("pipelineId", ticket.pipelineId());
			t.put("statusId", ticket.statusId());
			t.put("properties", new java.util.TreeMap<>(ticket.properties()));
			json.put("ticket", t);
			return Json.write(json);
		}
	}
}
