package org.pipedesk.store.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.pipedesk.core.spi.TicketVisibility;

/**
 * The SQL that keeps a query to the tickets a caller may see (the ticket table aliased {@code t}). The owner is
 * checked through the owner's property row: one primary-key lookup per candidate ticket.
 */
final class VisibilitySql {
	private VisibilitySql() {
	}

	/** " AND ..." for {@code visibility} (empty when unrestricted), adding its parameters. */
	static String clause(TicketVisibility visibility, List<Object> parameters) {
		StringBuilder sql = new StringBuilder();
		if (visibility.pipelineIds() != null) {
			sql.append(" AND t.pipeline_id IN (").append(Sql.placeholders(visibility.pipelineIds().size())).append(')');
			parameters.addAll(visibility.pipelineIds());
		}
		if (visibility.ownerIds() != null) {
			String owner = "SELECT 1 FROM ticket_property o WHERE o.ticket_id = t.id AND o.prop_name = '"
					+ JdbcSecurityRecords.OWNER_PROPERTY + "'";
			String owned = visibility.ownerIds().isEmpty() ? null
					: "EXISTS (" + owner + " AND o.value_key IN (" + Sql.placeholders(visibility.ownerIds().size()) + "))";
			String unowned = visibility.unassigned() ? "NOT EXISTS (" + owner + ")" : null;
			sql.append(" AND (").append(owned == null ? unowned : unowned == null ? owned : owned + " OR " + unowned)
					.append(')');
			parameters.addAll(visibility.ownerIds());
		}
		return sql.toString();
	}


}
