package org.pipedesk.core.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pipedesk.core.api.TicketSearch;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.TicketQuery;
import org.pipedesk.core.spi.TicketQuery.Column;
import org.pipedesk.core.spi.TicketQuery.Condition;
import org.pipedesk.core.spi.TicketQuery.Operator;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.PropertyType;

/**
 * Turns a HubSpot-style search into a store query: resolves property names and types, parses values, and applies
 * HubSpot's limits (5 filter groups, 6 filters per group, 18 in all, 200 per page, 10,000 results reachable).
 * Every problem is reported, with the JSON path of the offending field.
 */
final class TicketSearchPlanner {
	static final int MAX_GROUPS = 5;
	static final int MAX_FILTERS_PER_GROUP = 6;
	static final int MAX_FILTERS = 18;
	static final int MAX_LIMIT = 200;
	static final int MAX_RESULTS = 10_000;
	static final int MAX_SORTS = 3;
	/** Properties the free-text {@code query} looks in. */
	static final List<String> TEXT_PROPERTIES = List.of("subject", "content");

	private record Field(Column column, String propertyName, PropertyType type) {
		boolean numeric() {
			return column == Column.ID || column == Column.CREATED_AT || column == Column.UPDATED_AT
					|| type == PropertyType.NUMBER || type == PropertyType.DATE || type == PropertyType.DATETIME;
		}
	}

	private static final Map<String, Column> COLUMNS = Map.of("hs_object_id", Column.ID, "hs_pipeline",
			Column.PIPELINE, "hs_pipeline_stage", Column.STATUS, "createdate", Column.CREATED_AT,
			"hs_lastmodifieddate", Column.UPDATED_AT);

	private final Desk desk;
	private final List<Violation> violations = new ArrayList<>();

	private TicketSearchPlanner(Desk desk) {
		this.desk = desk;
	}

	static TicketQuery plan(Desk desk, TicketSearch search) {
		return new TicketSearchPlanner(desk).plan(search);
	}

