package org.pipedesk.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An automation rule of a pipeline: a trigger (type and parameters), an enabled flag, optional sources and an
 * ordered chain of actions. {@code available} is false while a type it names is missing on the server
 * ({@code missingTypes}); {@code problems} is the server's static check (e.g. a status deleted since).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutomationRule(String id, String label, boolean enabled, String triggerType,
		Map<String, String> triggerParameters, List<String> sources, List<Action> actions, boolean available,
		List<String> missingTypes, List<Problem> problems) {
	public AutomationRule {
		triggerParameters = triggerParameters == null ? Map.of() : Map.copyOf(triggerParameters);
		sources = sources == null ? List.of() : List.copyOf(sources);
		actions = actions == null ? List.of() : List.copyOf(actions);
		missingTypes = missingTypes == null ? List.of() : List.copyOf(missingTypes);
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	/** An action of the chain; {@code id} is the server's. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Action(String id, String actionType, Map<String, String> parameters, String comment) {
		public Action {
			parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
		}
	}

	/** A problem of the rule: where ({@code field}), which rule it breaks, and the server's message. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Problem(String field, String rule, String message) {
	}

	/**
	 * A rule as sent to create or replace one. Actions that carry the {@code id} of an existing action keep it;
	 * {@code enabled} null means enabled.
	 */
	public record Definition(String label, Boolean enabled, String triggerType, Map<String, String> triggerParameters,
			List<String> sources, List<Action> actions) {
	}

	/** This rule as a definition, to change some of it and send it back whole (PUT replaces). */
	public Definition definition() {
		return new Definition(label, enabled, triggerType, triggerParameters, sources, actions);
	}

	/** An action to add: at {@code position} (0-based), or at the end when null. */
	public record NewAction(String actionType, Map<String, String> parameters, String comment, Integer position) {
	}
}
