package org.pipedesk.automation.api;

import java.util.Map;

/**
 * A kind of trigger, registered as a DS service by the bundle that provides it. Rules name it by
 * {@code descriptor().id()}; when the service goes away, rules using it are unavailable (kept, not run) until it
 * comes back.
 */
public interface TriggerType {
	TypeDescriptor descriptor();

	/** A handler for a rule's parameters (already checked against the descriptor, defaults filled in). */
	TriggerHandler createHandler(Map<String, String> parameters);

	/** Decides whether an event fires the rule. Called inside the transaction of the change: quick, no side effects. */
	@FunctionalInterface
	interface TriggerHandler {
		boolean matches(AutomationEvent event);
	}
}
