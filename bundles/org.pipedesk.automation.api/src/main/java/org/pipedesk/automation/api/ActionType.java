package org.pipedesk.automation.api;

import java.util.Map;

/**
 * A kind of action, registered as a DS service by the bundle that provides it. Rules name it by
 * {@code descriptor().id()}; when the service goes away, rules using it are unavailable (kept, not run) until it
 * comes back.
 */
public interface ActionType {
	TypeDescriptor descriptor();

	/** A handler for an action's parameters (already checked against the descriptor, defaults filled in). */
	ActionHandler createHandler(Map<String, String> parameters);
}
