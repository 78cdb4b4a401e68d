package org.pipedesk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pipedesk.core.api.Violation;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.PropertyOption;
import org.pipedesk.model.desk.PropertyType;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.desk.StatusProperty;

/** Value checks of ticket writes against property definitions, on the seeded desk plus a few typed properties. */
class TicketRulesTest {
	private final Desk desk = seededWithTypedProperties();

	private static Desk seededWithTypedProperties() {
		Desk desk = SeedDesk.create(Instant.now());
		desk.getProperties().add(property("amount", PropertyType.NUMBER));
		desk.getProperties().add(property("due", PropertyType.DATE));
		desk.getProperties().add(property("escalated_at", PropertyType.DATETIME));
		desk.getProperties().add(property("vip", PropertyType.BOOLEAN));
		PropertyDefinition products = property("products", PropertyType.ENUMERATION);
		products.setFieldType("checkbox");
		for (String value : List.of("CRM", "HELPDESK", "BILLING")) {
			PropertyOption option = DeskFactory.eINSTANCE.createPropertyOption();
			option.setValue(value);
			option.setLabel(value);
			products.getOptions().add(option);
		}
		desk.getProperties().add(products);
		PropertyDefinition legacy = property("legacy_code", PropertyType.TEXT);
		legacy.setArchived(true);
		desk.getProperties().add(legacy);
		return desk;
	}

	private static PropertyDefinition property(String name, PropertyType type) {
		PropertyDefinition property = DeskFactory.eINSTANCE.createPropertyDefinition();
		property.setName(name);
		property.setLabel(name);
		property.setType(type);
		return property;
	}

	private List<String> rulesFor(String name, String value) {
		List<Violation> violations = new ArrayList<>();
		TicketRules.checkValues(desk, Map.of(name, value), violations);
		return violations.stream().map(Violation::rule).toList();
	}

	@ParameterizedTest(name = "{0} = ''{1}'' is accepted")
	@CsvSource({ "amount, 12.50", "amount, -3", "due, 2026-11-25", "due, 1764028800000",
			"escalated_at, 2026-11-25T10:15:30Z", "escalated_at, 2026-11-25T10:15:30+01:00", "vip, true", "vip, false",
			"hs_ticket_priority, URGENT", "subject, anything at all", "hs_ticket_priority, ''", "products, CRM",
			"products, CRM;BILLING" })
	void valuesThatFitTheirTypeAreAccepted(String name, String value) {
		assertEquals(List.of(), rulesFor(name, value));
	}

	@ParameterizedTest(name = "{0} = ''{1}'' is refused")
	@CsvSource({ "amount, twelve", "due, 25/11/2026", "escalated_at, yesterday", "vip, yes", "hs_ticket_priority, urgent",
			"hs_ticket_priority, LOW;HIGH", "products, CRM;PHONES", "products, CRM;" })
	void valuesThatDoNotFitTheirTypeAreRefused(String name, String value) {
		assertEquals(List.of("property.value-type"), rulesFor(name, value));
	}

	@Test
	void unknownReadOnlyAndCalculatedPropertiesCannotBeWritten() {
		assertEquals(List.of("property.exists"), rulesFor("no_such_property", "x"));
		assertEquals(List.of("property.writable"), rulesFor("createdate", "2026-11-25T10:15:30Z"));
		assertEquals(List.of("property.writable"), rulesFor("time_to_close", "5"));
	}

	@Test
	void anArchivedPropertyCannotBeWrittenNotEvenCleared() {
		assertEquals(List.of("property.not-archived"), rulesFor("legacy_code", "x"));
		assertEquals(List.of("property.not-archived"), rulesFor("legacy_code", ""));
	}

	@Test
	void aTooLongSingleLineTextIsRefused() {
		assertEquals(List.of(), rulesFor("subject", "x".repeat(TicketRules.MAX_TEXT_LENGTH)));
		assertEquals(List.of("property.value-type"), rulesFor("subject", "x".repeat(TicketRules.MAX_TEXT_LENGTH + 1)));
	}

	@Test
	void everyMissingRequiredPropertyIsListedAndOptionalOnesAreNot() {
		Status closed = desk.getPipelines().get(0).getStatuses().get(3);
		closed.getStatusProperties().add(asked("hs_ticket_category", true));
		closed.getStatusProperties().add(asked("content", true));
		closed.getStatusProperties().add(asked("hs_ticket_priority", false));
		List<Violation> violations = new ArrayList<>();
		TicketRules.checkRequired(closed, Map.of("subject", "x", "content", "  "), violations);
		assertEquals(List.of("hs_ticket_category", "content"), violations.stream().map(Violation::field).toList());
		violations.clear();
		TicketRules.checkRequired(closed, Map.of("hs_ticket_category", "BILLING_ISSUE", "content", "c"), violations);
		assertEquals(List.of(), violations);
	}

	@Test
	void mergingAppliesChangesAndEmptyValuesClear() {
		assertEquals(Map.of("subject", "new", "content", "kept"),
				TicketRules.merge(Map.of("subject", "old", "content", "kept", "hs_ticket_priority", "LOW"),
						Map.of("subject", "new", "hs_ticket_priority", "")));
	}

	private StatusProperty asked(String name, boolean required) {
		StatusProperty statusProperty = DeskFactory.eINSTANCE.createStatusProperty();
		statusProperty.setProperty(ModelViews.property(desk, name));
		statusProperty.setRequired(required);
		return statusProperty;
	}
}
