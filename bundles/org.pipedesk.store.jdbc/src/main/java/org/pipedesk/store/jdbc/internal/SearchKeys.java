package org.pipedesk.store.jdbc.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The indexed keys stored beside each property value: a prefix for equality, sorting and prefix search, and a
 * number for values that read as numbers, dates or date-times (core writes these in canonical form), so range
 * filters compare numbers, not strings.
 */
final class SearchKeys {
	static final int VALUE_KEY_LENGTH = 255;
	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,28}(\\.\\d{1,10})?");
	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
	private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*Z");

	private SearchKeys() {
	}

	static String valueKey(String value) {
		return value.length() <= VALUE_KEY_LENGTH ? value : value.substring(0, VALUE_KEY_LENGTH);
	}

	/** The numeric key of a value, or null when it does not read as a number, date or date-time. */
	static BigDecimal numericKey(String value) {
		try {
			if (NUMBER.matcher(value).matches()) {
				return new BigDecimal(value);
			}
			if (DATE.matcher(value).matches()) {
				return BigDecimal.valueOf(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
			}
			if (DATE_TIME.matcher(value).matches()) {
				return BigDecimal.valueOf(Instant.parse(value).toEpochMilli());
			}
		} catch (DateTimeParseException | NumberFormatException e) {
			return null;
		}
		return null;
	}
}
