package org.pipedesk.automation.builtin.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;
import org.pipedesk.automation.api.AutomationEvent;
import org.pipedesk.automation.api.AutomationEvent.Kind;
import org.pipedesk.automation.api.ParameterDescriptor;
import org.pipedesk.automation.api.ParameterType;
import org.pipedesk.automation.api.TriggerType;
import org.pipedesk.automation.api.TypeDescriptor;

/** The built-in trigger types, each a DS service of its own (so each can be listed and replaced on its own). */
final class BuiltInTriggers {
	private BuiltInTriggers() {
	}

	static final ParameterDescriptor STATUS = ParameterDescriptor.required("statusId", "Status",
			"The status of the rule's pipeline", ParameterType.STATUS);
	static final ParameterDescriptor OPTIONAL_STATUS = ParameterDescriptor.optional("statusId", "Status",
			"Only tickets in this status (any status when left out)", ParameterType.STATUS);

	@Component(service = TriggerType.class)
	public static class TicketCreated implements TriggerType {
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("ticket.created", "Ticket created",
				"A ticket is created in the rule's pipeline (optionally: in a given status)", List.of(OPTIONAL_STATUS));

		@Override
		public TypeDescriptor descriptor() {
			return DESCRIPTOR;
		}

		@Override
		public TriggerHandler createHandler(Map<String, String> parameters) {
			String status = parameters.get("statusId");
			return event -> event.kind() == Kind.TICKET_CREATED
					&& (status == null || status.equals(event.statusId()));
		}
	}

	@Component(service = TriggerType.class)
	public static class EnteredStatus implements TriggerType {
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("ticket.entered-status", "Ticket reached status",
				"A ticket reaches the status (created in it or moved to it)", List.of(STATUS));

		@Override
		public TypeDescriptor descriptor() {
			return DESCRIPTOR;
		}

		@Override
		public TriggerHandler createHandler(Map<String, String> parameters) {
			return statusEvent(Kind.ENTERED_STATUS, parameters.get("statusId"));
		}
	}

	@Component(service = TriggerType.class)
	public static class LeftStatus implements TriggerType {
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("ticket.left-status", "Ticket left status",
				"A ticket moves out of the status", List.of(STATUS));

		@Override
		public TypeDescriptor descriptor() {
			return DESCRIPTOR;
		}

		@Override
		public TriggerHandler createHandler(Map<String, String> parameters) {
			return statusEvent(Kind.LEFT_STATUS, parameters.get("statusId"));
		}
	}

	@Component(service = TriggerType.class)
	public static class PropertyChanged implements TriggerType {
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("ticket.property-changed", "Property changed",
				"A ticket property changes (optionally: to a given value; an empty value means it was cleared)",
				List.of(ParameterDescriptor.required("property", "Property", "The ticket property",
						ParameterType.PROPERTY),
						ParameterDescriptor.optional("value", "New value", "Only when it changes to this value",
								ParameterType.STRING)));

		@Override
		public TypeDescriptor descriptor() {
			return DESCRIPTOR;
		}

		@Override
		public TriggerHandler createHandler(Map<String, String> parameters) {
			String property = parameters.get("property");
			String value = parameters.get("value");
			return event -> (event.kind() == Kind.PROPERTY_CHANGED || event.kind() == Kind.OWNER_CHANGED)
					&& property.equals(event.propertyName()) && (value == null || value.equals(event.newValue()));
		}
	}

	@Component(service = TriggerType.class)
	public static class OwnerChanged implements TriggerType {
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("ticket.owner-changed", "Owner changed",
				"The ticket's owner (hubspot_owner_id) changes", List.of());

		@Override
		public TypeDescriptor descriptor() {
			return DESCRIPTOR;
		}

		@Override
		public TriggerHandler createHandler(Map<String, String> parameters) {
			return event -> event.kind() == Kind.OWNER_CHANGED;
		}
	}

	@Component(service = TriggerType.class)
	public static class EmailSentToCustomer implements TriggerType {
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("email.sent-to-customer",
				"An email is sent to a customer",
				"Someone sends an email to the ticket's contact from the ticket record (not automated emails)",
				List.of());

		@Override
		public TypeDescriptor descriptor() {
			return DESCRIPTOR;
		}

		@Override
		public TriggerHandler createHandler(Map<String, String> parameters) {
			return event -> event.kind() == Kind.EMAIL_SENT_TO_CUSTOMER;
		}
	}

	@Component(service = TriggerType.class)
	public static class CustomerReplied implements TriggerType {
		static final TypeDescriptor DESCRIPTOR = new TypeDescriptor("customer.replied", "A customer replies",
				"The ticket's contact replies on the ticket's email thread", List.of());

		@Override
		public TypeDescriptor descriptor() {
			return DESCRIPTOR;
		}

		@Override
		public TriggerHandler createHandler(Map<String, String> parameters) {
			return event -> event.kind() == Kind.CUSTOMER_REPLIED;
		}
	}

	private static TriggerType.TriggerHandler statusEvent(Kind kind, String statusId) {
		return (AutomationEvent event) -> event.kind() == kind && Objects.equals(statusId, event.statusId());
	}
}
