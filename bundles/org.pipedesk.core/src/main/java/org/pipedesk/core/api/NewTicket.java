package org.pipedesk.core.api;

import java.util.Map;

/** What is needed to create a ticket; a null pipeline means the default pipeline. */
public record NewTicket(String pipelineId, String statusId, Map<String, String> properties) {
}
