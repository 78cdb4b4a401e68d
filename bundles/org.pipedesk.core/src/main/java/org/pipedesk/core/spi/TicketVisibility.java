package org.pipedesk.core.spi;

import java.util.Set;

/**
 * Which tickets a caller may see, as the store filters lists, searches and board columns: tickets of these
 * pipelines ({@code null}: every pipeline) whose owner is one of {@code ownerIds} ({@code null}: any owner), plus,
 * when {@code unassigned}, those without an owner. Owners are user ids as written in {@code hubspot_owner_id}.
 */
public record TicketVisibility(Set<String> pipelineIds, Set<String> ownerIds, boolean unassigned) {
	public static final TicketVisibility ALL = new TicketVisibility(null, null, true);

	public TicketVisibility {
		pipelineIds = pipelineIds == null ? null : Set.copyOf(pipelineIds);
		ownerIds = ownerIds == null ? null : Set.copyOf(ownerIds);
	}

	public boolean unrestricted() {
		return pipelineIds == null && ownerIds == null;
	}

	/** True when no ticket at all can match. */
	public boolean none() {
		return (pipelineIds != null && pipelineIds.isEmpty()) || (ownerIds != null && ownerIds.isEmpty() && !unassigned);
	}
}
