package org.pipedesk.core.api;

import java.time.Instant;
import java.util.List;

/** A status (HubSpot: stage) of a pipeline, as read. */
public record StatusInfo(String id, String pipelineId, String label, int displayOrder, TicketState ticketState,
		Instant createdAt, Instant updatedAt, List<StatusPropertyInfo> statusProperties) {
}
