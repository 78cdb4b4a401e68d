package org.pipedesk.store.jdbc.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.pipedesk.core.spi.TicketQuery;
import org.pipedesk.core.spi.TicketVisibility;
import org.pipedesk.core.spi.TicketQuery.Column;
import org.pipedesk.core.spi.TicketQuery.Condition;
import org.pipedesk.core.spi.TicketQuery.Operator;
import org.pipedesk.core.spi.TicketQuery.Order;

/**
 * SQL for a ticket search, portable between H2 and PostgreSQL. Property conditions are {@code t.id [NOT] IN
 * (subquery on ticket_property)} so the database can drive them from the (prop_name, value_key | num_value)
 * indexes instead of probing every ticket. Every value is a bind parameter.
 */
final class TicketSearchSql {
	private final TicketQuery query;
	private final StringBuilder where = new StringBuilder();
	private final List<Object> whereParameters = new ArrayList<>();
	private final StringBuilder joins = new StringBuilder();
	private final List<Object> joinParameters = new ArrayList<>();
	private final StringBuilder orderBy = new StringBuilder();
	/** Set when the search has the shape the (property, status, value) index answers alone. */
	private String countShortcut;
	private List<Object> countShortcutParameters;
	private String pageShortcut;

	private final TicketVisibility visibility;

	TicketSearchSql(TicketQuery query) {
		this(query, TicketVisibility.ALL);
	}

	TicketSearchSql(TicketQuery query, TicketVisibility visibility) {
		this.query = query;
		this.visibility = visibility;
		buildWhere();
		buildOrder();
	}

	String countSql() {
		return countShortcut != null ? countShortcut : "SELECT COUNT(*) FROM ticket t" + where;
	}

	String pageSql() {
		return pageShortcut != null ? pageShortcut
				: "SELECT t.id FROM ticket t" + joins + where + orderBy + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
	}

	void bindCount(PreparedStatement ps) throws SQLException {
		Sql.bindAll(ps, countShortcut != null ? countShortcutParameters : whereParameters, 1);
	}

	void bindPage(PreparedStatement ps) throws SQLException {
		int next = pageShortcut != null ? Sql.bindAll(ps, countShortcutParameters, 1)
				: Sql.bindAll(ps, whereParameters, Sql.bindAll(ps, joinParameters, 1));
		ps.setInt(next, query.offset());
		ps.setInt(next + 1, query.limit());
	}


