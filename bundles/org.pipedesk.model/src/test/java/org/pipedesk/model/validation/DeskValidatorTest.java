package org.pipedesk.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
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

/** One failing and one passing case per invariant of the desk model. */
class DeskValidatorTest {
	private static final DeskFactory F = DeskFactory.eINSTANCE;
	private long nextId;

	private Desk desk() {
		Desk desk = F.createDesk();
		PropertyDefinition subject = property("subject", PropertyType.TEXT);
		desk.getProperties().add(subject);
		desk.getPipelines().add(pipeline("Support", status("New", TicketState.OPEN), status("Closed", TicketState.CLOSED)));
		return desk;
	}

	private Pipeline pipeline(String label, Status... statuses) {
		Pipeline pipeline = F.createPipeline();
		pipeline.setId(Long.toString(nextId++));
		pipeline.setLabel(label);
		pipeline.getStatuses().addAll(List.of(statuses));
		return pipeline;
	}

	private Status status(String label, TicketState state) {
		Status status = F.createStatus();
		status.setId(Long.toString(nextId++));
		status.setLabel(label);
		status.setTicketState(state);
		return status;
	}

	private static PropertyDefinition property(String name, PropertyType type) {
		PropertyDefinition property = F.createPropertyDefinition();
		property.setName(name);
		property.setLabel(name);
		property.setType(type);
		return property;
	}

	private static List<String> rules(Desk desk) {
		return DeskValidator.check(desk).stream().map(ModelViolation::rule).toList();
	}

	private static void assertOnlyRule(Desk desk, String rule) {
		List<ModelViolation> violations = DeskValidator.check(desk);
		assertEquals(List.of(rule), violations.stream().map(ModelViolation::rule).toList(), violations.toString());
	}

	@Test
	void aWellFormedDeskIsValid() {
		assertEquals(List.of(), DeskValidator.check(desk()));
	}

	private static AccessGrant grant(PrincipalType type, long id, AccessLevel level) {
		AccessGrant grant = F.createAccessGrant();
		grant.setPrincipalType(type);
		grant.setPrincipalId(id);
		grant.setLevel(level);
		return grant;
	}

	@Test
	void aUserOrTeamIsGrantedPipelineAccessOnce() {
		Desk desk = desk();
		Pipeline pipeline = desk.getPipelines().get(0);
		pipeline.setAccessRestricted(true);
		pipeline.getAccessGrants().add(grant(PrincipalType.USER, 7, AccessLevel.VIEW));
		pipeline.getAccessGrants().add(grant(PrincipalType.TEAM, 7, AccessLevel.EDIT));
		assertEquals(List.of(), DeskValidator.check(desk));
		pipeline.getAccessGrants().add(grant(PrincipalType.USER, 7, AccessLevel.EDIT));
		assertOnlyRule(desk, DeskRules.ACCESS_GRANT_UNIQUE);
	}

	@Test
	void anAccessGrantNamesWhoAndHowFar() {
		Desk desk = desk();
		desk.getPipelines().get(0).getAccessGrants().add(grant(PrincipalType.USER, 0, AccessLevel.VIEW));
		assertOnlyRule(desk, DeskRules.ACCESS_GRANT_COMPLETE);
	}

	@Test
	void aPipelineNeedsAnOpenStatus() {
		Desk desk = desk();
		desk.getPipelines().get(0).getStatuses().get(0).setTicketState(TicketState.CLOSED);
		assertOnlyRule(desk, DeskRules.PIPELINE_OPEN_STATUS_REQUIRED);
		ModelViolation violation = DeskValidator.check(desk).get(0);
		assertTrue(violation.message().contains("Pipeline 'Support'"), violation.message());
		assertTrue(violation.message().contains(DeskRules.PIPELINE_OPEN_STATUS_REQUIRED), violation.message());
	}

	@Test
	void aPipelineNeedsAClosedStatus() {
		Desk desk = desk();
		desk.getPipelines().get(0).getStatuses().get(1).setTicketState(TicketState.OPEN);
		assertOnlyRule(desk, DeskRules.PIPELINE_CLOSED_STATUS_REQUIRED);
	}

	@Test
	void statusLabelsAreUniqueWithinAPipelineIgnoringCase() {
		Desk desk = desk();
		desk.getPipelines().get(0).getStatuses().add(status(" new", TicketState.OPEN));
		assertOnlyRule(desk, DeskRules.STATUS_LABEL_UNIQUE);
	}

	@Test
	void theSameStatusLabelMayAppearInTwoPipelines() {
		Desk desk = desk();
		desk.getPipelines().add(pipeline("Billing", status("New", TicketState.OPEN), status("Closed", TicketState.CLOSED)));
		assertEquals(List.of(), rules(desk));
	}

