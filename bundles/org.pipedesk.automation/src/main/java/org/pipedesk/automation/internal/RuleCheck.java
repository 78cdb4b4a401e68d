package org.pipedesk.automation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.automation.api.ActionType;
import org.pipedesk.automation.api.TriggerType;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.ConfigurationCheck;
import org.pipedesk.model.desk.AutomationAction;
import org.pipedesk.model.desk.AutomationRule;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.Pipeline;

/**
 * Automation rules checked on save, by every configuration change (rules API, import, rollback): ids present and
 * unique, and every rule that is new or changed names trigger and action types some bundle publishes, with
 * parameters that fit their descriptors. Rules that did not change are not checked against the types: a rule whose
 * type's bundle is away stays as it is (unavailable), and other changes of the desk go through.
 * {@link #problems} is the static check of a rule as it stands (e.g. its trigger waits for a status that was deleted).
 */
@Component(service = { ConfigurationCheck.class, RuleCheck.class })
public class RuleCheck implements ConfigurationCheck {
	static final String RULE_ID = "automation.rule-id";
	static final String TRIGGER_TYPE = "automation.trigger-type-available";
	static final String ACTION_TYPE = "automation.action-type-available";
	static final String PARAMETERS = "automation.parameters-valid";

	private final AutomationTypes types;

	@Activate
	public RuleCheck(@Reference AutomationTypes types) {
		this.types = types;
	}

	@Override
	public List<Violation> check(Desk before, Desk after) {
		Map<String, AutomationRule> previous = new HashMap<>();
		before.getPipelines().forEach(p -> p.getRules().forEach(r -> previous.put(p.getId() + "/" + r.getId(), r)));
		List<Violation> violations = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Pipeline pipeline : after.getPipelines()) {
			for (AutomationRule rule : pipeline.getRules()) {
				String field = "pipelines[id=" + pipeline.getId() + "].rules[id=" + rule.getId() + "]";
				if (rule.getId() == null || rule.getId().isBlank() || !ids.add(rule.getId())) {
					violations.add(new Violation(field + ".id", RULE_ID, "Every rule has an id of its own"));
				}
				for (AutomationAction action : rule.getActions()) {
					if (action.getId() == null || action.getId().isBlank() || !ids.add(action.getId())) {
						violations.add(new Violation(field + ".actions[id=" + action.getId() + "].id", RULE_ID,
								"Every action has an id of its own"));
					}
				}
				AutomationRule old = previous.get(pipeline.getId() + "/" + rule.getId());
				if (old == null || !EcoreUtil.equals(old, rule)) {
					violations.addAll(problems(pipeline, rule, field, true));
				}
			}
		}
		if (!EcoreUtil.equals(before.getEmailTemplates(), after.getEmailTemplates())) {
			violations.addAll(TemplatesResource.check(after));
		}
		return violations;
	}

	/**
	 * What is wrong with a rule in its pipeline as it is now: unknown types (only when {@code typesRequired}) and
	 * parameters that do not fit, such as a status that no longer exists (the trigger can never fire).
	 */
	List<Violation> problems(Pipeline pipeline, AutomationRule rule, String field, boolean typesRequired) {
		List<Violation> violations = new ArrayList<>();
		Optional<TriggerType> trigger = types.trigger(rule.getTriggerType());
		if (trigger.isEmpty()) {
			if (typesRequired) {
				violations.add(new Violation(field + ".triggerType", TRIGGER_TYPE,
						"No bundle provides the trigger type '" + rule.getTriggerType() + "'"));
			}
		} else {
			trigger.get().descriptor().check(Rules.parameters(rule.getTriggerParameters()), pipeline)
					.forEach(problem -> violations.add(new Violation(field + ".triggerParameters", PARAMETERS,
							"Trigger " + rule.getTriggerType() + ": " + problem)));
		}
		for (int i = 0; i < rule.getActions().size(); i++) {
			AutomationAction action = rule.getActions().get(i);
			int position = i + 1;
			String actionField = field + ".actions[id=" + action.getId() + "]";
			Optional<ActionType> type = types.action(action.getActionType());
			if (type.isEmpty()) {
				if (typesRequired) {
					violations.add(new Violation(actionField + ".actionType", ACTION_TYPE,
							"No bundle provides the action type '" + action.getActionType() + "'"));
				}
			} else {
				type.get().descriptor().check(Rules.parameters(action.getParameters()), pipeline)
						.forEach(problem -> violations.add(new Violation(actionField + ".parameters", PARAMETERS,
								"Action " + position + " (" + action.getActionType() + "): " + problem)));
			}
		}
		return violations;
	}
}
