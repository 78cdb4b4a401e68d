package org.pipedesk.automation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pipedesk.model.desk.AutomationRule;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.Parameter;
import org.pipedesk.model.desk.Pipeline;

/** Small helpers over the rules in the desk model. */
final class Rules {
	/** Rules run for chat tickets only when they name this source explicitly. */
	static final String CHAT = "CHAT";
	/** The ticket property naming the channel a ticket came from (HubSpot's source_type: EMAIL, CHAT, FORM, ...). */
	static final String SOURCE_PROPERTY = "source_type";

	private Rules() {
	}

	static Map<String, String> parameters(List<Parameter> parameters) {
		Map<String, String> values = new LinkedHashMap<>();
		parameters.forEach(p -> values.put(p.getName(), p.getValue()));
		return values;
	}

	static void setParameters(List<Parameter> target, Map<String, String> values) {
		target.clear();
		if (values == null) {
			return;
		}
		values.forEach((name, value) -> {
			if (value != null) {
				Parameter parameter = DeskFactory.eINSTANCE.createParameter();
				parameter.setName(name);
				parameter.setValue(value);
				target.add(parameter);
			}
		});
	}

	static Optional<Pipeline> pipeline(Desk desk, String pipelineId) {
		return desk.getPipelines().stream().filter(p -> p.getId().equals(pipelineId)).findFirst();
	}

	static Optional<AutomationRule> rule(Pipeline pipeline, String ruleId) {
		return pipeline.getRules().stream().filter(r -> r.getId().equals(ruleId)).findFirst();
	}

	/**
	 * Whether a rule runs for a ticket from {@code source}: a rule without sources runs for every channel except
	 * chat; a rule with sources runs for those only.
	 */
	static boolean acceptsSource(AutomationRule rule, String source) {
		if (rule.getSources().isEmpty()) {
			return source == null || !CHAT.equalsIgnoreCase(source);
		}
		return source != null && rule.getSources().stream().anyMatch(s -> s.equalsIgnoreCase(source));
	}

	/** The next id from the desk's counter (shared with pipelines and statuses, never reused). */
	static String issueId(Desk desk) {
		long next = desk.getLastIssuedId() + 1;
		desk.setLastIssuedId(next);
		return Long.toString(next);
	}
}