	@Test
	void pipelineLabelsAreUnique() {
		Desk desk = desk();
		desk.getPipelines().add(pipeline("SUPPORT", status("New", TicketState.OPEN), status("Closed", TicketState.CLOSED)));
		assertOnlyRule(desk, DeskRules.PIPELINE_LABEL_UNIQUE);
	}

	@Test
	void labelsAreNotBlank() {
		Desk desk = desk();
		desk.getPipelines().get(0).setLabel("  ");
		assertOnlyRule(desk, DeskRules.LABEL_NOT_BLANK);
		Desk other = desk();
		other.getPipelines().get(0).getStatuses().get(0).setLabel(null);
		assertOnlyRule(other, DeskRules.LABEL_NOT_BLANK);
	}

	@Test
	void labelsHaveAtMost100Characters() {
		Desk desk = desk();
		desk.getPipelines().get(0).setLabel("x".repeat(100));
		assertEquals(List.of(), rules(desk));
		desk.getPipelines().get(0).setLabel("x".repeat(101));
		assertOnlyRule(desk, DeskRules.LABEL_MAX_LENGTH);
	}

	@Test
	void aPipelineHasAtMost100Statuses() {
		Desk desk = desk();
		Pipeline pipeline = desk.getPipelines().get(0);
		for (int i = pipeline.getStatuses().size(); i < 100; i++) {
			pipeline.getStatuses().add(status("Step " + i, TicketState.OPEN));
		}
		assertEquals(List.of(), rules(desk));
		pipeline.getStatuses().add(status("One too many", TicketState.OPEN));
		assertOnlyRule(desk, DeskRules.PIPELINE_MAX_STATUSES);
	}

	@Test
	void aStatusPropertyMayNotBeReadOnly() {
		Desk desk = desk();
		PropertyDefinition created = property("createdate", PropertyType.DATETIME);
		desk.getProperties().add(created);
		StatusProperty asked = F.createStatusProperty();
		asked.setProperty(created);
		desk.getPipelines().get(0).getStatuses().get(0).getStatusProperties().add(asked);
		assertEquals(List.of(), rules(desk));
		created.setReadOnly(true);
		assertOnlyRule(desk, DeskRules.STATUS_PROPERTY_NOT_READ_ONLY);
	}

	@Test
	void aStatusPropertyMayNotBeCalculated() {
		Desk desk = desk();
		PropertyDefinition timeToClose = property("time_to_close", PropertyType.NUMBER);
		timeToClose.setCalculated(true);
		desk.getProperties().add(timeToClose);
		StatusProperty asked = F.createStatusProperty();
		asked.setProperty(timeToClose);
		asked.setRequired(true);
		desk.getPipelines().get(0).getStatuses().get(1).getStatusProperties().add(asked);
		assertOnlyRule(desk, DeskRules.STATUS_PROPERTY_NOT_CALCULATED);
	}

	@Test
	void idsAreUniqueAcrossPipelinesAndStatuses() {
		Desk desk = desk();
		Pipeline pipeline = desk.getPipelines().get(0);
		pipeline.getStatuses().get(1).setId(pipeline.getId());
		assertOnlyRule(desk, DeskRules.ID_UNIQUE);
	}

	@Test
	void idsOfDeletedObjectsAreNeverReused() {
		Desk desk = desk();
		desk.getRetiredIds().add("99");
		assertEquals(List.of(), rules(desk));
		desk.getPipelines().get(0).getStatuses().get(0).setId("99");
		assertOnlyRule(desk, DeskRules.ID_NEVER_REUSED);
	}

	@Test
	void everyViolationIsReportedNotJustTheFirst() {
		Desk desk = desk();
		Pipeline pipeline = desk.getPipelines().get(0);
		pipeline.setLabel("");
		pipeline.getStatuses().get(1).setTicketState(TicketState.OPEN);
		assertEquals(List.of(DeskRules.LABEL_NOT_BLANK, DeskRules.PIPELINE_CLOSED_STATUS_REQUIRED),
				rules(desk).stream().sorted().toList());
	}

	private static PropertyDefinition enumeration(String name, String... values) {
		PropertyDefinition property = property(name, PropertyType.ENUMERATION);
		for (String value : values) {
			PropertyOption option = F.createPropertyOption();
			option.setValue(value);
			option.setLabel(value);
			property.getOptions().add(option);
		}
		return property;
	}

