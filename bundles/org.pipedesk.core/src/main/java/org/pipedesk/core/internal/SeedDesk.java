package org.pipedesk.core.internal;

import java.time.Instant;
import java.util.Date;

import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.PropertyOption;
import org.pipedesk.model.desk.PropertyType;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.desk.TicketState;
import org.pipedesk.model.validation.DeskRules;

/**
 * The desk a new installation starts with: HubSpot's default ticket pipeline (id "0", stages "1" to "4", so
 * HubSpot clients that assume those ids work) and the standard ticket properties under HubSpot's names.
 */
final class SeedDesk {
	static final String SUPPORT_PIPELINE_ID = "0";

	private SeedDesk() {
	}

	static Desk create(Instant now) {
		DeskFactory f = DeskFactory.eINSTANCE;
		Desk desk = f.createDesk();
		Date at = Date.from(now);

		desk.getProperties().add(property("subject", "Ticket name", PropertyType.TEXT));
		desk.getProperties().add(property("content", "Ticket description", PropertyType.MULTILINE_TEXT));
		desk.getProperties().add(enumeration("hs_ticket_priority", "Priority", "LOW", "Low", "MEDIUM", "Medium", "HIGH",
				"High", "URGENT", "Urgent"));
		desk.getProperties().add(property("hubspot_owner_id", "Ticket owner", PropertyType.OWNER));
		desk.getProperties().add(enumeration("hs_ticket_category", "Category", "PRODUCT_ISSUE", "Product issue",
				"BILLING_ISSUE", "Billing issue", "FEATURE_REQUEST", "Feature request", "GENERAL_INQUIRY",
				"General inquiry"));
		desk.getProperties().add(enumeration("source_type", "Source", "EMAIL", "Email", "CHAT", "Chat", "FORM", "Form",
				"PHONE", "Phone"));
		PropertyDefinition created = property("createdate", "Create date", PropertyType.DATETIME);
		created.setReadOnly(true);
		desk.getProperties().add(created);
		PropertyDefinition modified = property("hs_lastmodifieddate", "Last modified date", PropertyType.DATETIME);
		modified.setReadOnly(true);
		desk.getProperties().add(modified);
		PropertyDefinition timeToClose = property("time_to_close", "Time to close", PropertyType.NUMBER);
		timeToClose.setReadOnly(true);
		timeToClose.setCalculated(true);
		desk.getProperties().add(timeToClose);
		desk.getProperties().add(property("hubspot_team_id", "Ticket team", PropertyType.TEAM));

		for (int i = 0; i < desk.getProperties().size(); i++) {
			PropertyDefinition property = desk.getProperties().get(i);
			property.setFieldType(DeskRules.defaultFieldType(property.getType()));
			property.setDisplayOrder(i);
			property.setCreatedAt(at);
			property.setUpdatedAt(at);
		}

		Pipeline support = f.createPipeline();
		support.setId(SUPPORT_PIPELINE_ID);
		support.setLabel("Support Pipeline");
		support.setDisplayOrder(0);
		support.setCreatedAt(at);
		support.setUpdatedAt(at);
		support.getStatuses().add(status("1", "New", 0, TicketState.OPEN, at));
		support.getStatuses().add(status("2", "Waiting on contact", 1, TicketState.OPEN, at));
		support.getStatuses().add(status("3", "Waiting on us", 2, TicketState.OPEN, at));
		support.getStatuses().add(status("4", "Closed", 3, TicketState.CLOSED, at));
		support.getCardProperties().add(desk.getProperties().get(2)); // priority
		support.getCardProperties().add(desk.getProperties().get(3)); // owner
		desk.getPipelines().add(support);
		desk.setLastIssuedId(4);
		return desk;
	}

	private static Status status(String id, String label, int order, TicketState state, Date at) {
		Status status = DeskFactory.eINSTANCE.createStatus();
		status.setId(id);
		status.setLabel(label);
		status.setDisplayOrder(order);
		status.setTicketState(state);
		status.setCreatedAt(at);
		status.setUpdatedAt(at);
		return status;
	}

	private static PropertyDefinition property(String name, String label, PropertyType type) {
		PropertyDefinition property = DeskFactory.eINSTANCE.createPropertyDefinition();
		property.setName(name);
		property.setLabel(label);
		property.setType(type);
		property.setGroupName("ticketinformation");
		property.setBuiltIn(true);
		return property;
	}

	/** {@code valuesAndLabels} alternates option value and label. */
	private static PropertyDefinition enumeration(String name, String label, String... valuesAndLabels) {
		PropertyDefinition property = property(name, label, PropertyType.ENUMERATION);
		for (int i = 0; i < valuesAndLabels.length; i += 2) {
			PropertyOption option = DeskFactory.eINSTANCE.createPropertyOption();
			option.setValue(valuesAndLabels[i]);
			option.setLabel(valuesAndLabels[i + 1]);
			option.setDisplayOrder(i / 2);
			property.getOptions().add(option);
		}
		return property;
	}
}
