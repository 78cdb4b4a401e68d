package org.pipedesk.core.api;

import java.util.List;

/**
 * A custom ticket property to define. Null fields take their defaults: fieldType the type's default, groupName
 * {@code ticketinformation}, displayOrder -1, hidden and formField false; a BOOLEAN without options gets
 * {@code true}/{@code false}. {@code hasUniqueValue} may only be false (unique values are not supported).
 */
public record NewProperty(String name, String label, String description, String groupName, PropertyType type,
		String fieldType, List<PropertyInfo.Option> options, Integer displayOrder, Boolean hidden, Boolean formField,
		Boolean hasUniqueValue) {
}
