package org.pipedesk.model.validation;

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
	public static final String ID_NOT_BLANK = "id.not-blank";
	public static final String ID_UNIQUE = "id.unique";
	public static final String ID_NEVER_REUSED = "id.never-reused";
	public static final String PROPERTY_NAME_FORMAT = "property.name-format";
	public static final String PROPERTY_NAME_UNIQUE = "property.name-unique";
	public static final String PROPERTY_TYPE_REQUIRED = "property.type-required";
	public static final String PROPERTY_OPTION_UNIQUE = "property.option-unique";

	private DeskRules() {
	}
}
