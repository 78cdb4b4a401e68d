package org.pipedesk.core.internal;

import org.pipedesk.core.api.Violation;
import org.pipedesk.model.desk.PropertyType;
import org.pipedesk.model.validation.DeskRules;

/**
 * The rules of changing a property definition, which compare it before and after (the desk model's validator
 * checks each state on its own): a built-in property keeps the shape of its values, and the shape of a custom
 * property's values changes only while no ticket holds one, unless every stored value stays valid.
 */
final class PropertyRules {
	static final String BUILT_IN_TYPE_FIXED = "property.built-in-type-fixed";
	static final String TYPE_FIXED_WHILE_USED = "property.type-fixed-while-used";
	static final String UNIQUE_VALUE_UNSUPPORTED = "property.unique-value-unsupported";

	private PropertyRules() {
	}

	/** The shape of a property's values: its type, and for an enumeration whether a value lists several options. */
	record ValueFormat(PropertyType type, boolean multiValued) {
		static ValueFormat of(PropertyType type, String fieldType) {
			return new ValueFormat(type, DeskRules.isMultiValued(type, fieldType));
		}

		@Override
		public String toString() {
			return multiValued ? type + " (multi-valued)" : String.valueOf(type);
		}
	}

	/**
	 * Whether every value that fits {@code before} also fits {@code after} (option lists aside): the same format,
	 * single-line to multi-line text, or a single-valued enumeration becoming multi-valued.
	 */
	static boolean keepsValues(ValueFormat before, ValueFormat after) {
		if (before.equals(after)) {
			return true;
		}
		if (before.type() == PropertyType.TEXT && after.type() == PropertyType.MULTILINE_TEXT) {
			return true;
		}
		return before.type() == PropertyType.ENUMERATION && after.type() == PropertyType.ENUMERATION
				&& !before.multiValued() && after.multiValued();
	}

	/** The violation of changing a built-in property's value format, or null when the format stays. */
	static Violation builtInFormatChange(String name, boolean builtIn, ValueFormat before, ValueFormat after) {
		if (!builtIn || before.equals(after)) {
			return null;
		}
		return new Violation("type", BUILT_IN_TYPE_FIXED, "Property '" + name + "' is built in: its type stays "
				+ before + " (rule " + BUILT_IN_TYPE_FIXED + ")");
	}

	/** The message of refusing a format change while {@code tickets} tickets hold values. */
	static String typeFixedMessage(String name, ValueFormat before, ValueFormat after, long tickets) {
		return "Property '" + name + "' cannot change from " + before + " to " + after + ": " + tickets
				+ (tickets == 1 ? " ticket holds a value" : " tickets hold values")
				+ " for it that may not fit; clear them first (rule " + TYPE_FIXED_WHILE_USED + ")";
	}
}