	private void buildWhere() {
		List<String> groups = new ArrayList<>();
		for (List<Condition> group : query.groups()) {
			List<String> statuses = statusScope(group);
			List<String> conditions = new ArrayList<>();
			for (Condition condition : group) {
				conditions.add(condition.column() != null ? columnCondition(condition)
						: propertyCondition(condition, statuses));
			}
			if (!conditions.isEmpty()) {
				groups.add("(" + String.join(" AND ", conditions) + ")");
			}
		}
		List<String> clauses = new ArrayList<>();
		if (!groups.isEmpty()) {
			clauses.add("(" + String.join(" OR ", groups) + ")");
		}
		if (query.text() != null && !query.text().isBlank() && !query.textProperties().isEmpty()) {
			clauses.add("t.id IN (SELECT p.ticket_id FROM ticket_property p WHERE p.prop_name IN ("
					+ Sql.placeholders(query.textProperties().size()) + ") AND LOWER(p.prop_value) LIKE ? ESCAPE '\\')");
			whereParameters.addAll(query.textProperties());
			whereParameters.add("%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
		}
		List<Object> visibilityParameters = new ArrayList<>();
		String visible = VisibilitySql.clause(visibility, visibilityParameters);
		if (!visible.isEmpty()) {
			clauses.add(visible.substring(" AND ".length()));
			whereParameters.addAll(visibilityParameters);
		}
		if (!clauses.isEmpty()) {
			where.append(" WHERE ").append(String.join(" AND ", clauses));
		}
		buildCountShortcut();
	}

	/** The statuses a group is limited to by a status EQ/IN condition, or null. */
	private static List<String> statusScope(List<Condition> group) {
		for (Condition c : group) {
			if (c.column() == Column.STATUS && (c.operator() == Operator.EQ || c.operator() == Operator.IN)) {
				return c.texts();
			}
		}
		return null;
	}

	/**
	 * "Tickets of one status with one property condition" (a list view's filter, a board column's filter) is
	 * counted from the (property, status, value) index alone: each ticket has one row per property.
	 */
	private void buildCountShortcut() {
		// the shortcut reads the property index alone, which knows nothing of who may see a ticket
		if (query.groups().size() != 1 || (query.text() != null && !query.text().isBlank())
				|| !visibility.unrestricted()) {
			return;
		}
		List<Condition> group = query.groups().get(0);
		if (group.size() != 2) {
			return;
		}
		Condition status = group.stream().filter(c -> c.column() == Column.STATUS && c.operator() == Operator.EQ)
				.findFirst().orElse(null);
		Condition property = group.stream().filter(c -> c.column() == null).findFirst().orElse(null);
		if (status == null || property == null || negated(property.operator())) {
			return;
		}
		List<Object> parameters = new ArrayList<>(List.of(property.propertyName(), status.texts().get(0)));
		String filter = propertyFilter(property, parameters);
		countShortcut = "SELECT COUNT(*) FROM ticket_property p WHERE p.prop_name = ? AND p.status_id = ?" + filter;
		countShortcutParameters = parameters;
		// With an equality on the value, the index also lists the matching tickets in id order: the default order.
		boolean idOrder = query.orders().isEmpty() || (query.orders().size() == 1
				&& query.orders().get(0).column() == Column.ID && !query.orders().get(0).descending());
		if (property.operator() == Operator.EQ && idOrder) {
			String key = property.numeric() ? "p.num_value" : "p.value_key";
			pageShortcut = "SELECT p.ticket_id FROM ticket_property p WHERE p.prop_name = ? AND p.status_id = ?" + filter
					+ " ORDER BY p.prop_name, p.status_id, " + key + ", p.ticket_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
		}
	}

	private String columnCondition(Condition c) {
		String column = switch (c.column()) {
		case ID -> "t.id";
		case PIPELINE -> "t.pipeline_id";
		case STATUS -> "t.status_id";
		case CREATED_AT -> "t.created_at";
		case UPDATED_AT -> "t.updated_at";
		};
		List<Object> values = new ArrayList<>();
		if (c.numeric()) {
			for (BigDecimal number : c.numbers()) {
				values.add(c.column() == Column.ID ? (Object) number.longValueExact()
						: OffsetDateTime.ofInstant(Instant.ofEpochMilli(number.longValue()), ZoneOffset.UTC));
			}
		} else {
			values.addAll(c.texts());
		}
		return switch (c.operator()) {
		case HAS_PROPERTY -> "1 = 1";
		case NOT_HAS_PROPERTY -> "1 = 0";
		case CONTAINS_TOKEN, NOT_CONTAINS_TOKEN -> {
			whereParameters.add(likePattern(c.texts().get(0)));
			yield (c.operator() == Operator.NOT_CONTAINS_TOKEN ? "NOT " : "") + "LOWER(" + column + ") LIKE ? ESCAPE '\\'";
		}
		default -> comparison(column, c.operator(), values, whereParameters);
		};
	}

	private static boolean negated(Operator operator) {
		return operator == Operator.NEQ || operator == Operator.NOT_IN || operator == Operator.NOT_HAS_PROPERTY
				|| operator == Operator.NOT_CONTAINS_TOKEN;
	}

	/** {@code statuses}: the group's status scope, which narrows the subquery to the (property, status) index range. */
	private String propertyCondition(Condition c, List<String> statuses) {
		StringBuilder subquery = new StringBuilder("SELECT p.ticket_id FROM ticket_property p WHERE p.prop_name = ?");
		whereParameters.add(c.propertyName());
		if (statuses != null) {
			subquery.append(" AND p.status_id IN (").append(Sql.placeholders(statuses.size())).append(")");
			whereParameters.addAll(statuses);
		}
		subquery.append(propertyFilter(c, whereParameters));
		return "t.id " + (negated(c.operator()) ? "NOT IN" : "IN") + " (" + subquery + ")";
	}

	/** The part of a property subquery that tests the value (positive form; negation is the caller's). */
	private String propertyFilter(Condition c, List<Object> parameters) {
		return switch (c.operator()) {
		case HAS_PROPERTY, NOT_HAS_PROPERTY -> "";
		case CONTAINS_TOKEN, NOT_CONTAINS_TOKEN -> {
			parameters.add(likePattern(c.texts().get(0)));
			yield " AND LOWER(p.prop_value) LIKE ? ESCAPE '\\'";
		}
		default -> {
			Operator positive = switch (c.operator()) {
			case NEQ -> Operator.EQ;
			case NOT_IN -> Operator.IN;
			default -> c.operator();
			};
			List<Object> values = c.numeric() ? new ArrayList<>(c.numbers())
					: new ArrayList<>(c.texts().stream().map(SearchKeys::valueKey).toList());
			yield " AND " + comparison(c.numeric() ? "p.num_value" : "p.value_key", positive, values, parameters);
		}
		};
	}

	private String comparison(String expression, Operator operator, List<Object> values, List<Object> parameters) {
		String sql = switch (operator) {
		case EQ -> expression + " = ?";
		case NEQ -> expression + " <> ?";
		case LT -> expression + " < ?";
		case LTE -> expression + " <= ?";
		case GT -> expression + " > ?";
		case GTE -> expression + " >= ?";
		case BETWEEN -> expression + " BETWEEN ? AND ?";
		case IN -> expression + " IN (" + Sql.placeholders(values.size()) + ")";
		case NOT_IN -> expression + " NOT IN (" + Sql.placeholders(values.size()) + ")";
		default -> throw new IllegalArgumentException("Not a comparison: " + operator);
		};
		parameters.addAll(values);
		return sql;
	}

	private void buildOrder() {
		List<String> keys = new ArrayList<>();
		boolean lastDescending = false;
		int joined = 0;
		for (Order order : query.orders()) {
			String direction = order.descending() ? " DESC" : " ASC";
			lastDescending = order.descending();
			if (order.column() != null) {
				String column = switch (order.column()) {
				case ID -> "t.id";
				case PIPELINE -> "t.pipeline_id";
				case STATUS -> "t.status_id";
				case CREATED_AT -> "t.created_at";
				case UPDATED_AT -> "t.updated_at";
				};
				keys.add(column + direction);
			} else {
				String alias = "s" + joined++;
				joins.append(" LEFT JOIN ticket_property ").append(alias).append(" ON ").append(alias)
						.append(".ticket_id = t.id AND ").append(alias).append(".prop_name = ?");
				joinParameters.add(order.propertyName());
				keys.add(alias + (order.numeric() ? ".num_value" : ".value_key") + direction + " NULLS LAST");
			}
		}
		// The id last keeps the order total, so offset pages neither repeat nor skip tickets.
		keys.add("t.id" + (lastDescending ? " DESC" : " ASC"));
		orderBy.append(" ORDER BY ").append(String.join(", ", keys));
	}

	/** HubSpot token patterns: * is a wildcard; without one the token may stand anywhere in the value. */
	private static String likePattern(String token) {
		String escaped = escapeLike(token.toLowerCase(Locale.ROOT)).replace("*", "%");
		return escaped.contains("%") ? escaped : "%" + escaped + "%";
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
