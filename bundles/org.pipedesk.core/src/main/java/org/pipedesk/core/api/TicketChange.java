package org.pipedesk.core.api;

import java.util.Map;

/**
 * A change of a ticket. Null pipeline/status keep the current ones; a property mapped to an empty string is
 * cleared. {@code expectedVersion}, when given, must be the ticket's current version or the change is refused.
 */
public record TicketChange(String pipelineId, String statusId, Map<String, String> properties, Long expectedVersion) {
}
