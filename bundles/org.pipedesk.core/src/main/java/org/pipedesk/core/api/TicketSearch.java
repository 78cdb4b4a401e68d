package org.pipedesk.core.api;

import java.util.List;

/**
 * A ticket search in HubSpot's shape: filter groups are OR-ed, the filters of a group AND-ed; {@code query}
 * matches words in the subject and content; {@code after} is the offset cursor of the previous page.
 */
public record TicketSearch(List<FilterGroup> filterGroups, List<Sort> sorts, String query, int limit, String after) {

	public record FilterGroup(List<Filter> filters) {
	}

	/** {@code operator} as HubSpot spells it: EQ, NEQ, LT, LTE, GT, GTE, BETWEEN, IN, NOT_IN, HAS_PROPERTY, ... */
	public record Filter(String propertyName, String operator, String value, String highValue, List<String> values) {
	}

	/** {@code direction} ASCENDING or DESCENDING. */
	public record Sort(String propertyName, String direction) {
	}
}
