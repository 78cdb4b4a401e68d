package org.pipedesk.core.api;

import java.time.Instant;
import java.util.List;

/**
 * A ticket property definition, as read.
 *
 * @param fieldType   how the property is edited (HubSpot's fieldType), the type's default when none was set
 * @param displayOrder position among the properties, lower first, -1 after all others
 * @param builtIn     shipped with Pipedesk (HubSpot's hubspotDefined): cannot be archived, its type is fixed
 * @param archived    not listed by default and not writable on tickets; stored values are kept
 */
public record PropertyInfo(String name, String label, String description, String groupName, PropertyType type,
		String fieldType, List<Option> options, int displayOrder, boolean hidden, boolean formField, boolean readOnly,
		boolean calculated, boolean builtIn, boolean archived, Instant createdAt, Instant updatedAt,
		Instant archivedAt) {

	public record Option(String value, String label, int displayOrder, boolean hidden) {
	}
}
