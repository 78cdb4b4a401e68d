package org.pipedesk.model.validation;

import java.util.List;
import java.util.Map;

import org.pipedesk.model.desk.PropertyType;

/** Codes and limits of the desk model's invariants, shared by the validator and its callers. */
public final class DeskRules {
	public static final int MAX_LABEL_LENGTH = 100;
	public static final int MAX_STATUSES_PER_PIPELINE = 100;

	public static final String LABEL_NOT_BLANK = "label.not-blank";
	public static final String LABEL_MAX_LENGTH = "label.max-length";
	public static final String PIPELINE_LABEL_UNIQUE = "pipeline.label-unique";
	public static final String PIPELINE_OPEN_STATUS_REQUIRED = "pipeline.open-status-required";
	public static final String PIPELINE_CLOSED_STATUS_REQUIRED = "pipeline.closed-status-required";
	public static final String PIPELINE_MAX_STATUSES = "pipeline.max-statuses";
	public static final String STATUS_LABEL_UNIQUE = "status.label-unique";
	public static final String STATUS_STATE_REQUIRED = "status.ticket-state-required";
	public static final String STATUS_PROPERTY_NOT_READ_ONLY = "status-property.not-read-only";
	public static final String STATUS_PROPERTY_NOT_CALCULATED = "status-property.not-calculated";
	public static final String STATUS_PROPERTY_UNIQUE = "status-property.unique";
	public static final String STATUS_PROPERTY_DEFINED = "status-property.defined";
	public static final String CARD_PROPERTY_DEFINED = "card-property.defined";
	public static final String ACCESS_GRANT_COMPLETE = "access-grant.complete";
	public static final String ACCESS_GRANT_UNIQUE = "access-grant.unique";
	public static final String ID_NOT_BLANK = "id.not-blank";
	public static final String ID_UNIQUE = "id.unique";
	public static final String ID_NEVER_REUSED = "id.never-reused";
	public static final String PROPERTY_NAME_FORMAT = "property.name-format";
	public static final String PROPERTY_NAME_UNIQUE = "property.name-unique";
	public static final String PROPERTY_TYPE_REQUIRED = "property.type-required";
	public static final String PROPERTY_OPTION_UNIQUE = "property.option-unique";
	public static final String PROPERTY_OPTION_VALUE_FORMAT = "property.option-value-format";
	public static final String PROPERTY_OPTION_LABEL = "property.option-label";
	public static final String PROPERTY_OPTIONS_REQUIRED = "property.options-required";
	public static final String PROPERTY_OPTIONS_NOT_ALLOWED = "property.options-not-allowed";
	public static final String PROPERTY_OPTIONS_BOOLEAN = "property.options-boolean";
	public static final String PROPERTY_FIELD_TYPE = "property.field-type";
	public static final String PROPERTY_BUILT_IN_NOT_ARCHIVABLE = "property.built-in-not-archivable";
	public static final String STATUS_PROPERTY_NOT_ARCHIVED = "status-property.not-archived";
	public static final String CARD_PROPERTY_NOT_ARCHIVED = "card-property.not-archived";
	/** Checked by core when the list is set: the model's card list cannot hold a property twice. */
	public static final String CARD_PROPERTY_UNIQUE = "card-property.unique";

	/** Separates the options of a multi-valued (checkbox) enumeration value, as in HubSpot. */
	public static final String MULTI_VALUE_SEPARATOR = ";";
	/** The fieldType of an ENUMERATION that holds several options. */
	public static final String MULTI_VALUE_FIELD_TYPE = "checkbox";

	/**
	 * The fieldTypes (HubSpot's vocabulary) that fit each type, the default first. A single-line TEXT is edited as
	 * text or phone number, a MULTILINE_TEXT as textarea or html; an OWNER is picked from a list of users, a TEAM from a list of teams.
	 */
	private static final Map<PropertyType, List<String>> FIELD_TYPES = Map.of(
			PropertyType.TEXT, List.of("text", "phonenumber"),
			PropertyType.MULTILINE_TEXT, List.of("textarea", "html"),
			PropertyType.NUMBER, List.of("number"),
			PropertyType.DATE, List.of("date"),
			PropertyType.DATETIME, List.of("date"),
			PropertyType.ENUMERATION, List.of("select", "radio", MULTI_VALUE_FIELD_TYPE, "booleancheckbox"),
			PropertyType.BOOLEAN, List.of("booleancheckbox"),
			PropertyType.OWNER, List.of("select"), PropertyType.TEAM, List.of("select"));

	private DeskRules() {
	}

	/** The fieldTypes that fit {@code type}, its default first; empty for no type. */
	public static List<String> fieldTypes(PropertyType type) {
		return type == null ? List.of() : FIELD_TYPES.get(type);
	}

	/** The fieldType a property of {@code type} has when none is set. */
	public static String defaultFieldType(PropertyType type) {
		return type == null ? null : FIELD_TYPES.get(type).get(0);
	}

	/** The fieldType in effect: the one set, else the type's default. */
	public static String effectiveFieldType(PropertyType type, String fieldType) {
		return fieldType == null ? defaultFieldType(type) : fieldType;
	}

	/** Whether values of a property with this type and fieldType list several options. */
	public static boolean isMultiValued(PropertyType type, String fieldType) {
		return type == PropertyType.ENUMERATION && MULTI_VALUE_FIELD_TYPE.equals(effectiveFieldType(type, fieldType));
	}
}