	@Test
	void theFieldTypeFitsTheType() {
		Desk desk = desk();
		PropertyDefinition subject = desk.getProperties().get(0);
		subject.setFieldType("phonenumber");
		assertEquals(List.of(), rules(desk));
		subject.setFieldType("textarea");
		assertOnlyRule(desk, DeskRules.PROPERTY_FIELD_TYPE);
		assertTrue(DeskValidator.check(desk).get(0).message().contains("text, phonenumber"));
		subject.setFieldType(null);
		assertEquals(List.of(), rules(desk), "no fieldType means the type's default");
		PropertyDefinition owner = property("agent", PropertyType.OWNER);
		owner.setFieldType("radio");
		desk.getProperties().add(owner);
		assertOnlyRule(desk, DeskRules.PROPERTY_FIELD_TYPE);
		owner.setFieldType("select");
		assertEquals(List.of(), rules(desk));
	}

	@Test
	void anEnumerationNeedsOptions() {
		Desk desk = desk();
		PropertyDefinition tier = enumeration("tier");
		desk.getProperties().add(tier);
		assertOnlyRule(desk, DeskRules.PROPERTY_OPTIONS_REQUIRED);
		desk.getProperties().set(1, enumeration("tier", "GOLD", "SILVER"));
		assertEquals(List.of(), rules(desk));
	}

	@Test
	void optionValuesAreUniqueWithoutSeparatorAndLabelled() {
		Desk desk = desk();
		desk.getProperties().add(enumeration("tier", "GOLD", "GOLD"));
		assertOnlyRule(desk, DeskRules.PROPERTY_OPTION_UNIQUE);
		Desk separator = desk();
		separator.getProperties().add(enumeration("tier", "GOLD;SILVER"));
		assertOnlyRule(separator, DeskRules.PROPERTY_OPTION_VALUE_FORMAT);
		Desk unlabelled = desk();
		PropertyDefinition tier = enumeration("tier", "GOLD");
		tier.getOptions().get(0).setLabel(" ");
		unlabelled.getProperties().add(tier);
		assertOnlyRule(unlabelled, DeskRules.PROPERTY_OPTION_LABEL);
	}

	@Test
	void onlyEnumerationsAndBooleansHaveOptionsAndBooleanOptionsAreTrueAndFalse() {
		Desk desk = desk();
		PropertyDefinition number = enumeration("amount", "1");
		number.setType(PropertyType.NUMBER);
		desk.getProperties().add(number);
		assertOnlyRule(desk, DeskRules.PROPERTY_OPTIONS_NOT_ALLOWED);
		Desk booleans = desk();
		PropertyDefinition vip = enumeration("vip", "true", "false");
		vip.setType(PropertyType.BOOLEAN);
		booleans.getProperties().add(vip);
		assertEquals(List.of(), rules(booleans));
		vip.getOptions().get(1).setValue("maybe");
		assertOnlyRule(booleans, DeskRules.PROPERTY_OPTIONS_BOOLEAN);
	}

	@Test
	void propertyNamesAreUniqueIncludingArchivedOnes() {
		Desk desk = desk();
		desk.getProperties().get(0).setArchived(true);
		desk.getProperties().add(property("subject", PropertyType.NUMBER));
		assertOnlyRule(desk, DeskRules.PROPERTY_NAME_UNIQUE);
		assertTrue(DeskValidator.check(desk).get(0).message().contains("(archived)"));
	}

	@Test
	void builtInPropertiesCannotBeArchived() {
		Desk desk = desk();
		PropertyDefinition subject = desk.getProperties().get(0);
		subject.setArchived(true);
		assertEquals(List.of(), rules(desk), "a custom property can be archived");
		subject.setBuiltIn(true);
		assertOnlyRule(desk, DeskRules.PROPERTY_BUILT_IN_NOT_ARCHIVABLE);
	}

	@Test
	void anArchivedPropertyCannotBeAskedForInAStatusAndTheMessageSaysWhere() {
		Desk desk = desk();
		StatusProperty asked = F.createStatusProperty();
		asked.setProperty(desk.getProperties().get(0));
		desk.getPipelines().get(0).getStatuses().get(1).getStatusProperties().add(asked);
		assertEquals(List.of(), rules(desk));
		desk.getProperties().get(0).setArchived(true);
		assertOnlyRule(desk, DeskRules.STATUS_PROPERTY_NOT_ARCHIVED);
		String message = DeskValidator.check(desk).get(0).message();
		assertTrue(message.contains("Status 'Closed'") && message.contains("Pipeline 'Support'"), message);
	}

	@Test
	void cardPropertiesAreNotArchived() {
		Desk desk = desk();
		PropertyDefinition subject = desk.getProperties().get(0);
		desk.getPipelines().get(0).getCardProperties().add(subject);
		assertEquals(List.of(), rules(desk));
		subject.setArchived(true);
		assertOnlyRule(desk, DeskRules.CARD_PROPERTY_NOT_ARCHIVED);
	}
}
