package org.pipedesk.core.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.core.spi.TicketQuery;
import org.pipedesk.core.spi.TicketQuery.Column;
import org.pipedesk.core.spi.TicketQuery.Condition;
import org.pipedesk.core.spi.TicketQuery.Operator;
import org.pipedesk.core.spi.TicketQueryResult;
import org.pipedesk.core.spi.TicketVisibility;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.PropertyType;
import org.pipedesk.model.desk.Status;

/**
 * The store's kept ticket counts per (property, status, value), in one place: which properties are counted, keeping
 * the store told (every configuration change and each start), and answering a search's {@code total} from them
 * when that is provably what counting the matches would give. HubSpot returns exact totals; counting walks every
 * matching index entry (about 83,000 for a status and a priority at a million tickets), the counts read a few rows.
 */
final class ValueCounts {
	/**
	 * Types whose values come from a bounded set (options, true/false, users, teams): one count per value and
	 * status stays small. Free text, numbers and dates are never counted.
	 */
	static final Set<PropertyType> COUNTED_TYPES = EnumSet.of(PropertyType.ENUMERATION, PropertyType.BOOLEAN,
			PropertyType.OWNER, PropertyType.TEAM);

	private ValueCounts() {
	}

	/**
	 * The counted properties of {@code desk}: those of a counted type, archived ones too (their values stay stored
	 * and still move and go with their tickets, so archiving needs no recount).
	 */
	static Set<String> countedProperties(Desk desk) {
		Set<String> names = new TreeSet<>();
		for (PropertyDefinition property : desk.getProperties()) {
			if (COUNTED_TYPES.contains(property.getType())) {
				names.add(property.getName());
			}
		}
		return names;
	}

	/** Tells the store the counted properties of {@code desk} (at start: the store may not know them yet). */
	static void keep(StoreTransaction tx, Desk desk) {
		tx.keepValueCounts(countedProperties(desk));
	}

	/**
	 * After a configuration change from {@code before} to {@code after}, in its transaction: a property that became
	 * counted (a new type, or back by a rollback with values stored) is counted from its stored values, one that
	 * stopped has its counts dropped. Option changes need nothing: counts are per stored value, which they leave as
	 * they are.
	 */
	static void follow(StoreTransaction tx, Desk before, Desk after) {
		Set<String> counted = countedProperties(after);
		if (!counted.equals(countedProperties(before))) {
			tx.keepValueCounts(counted);
		}
	}

	/** The search's page and total, the total from the kept counts when {@link #countedTotal} allows it. */
	static TicketQueryResult search(StoreTransaction tx, Desk desk, TicketQuery query, TicketVisibility visibility) {
		CountedTotal counted = countedTotal(desk, query, visibility);
		if (counted == null) {
			return tx.searchTickets(query, visibility);
		}
		long total = counted.statusIds() != null && counted.statusIds().isEmpty() ? 0
				: tx.countTicketsWithValue(counted.propertyName(), counted.value(), counted.statusIds());
		if (total <= query.offset()) {
			return new TicketQueryResult(total, List.of());
		}
		return new TicketQueryResult(total, tx.searchPage(query, visibility));
	}

	/** "Tickets of these statuses ({@code null}: all) holding this value of this counted property". */
	record CountedTotal(String propertyName, String value, Set<String> statusIds) {
	}

	/**
	 * The counts that give the search's total, or null when only counting the matches does. Allowed: one filter
	 * group of exactly one EQ on a counted property, optionally with one {@code hs_pipeline_stage} EQ and one
	 * {@code hs_pipeline} EQ (a ticket's status always belongs to its pipeline: statuses never change pipeline), no
	 * free-text {@code query}, and a caller who sees every ticket of the statuses left (no owner or team limit; a
	 * pipeline limit narrows the statuses to those of the pipelines they may view).
	 */
	static CountedTotal countedTotal(Desk desk, TicketQuery query, TicketVisibility visibility) {
		if (visibility.ownerIds() != null || (query.text() != null && !query.text().isBlank())
				|| query.groups().size() != 1) {
			return null;
		}
		Set<String> counted = countedProperties(desk);
		Condition property = null;
		String statusId = null;
		String pipelineId = null;
		for (Condition condition : query.groups().get(0)) {
			if (condition.operator() != Operator.EQ || condition.numeric() || condition.texts().size() != 1) {
				return null;
			}
			if (condition.column() == null && property == null && counted.contains(condition.propertyName())) {
				property = condition;
			} else if (condition.column() == Column.STATUS && statusId == null) {
				statusId = condition.texts().get(0);
			} else if (condition.column() == Column.PIPELINE && pipelineId == null) {
				pipelineId = condition.texts().get(0);
			} else {
				return null;
			}
		}
		if (property == null) {
			return null;
		}
		Set<String> statuses = statusId == null ? null : Set.of(statusId);
		if (pipelineId != null) {
			String id = pipelineId;
			Pipeline pipeline = desk.getPipelines().stream().filter(p -> p.getId().equals(id)).findFirst().orElse(null);
			if (pipeline == null) {
				return null; // not the desk's: leave it to the count
			}
			statuses = narrow(statuses, statusIds(List.of(pipeline)));
		}
		if (visibility.pipelineIds() != null) {
			statuses = narrow(statuses, statusIds(
					desk.getPipelines().stream().filter(p -> visibility.pipelineIds().contains(p.getId())).toList()));
		}
		return new CountedTotal(property.propertyName(), property.texts().get(0), statuses);
	}

	private static Set<String> statusIds(Collection<Pipeline> pipelines) {
		Set<String> ids = new HashSet<>();
		pipelines.forEach(p -> p.getStatuses().stream().map(Status::getId).forEach(ids::add));
		return ids;
	}

	private static Set<String> narrow(Set<String> statuses, Set<String> allowed) {
		if (statuses == null) {
			return allowed;
		}
		Set<String> both = new HashSet<>(statuses);
		both.retainAll(allowed);
		return both;
	}
}
