package org.pipedesk.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The server's ISO-8601 instants as the views show them: local date and time. */
final class Times {
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	private Times() {
	}

	/** The instant, or null when absent or not one. */
	static Instant parse(String iso) {
		try {
			return iso == null ? null : Instant.parse(iso);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** Local date and time; the text as it came when it is not an instant. */
	static String shown(String iso) {
		Instant at = parse(iso);
		return at == null ? (iso == null ? "" : iso) : SHOWN.format(at);
	}
}
