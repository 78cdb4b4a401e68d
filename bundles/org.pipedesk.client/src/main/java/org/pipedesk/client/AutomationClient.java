package org.pipedesk.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The automation part of the API ({@code /pipedesk/v1/automation}): the trigger and action types with their
 * parameter descriptors, a pipeline's rules and the editing of their action chains, the Automate settings
 * (status chains, status update triggers) and the email templates. Every change is one configuration version on
 * the server, checked against the types' descriptors: a refusal is a {@link PipedeskException} with the server's
 * message and each problem. Obtained from {@link PipedeskClient#automation()}; blocking calls, like the client's.
 */
public final class AutomationClient {
	private static final String AUTOMATION = "/pipedesk/v1/automation/";
	private static final String TEMPLATES = AUTOMATION + "templates";

	private final PipedeskClient http;

	AutomationClient(PipedeskClient http) {
		this.http = http;
	}

	// --- types

	public List<AutomationType> triggerTypes() {
		return http.list(get(AUTOMATION + "trigger-types"), AutomationType.class);
	}

	public List<AutomationType> actionTypes() {
		return http.list(get(AUTOMATION + "action-types"), AutomationType.class);
	}

	// --- rules

	public List<AutomationRule> rules(String pipelineId) {
		return http.list(get(rulesPath(pipelineId)), AutomationRule.class);
	}

	public AutomationRule rule(String pipelineId, String ruleId) {
		return rule(get(rulePath(pipelineId, ruleId)));
	}

	public AutomationRule createRule(String pipelineId, AutomationRule.Definition rule) {
		return rule(http.send("POST", rulesPath(pipelineId), rule, null).body());
	}

	/** Replaces the rule: trigger, flags and the whole chain (actions naming an existing id keep it). */
	public AutomationRule replaceRule(String pipelineId, String ruleId, AutomationRule.Definition rule) {
		return rule(http.send("PUT", rulePath(pipelineId, ruleId), rule, null).body());
	}

	public void deleteRule(String pipelineId, String ruleId) {
		http.send("DELETE", rulePath(pipelineId, ruleId), null, null);
	}

	// --- editing a chain; each answers the rule as it is now

	public AutomationRule addAction(String pipelineId, String ruleId, AutomationRule.NewAction action) {
		return rule(http.send("POST", rulePath(pipelineId, ruleId) + "/actions", newAction(action), null).body());
	}

	/** Changes an action's parameters (all of them replaced) and/or its comment ("" removes it); null leaves either. */
	public AutomationRule editAction(String pipelineId, String ruleId, String actionId, Map<String, String> parameters,
			String comment) {
		Map<String, Object> body = new LinkedHashMap<>();
		PipedeskClient.putIfSet(body, "parameters", parameters);
		PipedeskClient.putIfSet(body, "comment", comment);
		return rule(http.send("PATCH", actionPath(pipelineId, ruleId, actionId), body, null).body());
	}

	/** Clones an action; the copy is inserted right after it. */
	public AutomationRule cloneAction(String pipelineId, String ruleId, String actionId) {
		return rule(http.send("POST", actionPath(pipelineId, ruleId, actionId) + "/clone", null, null).body());
	}

	/** Moves an action to {@code position} (0-based) in its chain. */
	public AutomationRule moveAction(String pipelineId, String ruleId, String actionId, int position) {
		return rule(http.send("POST", actionPath(pipelineId, ruleId, actionId) + "/move", Map.of("position", position),
				null).body());
	}

	/** Deletes one action, or with {@code toEnd} the action and every action after it. */
	public AutomationRule deleteAction(String pipelineId, String ruleId, String actionId, boolean toEnd) {
		return rule(http.send("DELETE", actionPath(pipelineId, ruleId, actionId) + (toEnd ? "?toEnd=true" : ""), null,
				null).body());
	}

	// --- the pipeline's Automate settings

	/** Per status of the pipeline (display order), the rules run when a ticket reaches it. */
	public List<StatusChain> statusChains(String pipelineId) {
		return http.list(get(pipelinePath(pipelineId) + "/status-chains"), StatusChain.class);
	}

	/** Adds an action to the chain run when a ticket reaches the status (the server creates the rule on first use). */
	public AutomationRule addStatusAction(String pipelineId, String statusId, AutomationRule.NewAction action) {
		return rule(http.send("POST", pipelinePath(pipelineId) + "/statuses/" + PipedeskClient.path(statusId) + "/actions",
				newAction(action), null).body());
	}

	public StatusUpdateTriggers statusUpdateTriggers(String pipelineId) {
		return http.read(get(pipelinePath(pipelineId) + "/status-update-triggers"), StatusUpdateTriggers.class);
	}

	/** Sets the triggers given; a null trigger stays as it is on the server. */
	public StatusUpdateTriggers setStatusUpdateTriggers(String pipelineId, StatusUpdateTriggers triggers) {
		return http.read(http.send("PUT", pipelinePath(pipelineId) + "/status-update-triggers", triggers, null).body(),
				StatusUpdateTriggers.class);
	}

	// --- email templates

	/** Built-ins first, then custom ones. */
	public List<EmailTemplate> templates() {
		return http.list(get(TEMPLATES), EmailTemplate.class);
	}

	public EmailTemplate template(String templateId) {
		return http.read(get(templatePath(templateId)), EmailTemplate.class);
	}

	public EmailTemplate createTemplate(EmailTemplate.Content content) {
		return http.read(http.send("POST", TEMPLATES, content, null).body(), EmailTemplate.class);
	}

	/** Replaces a template's content; a built-in is stored as an edited copy ({@link #resetTemplate} undoes it). */
	public EmailTemplate updateTemplate(String templateId, EmailTemplate.Content content) {
		return http.read(http.send("PUT", templatePath(templateId), content, null).body(), EmailTemplate.class);
	}

	/** Deletes a custom template; built-ins are refused (409). */
	public void deleteTemplate(String templateId) {
		http.send("DELETE", templatePath(templateId), null, null);
	}

	public EmailTemplate resetTemplate(String templateId) {
		return http.read(http.send("POST", templatePath(templateId) + "/reset", null, null).body(), EmailTemplate.class);
	}

	/** The stored template rendered for a ticket the caller may view, with a sample contact (may be null). */
	public EmailTemplate.Preview previewTemplate(String templateId, String ticketId, EmailTemplate.SampleContact contact) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ticketId", number(ticketId));
		PipedeskClient.putIfSet(body, "contact", contact);
		return http.read(http.send("POST", templatePath(templateId) + "/preview", body, null).body(),
				EmailTemplate.Preview.class);
	}

	// --- helpers

	private JsonNode get(String path) {
		return http.send("GET", path, null, null).body();
	}

	private AutomationRule rule(JsonNode body) {
		return http.read(body, AutomationRule.class);
	}

	private static Map<String, Object> newAction(AutomationRule.NewAction action) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("actionType", action.actionType());
		body.put("parameters", action.parameters() == null ? Map.of() : action.parameters());
		PipedeskClient.putIfSet(body, "comment", action.comment());
		PipedeskClient.putIfSet(body, "position", action.position());
		return body;
	}

	private static String pipelinePath(String pipelineId) {
		return AUTOMATION + "pipelines/" + PipedeskClient.path(pipelineId);
	}

	private static String rulesPath(String pipelineId) {
		return pipelinePath(pipelineId) + "/rules";
	}

	private static String rulePath(String pipelineId, String ruleId) {
		return rulesPath(pipelineId) + "/" + PipedeskClient.path(ruleId);
	}

	private static String actionPath(String pipelineId, String ruleId, String actionId) {
		return rulePath(pipelineId, ruleId) + "/actions/" + PipedeskClient.path(actionId);
	}

	private static String templatePath(String templateId) {
		return TEMPLATES + "/" + PipedeskClient.path(templateId);
	}

	/** The server reads ticket ids in bodies as numbers; one that is not is the caller's mistake. */
	static long number(String ticketId) {
		try {
			return Long.parseLong(ticketId.strip());
		} catch (NumberFormatException | NullPointerException e) {
			throw new IllegalArgumentException("Not a ticket id: " + ticketId, e);
		}
	}
}
