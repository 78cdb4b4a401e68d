package org.pipedesk.model;

import java.util.Date;

import org.pipedesk.model.desk.AccessGrant;
import org.pipedesk.model.desk.AccessLevel;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.PrincipalType;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.PropertyOption;
import org.pipedesk.model.desk.PropertyType;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.desk.StatusProperty;
import org.pipedesk.model.desk.TicketState;

/** A small valid desk in which every feature of every class is set somewhere (DeskJsonTest checks that). */
public final class SampleDesk {
	private static final DeskFactory F = DeskFactory.eINSTANCE;

	private SampleDesk() {
	}

	public static Desk create() {
		Desk desk = F.createDesk();
		PropertyDefinition subject = property("subject", "Ticket name", PropertyType.TEXT);
		subject.setDescription("What the ticket is about");
		PropertyDefinition priority = property("hs_ticket_priority", "Priority", PropertyType.ENUMERATION);
		priority.getOptions().add(option("LOW", "Low", 0, false));
		priority.getOptions().add(option("HIGH", "High", 1, true));
		PropertyDefinition created = property("createdate", "Create date", PropertyType.DATETIME);
		created.setReadOnly(true);
		created.setCalculated(true);
		created.setBuiltIn(true);
		subject.setFieldType("text");
		subject.setFormField(true);
		priority.setFieldType("select");
		priority.setDisplayOrder(2);
		created.setFieldType("date");
		created.setHidden(true);
		PropertyDefinition legacy = property("legacy_code", "Legacy code", PropertyType.TEXT);
		legacy.setFieldType("text");
		legacy.setArchived(true);
		legacy.setArchivedAt(new Date(1_700_000_200_000L));
		desk.getProperties().add(subject);
		desk.getProperties().add(priority);
		desk.getProperties().add(created);
		desk.getProperties().add(legacy);

		Pipeline support = pipeline("0", "Support", 0, 1_700_000_000_000L);
		Status fresh = status("1", "New", 0, TicketState.OPEN, 1_700_000_000_000L);
		StatusProperty asked = F.createStatusProperty();
		asked.setProperty(subject);
		asked.setRequired(true);
		fresh.getStatusProperties().add(asked);
		StatusProperty optional = F.createStatusProperty();
		optional.setProperty(priority);
		fresh.getStatusProperties().add(optional);
		support.getStatuses().add(fresh);
		support.getStatuses().add(status("2", "Closed", 1, TicketState.CLOSED, 1_700_000_000_000L));
		support.getCardProperties().add(priority);
		support.getCardProperties().add(subject);
		support.setAccessRestricted(true);
		AccessGrant grant = F.createAccessGrant();
		grant.setPrincipalType(PrincipalType.TEAM);
		grant.setPrincipalId(3);
		grant.setLevel(AccessLevel.EDIT);
		support.getAccessGrants().add(grant);
		org.pipedesk.model.desk.AutomationRule rule = F.createAutomationRule();
		rule.setId("r1");
		rule.setLabel("Notify on new");
		rule.setEnabled(true);
		rule.setTriggerType("ticket.entered-status");
		rule.getTriggerParameters().add(parameter("statusId", "1"));
		rule.getSources().add("CHAT");
		org.pipedesk.model.desk.AutomationAction action = F.createAutomationAction();
		action.setId("a1");
		action.setActionType("ticket.add-note");
		action.getParameters().add(parameter("text", "New ticket"));
		action.setComment("so nobody misses it");
		rule.getActions().add(action);
		support.getRules().add(rule);
		desk.getPipelines().add(support);

		Pipeline billing = pipeline("5", "Billing", 1, 1_700_000_100_000L);
		billing.getStatuses().add(status("6", "Open", 0, TicketState.OPEN, 1_700_000_100_000L));
		billing.getStatuses().add(status("7", "Paid", 1, TicketState.CLOSED, 1_700_000_100_000L));
		desk.getPipelines().add(billing);

		org.pipedesk.model.desk.EmailTemplate template = F.createEmailTemplate();
		template.setId("ticket-received");
		template.setName("Ticket received");
		template.setSubject("We got it: {{ticket.subject}}");
		template.setBody("<p>Hello {{contact.firstname}}</p>");
		template.setMarketing(true);
		template.setBuiltIn(true);
		desk.getEmailTemplates().add(template);
		desk.setLastIssuedId(8);
		desk.getRetiredIds().add("3");
		desk.getRetiredIds().add("4");
		return desk;
	}

	public static org.pipedesk.model.desk.Parameter parameter(String name, String value) {
		org.pipedesk.model.desk.Parameter parameter = F.createParameter();
		parameter.setName(name);
		parameter.setValue(value);
		return parameter;
	}

	public static Pipeline pipeline(String id, String label, int order, long createdAt) {
		Pipeline pipeline = F.createPipeline();
		pipeline.setId(id);
		pipeline.setLabel(label);
		pipeline.setDisplayOrder(order);
		pipeline.setCreatedAt(new Date(createdAt));
		pipeline.setUpdatedAt(new Date(createdAt + 1));
		return pipeline;
	}

	public static Status status(String id, String label, int order, TicketState state, long createdAt) {
		Status status = F.createStatus();
		status.setId(id);
		status.setLabel(label);
		status.setDisplayOrder(order);
		status.setTicketState(state);
		status.setCreatedAt(new Date(createdAt));
		status.setUpdatedAt(new Date(createdAt + 1));
		return status;
	}

	private static PropertyDefinition property(String name, String label, PropertyType type) {
		PropertyDefinition property = F.createPropertyDefinition();
		property.setName(name);
		property.setLabel(label);
		property.setType(type);
		property.setGroupName("ticketinformation");
		property.setCreatedAt(new Date(1_699_999_000_000L));
		property.setUpdatedAt(new Date(1_699_999_000_001L));
		return property;
	}

	private static PropertyOption option(String value, String label, int order, boolean hidden) {
		PropertyOption option = F.createPropertyOption();
		option.setValue(value);
		option.setLabel(label);
		option.setDisplayOrder(order);
		option.setHidden(hidden);
		return option;
	}
}
