package org.pipedesk.automation.api;

import java.time.Duration;

import org.pipedesk.core.api.Ticket;

/**
 * What an action runs for: the ticket as it is now, the event that fired the rule, the rule and pipeline, and the
 * time left before the engine's timeout for this action.
 *
 * @param idempotencyKey the same for every attempt of this action of this run (e.g. for webhook receivers)
 */
public record ActionContext(Ticket ticket, AutomationEvent event, String pipelineId, String ruleId, String actionId,
		String idempotencyKey, int attempt, Duration timeLeft) {
}
