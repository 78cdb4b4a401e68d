package org.pipedesk.automation.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.pipedesk.automation.api.ActionType;
import org.pipedesk.automation.api.TriggerType;
import org.pipedesk.automation.api.TypeDescriptor;
import org.pipedesk.model.desk.AutomationAction;
import org.pipedesk.model.desk.AutomationRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trigger and action types bundles publish right now, by id. Services come and go at runtime (a bundle is
 * installed, stopped, started); a rule is available while its trigger type and every action type of its chain are
 * here. Rules themselves are never touched when a type goes: availability is computed, so they come back intact.
 */
@Component(service = AutomationTypes.class)
public class AutomationTypes {
	private static final Logger LOG = LoggerFactory.getLogger(AutomationTypes.class);
	private final Map<String, TriggerType> triggers = new ConcurrentHashMap<>();
	private final Map<String, ActionType> actions = new ConcurrentHashMap<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addTrigger(TriggerType type) {
		TriggerType previous = triggers.putIfAbsent(type.descriptor().id(), type);
		if (previous != null) {
			LOG.warn("Trigger type {} is published twice; the first one is used", type.descriptor().id());
		}
	}

	void removeTrigger(TriggerType type) {
		triggers.remove(type.descriptor().id(), type);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addAction(ActionType type) {
		ActionType previous = actions.putIfAbsent(type.descriptor().id(), type);
		if (previous != null) {
			LOG.warn("Action type {} is published twice; the first one is used", type.descriptor().id());
		}
	}

	void removeAction(ActionType type) {
		actions.remove(type.descriptor().id(), type);
	}

	public Optional<TriggerType> trigger(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(triggers.get(id));
	}

	public Optional<ActionType> action(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(actions.get(id));
	}

	public List<TypeDescriptor> triggerDescriptors() {
		return triggers.values().stream().map(TriggerType::descriptor)
				.sorted(Comparator.comparing(TypeDescriptor::id)).toList();
	}

	public List<TypeDescriptor> actionDescriptors() {
		return actions.values().stream().map(ActionType::descriptor).sorted(Comparator.comparing(TypeDescriptor::id))
				.toList();
	}

	/** The type ids of the rule that no bundle publishes now; empty when the rule is available. */
	public List<String> missingTypes(AutomationRule rule) {
		java.util.ArrayList<String> missing = new java.util.ArrayList<>();
		if (trigger(rule.getTriggerType()).isEmpty()) {
			missing.add(rule.getTriggerType());
		}
		for (AutomationAction action : rule.getActions()) {
			if (action(action.getActionType()).isEmpty() && !missing.contains(action.getActionType())) {
				missing.add(action.getActionType());
			}
		}
		return missing;
	}
}
