package org.pipedesk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pipedesk.core.internal.PropertyRules.ValueFormat;
import org.pipedesk.model.desk.PropertyType;

/** Which changes of a property's value format keep every stored value valid, and what built-in properties may do. */
class PropertyRulesTest {
	private static ValueFormat format(String type, String fieldType) {
		return ValueFormat.of(PropertyType.valueOf(type), fieldType.isEmpty() ? null : fieldType);
	}

	@ParameterizedTest(name = "{0}/{1} -> {2}/{3} keeps values")
	@CsvSource({ "TEXT, text, TEXT, phonenumber", "TEXT, '', MULTILINE_TEXT, textarea", "ENUMERATION, select, ENUMERATION, radio",
			"ENUMERATION, select, ENUMERATION, checkbox", "ENUMERATION, '', ENUMERATION, checkbox", "NUMBER, '', NUMBER, number" })
	void changesThatKeepEveryValueValid(String fromType, String fromField, String toType, String toField) {
		assertTrue(PropertyRules.keepsValues(format(fromType, fromField), format(toType, toField)));
	}

	@ParameterizedTest(name = "{0}/{1} -> {2}/{3} may break values")
	@CsvSource({ "MULTILINE_TEXT, textarea, TEXT, text", "TEXT, text, NUMBER, number", "NUMBER, number, TEXT, text",
			"ENUMERATION, checkbox, ENUMERATION, select", "DATE, date, DATETIME, date", "ENUMERATION, select, TEXT, text",
			"BOOLEAN, booleancheckbox, ENUMERATION, booleancheckbox" })
	void changesThatMayBreakStoredValues(String fromType, String fromField, String toType, String toField) {
		assertFalse(PropertyRules.keepsValues(format(fromType, fromField), format(toType, toField)));
	}

	@Test
	void aBuiltInPropertyKeepsItsValueFormatButNotNecessarilyItsFieldType() {
		ValueFormat select = format("ENUMERATION", "select");
		assertNull(PropertyRules.builtInFormatChange("hs_ticket_priority", true, select, format("ENUMERATION", "radio")));
		assertEquals(PropertyRules.BUILT_IN_TYPE_FIXED, PropertyRules
				.builtInFormatChange("hs_ticket_priority", true, select, format("ENUMERATION", "checkbox")).rule());
		assertEquals("type", PropertyRules
				.builtInFormatChange("subject", true, format("TEXT", "text"), format("MULTILINE_TEXT", "textarea")).field());
		assertNull(PropertyRules.builtInFormatChange("custom", false, format("TEXT", "text"), format("NUMBER", "number")));
	}

	@Test
	void theRefusalSaysHowManyTicketsHoldValues() {
		String message = PropertyRules.typeFixedMessage("tier", format("ENUMERATION", "checkbox"),
				format("ENUMERATION", "select"), 1);
		assertTrue(message.contains("ENUMERATION (multi-valued) to ENUMERATION: 1 ticket holds a value"), message);
	}
}
