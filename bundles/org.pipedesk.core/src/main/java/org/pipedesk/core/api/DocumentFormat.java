package org.pipedesk.core.api;

import java.util.Locale;

/** The forms in which the whole desk configuration is exported and imported. */
public enum DocumentFormat {
	/** XMI of the EMF desk model: the form in which versions are stored. */
	XMI,
	/** JSON with the model's names, references by id or name (see README, "Configuration documents"). */
	JSON;

	/** Parses a {@code format} parameter; null or blank means JSON. */
	public static DocumentFormat of(String name) {
		if (name == null || name.isBlank()) {
			return JSON;
		}
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new ValidationException("format", "document.format",
					"Unknown format '" + name + "': use json or xmi");
		}
	}
}
