package org.pipedesk.core.api;

import java.time.Instant;

/**
 * One recorded change of a ticket: a property value ({@code propertyName} is the property, or
 * {@code hs_pipeline_stage} / {@code hs_pipeline} for status and pipeline moves), with the value before and after
 * (null when absent), who made it and when. Creation records each initial value with a null old value.
 */
public record TicketHistoryEntry(long id, long ticketId, String propertyName, String oldValue, String newValue,
		String actor, Instant occurredAt) {
}
