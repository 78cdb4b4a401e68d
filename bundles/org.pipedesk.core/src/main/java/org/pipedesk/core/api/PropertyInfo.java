package org.pipedesk.core.api;

import java.util.List;

/** A ticket property definition. */
public record PropertyInfo(String name, String label, String description, String groupName, PropertyType type,
		List<Option> options, boolean readOnly, boolean calculated, boolean builtIn) {

	public record Option(String value, String label, int displayOrder, boolean hidden) {
	}
}
