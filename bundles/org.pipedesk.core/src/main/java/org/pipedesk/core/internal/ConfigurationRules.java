package org.pipedesk.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.Status;

/**
 * The rules of a configuration change that the model alone cannot decide, because they need the tickets in the
 * store or the edition's limits. {@link DeskConfiguration#change} applies them to every change, whatever its
 * entry (pipeline API, import, rollback); imports ask for them up front to list every problem at once.
 */
final class ConfigurationRules {
	static final String PIPELINE_LIMIT = "limits.max-pipelines";
	static final String PIPELINE_EMPTY_BEFORE_DELETE = "pipeline.empty-before-delete";
	static final String STATUS_EMPTY_BEFORE_DELETE = "status.empty-before-delete";
	static final String STATUS_PIPELINE_UNCHANGED = "status.pipeline-unchanged";
	static final String PROPERTY_BUILT_IN_KEPT = "property.built-in-kept";

	private ConfigurationRules() {
	}

	/** Every broken rule of going from {@code before} to {@code after}; fields name the objects by id. */
	static List<Violation> check(StoreTransaction tx, Desk before, Desk after, int maxPipelines) {
		List<Violation> violations = new ArrayList<>();
		int pipelines = after.getPipelines().size();
		if (pipelines > maxPipelines && pipelines > before.getPipelines().size()) {
			violations.add(new Violation("pipelines", PIPELINE_LIMIT, "The desk would hold " + pipelines
					+ " pipelines; this edition allows at most " + maxPipelines + " (rule " + PIPELINE_LIMIT
					+ ", setting " + EditionLimits.PID + " " + EditionLimits.MAX_PIPELINES + ")"));
		}
		Map<String, Pipeline> pipelinesAfter = new HashMap<>();
		Map<String, Status> statusesAfter = new HashMap<>();
		for (Pipeline pipeline : after.getPipelines()) {
			pipelinesAfter.put(pipeline.getId(), pipeline);
			pipeline.getStatuses().forEach(s -> statusesAfter.put(s.getId(), s));
		}
		for (Pipeline pipeline : before.getPipelines()) {
			if (!pipelinesAfter.containsKey(pipeline.getId())) {
				long tickets = tx.countTicketsInPipeline(pipeline.getId());
				if (tickets > 0) {
					violations.add(new Violation(pipelineField(pipeline.getId()), PIPELINE_EMPTY_BEFORE_DELETE,
							DeskNames.of(pipeline) + " would be removed but holds " + tickets + " ticket(s) (rule "
									+ PIPELINE_EMPTY_BEFORE_DELETE + ")"));
				}
				continue; // its statuses go with it
			}
			for (Status status : pipeline.getStatuses()) {
				Status kept = statusesAfter.get(status.getId());
				if (kept == null) {
					long tickets = tx.countTicketsInStatus(status.getId());
					if (tickets > 0) {
						violations.add(new Violation(statusField(pipeline.getId(), status.getId()),
								STATUS_EMPTY_BEFORE_DELETE, DeskNames.of(status) + " of " + DeskNames.of(pipeline)
										+ " would be removed but holds " + tickets + " ticket(s) (rule "
										+ STATUS_EMPTY_BEFORE_DELETE + ": move them first)"));
					}
				} else if (!pipeline.getId().equals(kept.getPipeline().getId())) {
					violations.add(new Violation(statusField(kept.getPipeline().getId(), status.getId()),
							STATUS_PIPELINE_UNCHANGED, DeskNames.of(status) + " belongs to pipeline " + pipeline.getId()
									+ " and cannot move to pipeline " + kept.getPipeline().getId() + " (rule "
									+ STATUS_PIPELINE_UNCHANGED + ": a status stays in its pipeline)"));
				}
			}
		}
		for (PropertyDefinition property : before.getProperties()) {
			if (property.isBuiltIn()
					&& after.getProperties().stream().noneMatch(p -> property.getName().equals(p.getName()))) {
				violations.add(new Violation(propertyField(property.getName()), PROPERTY_BUILT_IN_KEPT,
						"Built-in property '" + property.getName() + "' cannot be removed (rule "
								+ PROPERTY_BUILT_IN_KEPT + ")"));
			}
		}
		return violations;
	}

	static String pipelineField(String pipelineId) {
		return "pipelines[id=" + pipelineId + "]";
	}

	static String statusField(String pipelineId, String statusId) {
		return pipelineField(pipelineId) + ".statuses[id=" + statusId + "]";
	}

	static String propertyField(String name) {
		return "properties[name=" + name + "]";
	}
}
