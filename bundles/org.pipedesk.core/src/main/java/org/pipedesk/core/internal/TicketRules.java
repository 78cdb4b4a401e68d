package org.pipedesk.core.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pipedesk.core.api.Violation;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.desk.StatusProperty;
import org.pipedesk.model.validation.DeskRules;

/**
 * The rules every ticket write passes, whatever the entry (API, batch, import, automation): property values fit
 * their definitions, and a ticket entering a status carries every property that status requires.
 */
final class TicketRules {
	static final int MAX_TEXT_LENGTH = 65_536;
	static final int MAX_MULTILINE_LENGTH = 1_000_000;

	private TicketRules() {
	}

	/**
	 * Checks written values against their definitions: the property exists, is writable and the value fits its
	 * type. An empty value means "clear" and is always allowed for a writable property.
	 */
	static void checkValues(Desk desk, Map<String, String> values, List<Violation> violations) {
		for (Map.Entry<String, String> entry : values.entrySet()) {
			String name = entry.getKey();
			String value = entry.getValue();
			PropertyDefinition definition = ModelViews.property(desk, name);
			if (definition == null) {
				violations.add(new Violation(name, "property.exists", "Property '" + name + "' does not exist"));
			} else if (definition.isArchived()) {
				violations.add(new Violation(name, "property.not-archived",
						"Property '" + name + "' is archived and cannot be written"));
			} else if (definition.isReadOnly() || definition.isCalculated()) {
				violations.add(new Violation(name, "property.writable",
						"Property '" + name + "' is " + (definition.isCalculated() ? "calculated" : "read-only")
								+ " and cannot be written"));
			} else if (value != null && !value.isEmpty()) {
				String problem = typeProblem(definition, value);
				if (problem != null) {
					violations.add(new Violation(name, "property.value-type",
							"Property '" + name + "': " + problem));
				}
			}
		}
	}

	/**
	 * Canonical forms for values that are compared and sorted: dates as yyyy-MM-dd, date-times as UTC ISO-8601
	 * with milliseconds (epoch milliseconds are accepted on input, as HubSpot does). Call after
	 * {@link #checkValues} found no problem.
	 */
	static Map<String, String> normalize(Desk desk, Map<String, String> values) {
		Map<String, String> normalized = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			PropertyDefinition definition = ModelViews.property(desk, name);
			normalized.put(name, definition == null || value == null || value.isEmpty() ? value
					: canonical(definition.getType(), value));
		});
		return normalized;
	}

	static String canonical(org.pipedesk.model.desk.PropertyType type, String value) {
		switch (type) {
		case DATE:
			return isEpochMillis(value)
					? Instant.ofEpochMilli(Long.parseLong(value)).atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString()
					: LocalDate.parse(value).toString();
		case DATETIME:
			Instant instant = isEpochMillis(value) ? Instant.ofEpochMilli(Long.parseLong(value)) : parseInstant(value);
			return ISO_MILLIS.format(instant);
		case NUMBER:
			return value.strip();
		default:
			return value;
		}
	}

	static final java.time.format.DateTimeFormatter ISO_MILLIS = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

	static Instant parseInstant(String value) {
		try {
			return Instant.parse(value);
		} catch (DateTimeParseException e) {
			return OffsetDateTime.parse(value).toInstant();
		}
	}

	/** Adds a violation for each property {@code status} requires that {@code values} lacks. */
	static void checkRequired(Status status, Map<String, String> values, List<Violation> violations) {
		List<String> missing = new ArrayList<>();
		for (StatusProperty statusProperty : status.getStatusProperties()) {
			String name = statusProperty.getProperty().getName();
			String value = values.get(name);
			if (statusProperty.isRequired() && (value == null || value.isBlank())) {
				missing.add(name);
			}
		}
		for (String name : missing) {
			violations.add(new Violation(name, "status.required-property", "Status '" + status.getLabel() + "' (id "
					+ status.getId() + ") requires property '" + name + "'; missing: " + String.join(", ", missing)));
		}
	}

	/** The values after applying {@code changes} (empty value = cleared). */
	static Map<String, String> merge(Map<String, String> current, Map<String, String> changes) {
		Map<String, String> merged = new LinkedHashMap<>(current);
		changes.forEach((name, value) -> {
			if (value == null || value.isEmpty()) {
				merged.remove(name);
			} else {
				merged.put(name, value);
			}
		});
		return merged;
	}

	private static String typeProblem(PropertyDefinition definition, String value) {
		switch (definition.getType()) {
		case TEXT:
			return value.length() > MAX_TEXT_LENGTH ? "at most " + MAX_TEXT_LENGTH + " characters" : null;
		case MULTILINE_TEXT:
			return value.length() > MAX_MULTILINE_LENGTH ? "at most " + MAX_MULTILINE_LENGTH + " characters" : null;
		case NUMBER:
			try {
				new BigDecimal(value.strip());
				return null;
			} catch (NumberFormatException e) {
				return "'" + abbreviate(value) + "' is not a number";
			}
		case DATE:
			return isDate(value) || isEpochMillis(value) ? null
					: "'" + abbreviate(value) + "' is not a date (yyyy-MM-dd or epoch milliseconds)";
		case DATETIME:
			return isDateTime(value) || isEpochMillis(value) ? null
					: "'" + abbreviate(value) + "' is not a date-time (ISO-8601 with offset, or epoch milliseconds)";
		case BOOLEAN:
			return "true".equals(value) || "false".equals(value) ? null : "'" + abbreviate(value) + "' is not true or false";
		case ENUMERATION:
			// A multi-valued (checkbox) enumeration holds several options separated by ';', as in HubSpot.
			List<String> chosen = DeskRules.isMultiValued(definition.getType(), definition.getFieldType())
					? List.of(value.split(DeskRules.MULTI_VALUE_SEPARATOR, -1))
					: List.of(value);
			List<String> unknown = chosen.stream()
					.filter(v -> definition.getOptions().stream().noneMatch(o -> o.getValue().equals(v))).toList();
			return unknown.isEmpty() ? null
					: "'" + abbreviate(String.join(DeskRules.MULTI_VALUE_SEPARATOR, unknown))
							+ "' is not one of its options: " + String.join(", ",
									definition.getOptions().stream().map(o -> o.getValue()).toList());
		case OWNER:
			return value.length() > 100 ? "an owner id has at most 100 characters" : null;
		case TEAM:
			return value.length() > 100 ? "a team id has at most 100 characters" : null;
		default:
			return null;
		}
	}

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}

	private static boolean isDateTime(String value) {
		try {
			Instant.parse(value);
			return true;
		} catch (DateTimeParseException e) {
			try {
				OffsetDateTime.parse(value);
				return true;
			} catch (DateTimeParseException e2) {
				return false;
			}
		}
	}

	static boolean isEpochMillis(String value) {
		return value.matches("-?\\d{1,15}");
	}

	private static String abbreviate(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "...";
	}
}
