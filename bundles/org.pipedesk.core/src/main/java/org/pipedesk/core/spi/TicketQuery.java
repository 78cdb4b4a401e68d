package org.pipedesk.core.spi;

import java.math.BigDecimal;
import java.util.List;

/**
 * A search as the store runs it: core has resolved property names, types and values. Groups are OR-ed, the
 * conditions of a group AND-ed.
 */
public record TicketQuery(List<List<Condition>> groups, List<Order> orders, List<String> textProperties, String text,
		int limit, int offset) {

	/** Ticket fields that are columns, not properties. */
	public enum Column {
		ID, PIPELINE, STATUS, CREATED_AT, UPDATED_AT
	}

	public enum Operator {
		EQ, NEQ, LT, LTE, GT, GTE, BETWEEN, IN, NOT_IN, HAS_PROPERTY, NOT_HAS_PROPERTY, CONTAINS_TOKEN, NOT_CONTAINS_TOKEN
	}

	/**
	 * A condition on a column ({@code column} set) or a property ({@code propertyName} set). Numeric conditions
	 * (numbers, dates and date-times as epoch milliseconds, ticket ids) compare {@code numbers}; others compare
	 * {@code texts} (CONTAINS_TOKEN: lower-case patterns with * as wildcard).
	 */
	public record Condition(Column column, String propertyName, Operator operator, boolean numeric, List<String> texts,
			List<BigDecimal> numbers) {
	}

	public record Order(Column column, String propertyName, boolean numeric, boolean descending) {
	}
}
