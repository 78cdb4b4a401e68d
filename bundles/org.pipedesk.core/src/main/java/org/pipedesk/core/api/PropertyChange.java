package org.pipedesk.core.api;

import java.util.List;

/**
 * A partial change of a property definition: null fields stay as they are; {@code options}, when given, replace
 * the whole list. A changed type without a fieldType takes the new type's default fieldType.
 */
public record PropertyChange(String label, String description, String groupName, PropertyType type,
		String fieldType, List<PropertyInfo.Option> options, Integer displayOrder, Boolean hidden, Boolean formField,
		Boolean hasUniqueValue) {
}
