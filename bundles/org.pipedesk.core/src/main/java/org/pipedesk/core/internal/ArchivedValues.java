package org.pipedesk.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pipedesk.core.api.Ticket;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.PropertyDefinition;

/**
 * Ticket reads leave out the values of archived properties, as HubSpot does. The values stay stored (archiving
 * keeps them), so they show again if the property comes back, e.g. by a configuration rollback.
 */
final class ArchivedValues {
	private ArchivedValues() {
	}

	static Ticket hide(Desk desk, Ticket ticket) {
		return hide(archivedNames(desk), ticket);
	}

	static List<Ticket> hide(Desk desk, List<Ticket> tickets) {
		Set<String> archived = archivedNames(desk);
		return archived.isEmpty() ? tickets : tickets.stream().map(t -> hide(archived, t)).toList();
	}

	/** {@code names} without the archived properties' (a value history of one is not shown either). */
	static List<String> visibleNames(Desk desk, List<String> names) {
		Set<String> archived = archivedNames(desk);
		return archived.isEmpty() ? names : names.stream().filter(n -> !archived.contains(n)).toList();
	}

	private static Ticket hide(Set<String> archived, Ticket ticket) {
		if (archived.isEmpty() || ticket.properties().keySet().stream().noneMatch(archived::contains)) {
			return ticket;
		}
		Map<String, String> visible = new LinkedHashMap<>(ticket.properties());
		visible.keySet().removeAll(archived);
		return new Ticket(ticket.id(), ticket.pipelineId(), ticket.statusId(), Collections.unmodifiableMap(visible), ticket.version(),
				ticket.createdAt(), ticket.updatedAt());
	}

	private static Set<String> archivedNames(Desk desk) {
		return desk.getProperties().stream().filter(PropertyDefinition::isArchived).map(PropertyDefinition::getName)
				.collect(Collectors.toUnmodifiableSet());
	}
}