	private TicketQuery plan(TicketSearch search) {
		int limit = search.limit();
		if (limit < 1 || limit > MAX_LIMIT) {
			violations.add(new Violation("limit", "search.limit", "'limit' must be between 1 and " + MAX_LIMIT));
		}
		int offset = 0;
		if (search.after() != null && !search.after().isBlank()) {
			try {
				offset = Integer.parseInt(search.after().strip());
				if (offset < 0) {
					throw new NumberFormatException();
				}
			} catch (NumberFormatException e) {
				violations.add(new Violation("after", "paging.cursor", "'after' must be the cursor returned with the previous page"));
			}
		}
		if (offset + Math.max(limit, 0) > MAX_RESULTS) {
			violations.add(new Violation("after", "search.max-results",
					"A search reaches at most the first " + MAX_RESULTS + " results; narrow the filters"));
		}
		List<TicketSearch.FilterGroup> groups = search.filterGroups() == null ? List.of() : search.filterGroups();
		if (groups.size() > MAX_GROUPS) {
			violations.add(new Violation("filterGroups", "search.max-filter-groups",
					"At most " + MAX_GROUPS + " filter groups"));
		}
		int total = 0;
		List<List<Condition>> planned = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			List<TicketSearch.Filter> filters = groups.get(g).filters() == null ? List.of() : groups.get(g).filters();
			if (filters.size() > MAX_FILTERS_PER_GROUP) {
				violations.add(new Violation("filterGroups[" + g + "].filters", "search.max-filters-per-group",
						"At most " + MAX_FILTERS_PER_GROUP + " filters in a group"));
			}
			total += filters.size();
			List<Condition> conditions = new ArrayList<>();
			for (int f = 0; f < filters.size(); f++) {
				Condition condition = condition("filterGroups[" + g + "].filters[" + f + "]", filters.get(f));
				if (condition != null) {
					conditions.add(condition);
				}
			}
			planned.add(conditions);
		}
		if (total > MAX_FILTERS) {
			violations.add(new Violation("filterGroups", "search.max-filters", "At most " + MAX_FILTERS + " filters in all"));
		}
		List<TicketQuery.Order> orders = new ArrayList<>();
		List<TicketSearch.Sort> sorts = search.sorts() == null ? List.of() : search.sorts();
		if (sorts.size() > MAX_SORTS) {
			violations.add(new Violation("sorts", "search.max-sorts", "At most " + MAX_SORTS + " sorts"));
		}
		for (int s = 0; s < sorts.size(); s++) {
			TicketSearch.Sort sort = sorts.get(s);
			Field field = field("sorts[" + s + "].propertyName", sort.propertyName());
			String direction = sort.direction() == null ? "ASCENDING" : sort.direction().toUpperCase(Locale.ROOT);
			if (!direction.equals("ASCENDING") && !direction.equals("DESCENDING")) {
				violations.add(new Violation("sorts[" + s + "].direction", "search.sort-direction",
						"direction must be ASCENDING or DESCENDING"));
			}
			if (field != null) {
				orders.add(new TicketQuery.Order(field.column(), field.propertyName(), field.numeric(),
						direction.equals("DESCENDING")));
			}
		}
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
		return new TicketQuery(planned, orders, TEXT_PROPERTIES, search.query(), limit, offset);
	}

	private Field field(String path, String name) {
		if (name == null || name.isBlank()) {
			violations.add(new Violation(path, "search.property-required", "propertyName is required"));
			return null;
		}
		Column column = COLUMNS.get(name);
		if (column != null) {
			return new Field(column, null, null);
		}
		PropertyDefinition definition = ModelViews.property(desk, name);
		if (definition == null) {
			violations.add(new Violation(path, "search.property-exists", "Property '" + name + "' does not exist"));
			return null;
		}
		return new Field(null, name, definition.getType());
	}

	private Condition condition(String path, TicketSearch.Filter filter) {
		Field field = field(path + ".propertyName", filter.propertyName());
		Operator operator;
		try {
			operator = Operator.valueOf(String.valueOf(filter.operator()).toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			violations.add(new Violation(path + ".operator", "search.operator",
					"Unknown operator '" + filter.operator() + "'; use one of " + List.of(Operator.values())));
			return null;
		}
		List<String> texts = switch (operator) {
		case HAS_PROPERTY, NOT_HAS_PROPERTY -> List.of();
		case BETWEEN -> required(path, filter.value(), "value") && required(path, filter.highValue(), "highValue")
				? List.of(filter.value(), filter.highValue())
				: null;
		case IN, NOT_IN -> {
			if (filter.values() == null || filter.values().isEmpty() || filter.values().size() > 100) {
				violations.add(new Violation(path + ".values", "search.values-required",
						operator + " needs 'values' with 1 to 100 entries"));
				yield null;
			}
			yield filter.values();
		}
		default -> required(path, filter.value(), "value") ? List.of(filter.value()) : null;
		};
		if (field == null || texts == null) {
			return null;
		}
		boolean token = operator == Operator.CONTAINS_TOKEN || operator == Operator.NOT_CONTAINS_TOKEN;
		boolean numeric = field.numeric() && !token;
		if (token && field.column() != null && field.column() != Column.PIPELINE && field.column() != Column.STATUS) {
			violations.add(new Violation(path + ".operator", "search.operator-type",
					operator + " applies to text properties, not to " + filter.propertyName()));
			return null;
		}
		List<BigDecimal> numbers = new ArrayList<>();
		if (numeric) {
			for (String text : texts) {
				BigDecimal number = number(field, text);
				if (number == null) {
					violations.add(new Violation(path + ".value", "search.value-type", "'" + text + "' is not a valid "
							+ (field.type() == null ? "value" : field.type().getName().toLowerCase(Locale.ROOT))
							+ " for " + filter.propertyName()));
					return null;
				}
				numbers.add(number);
			}
		}
		return new Condition(field.column(), field.propertyName(), operator, numeric, texts, numbers);
	}

	private boolean required(String path, String value, String name) {
		if (value == null) {
			violations.add(new Violation(path + "." + name, "search.value-required", "'" + name + "' is required"));
			return false;
		}
		return true;
	}

	/** Numbers as they are; dates and date-times (and createdate, hs_lastmodifieddate) as epoch milliseconds. */
	private static BigDecimal number(Field field, String text) {
		String value = text.strip();
		try {
			if (field.column() == Column.ID || field.type() == PropertyType.NUMBER) {
				return new BigDecimal(value);
			}
			if (TicketRules.isEpochMillis(value)) {
				return new BigDecimal(value);
			}
			if (field.type() == PropertyType.DATE && value.length() == 10) {
				return BigDecimal.valueOf(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
			}
			Instant instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
					: TicketRules.parseInstant(value);
			return BigDecimal.valueOf(instant.toEpochMilli());
		} catch (NumberFormatException | DateTimeParseException e) {
			return null;
		}
	}
}
