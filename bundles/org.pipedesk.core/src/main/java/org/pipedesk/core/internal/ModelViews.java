package org.pipedesk.core.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PipelineInfo;
import org.pipedesk.core.api.PropertyInfo;
import org.pipedesk.core.api.PropertyType;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.StatusPropertyInfo;
import org.pipedesk.core.api.TicketState;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.validation.DeskRules;

/** Lookups in the desk model and its conversion to the API's immutable records. */
final class ModelViews {
	/** Display order, ties by label (then id, so the order is total). */
	static final Comparator<Pipeline> PIPELINE_ORDER = Comparator.comparingInt(Pipeline::getDisplayOrder)
			.thenComparing(Pipeline::getLabel, String.CASE_INSENSITIVE_ORDER).thenComparing(Pipeline::getId);
	static final Comparator<Status> STATUS_ORDER = Comparator.comparingInt(Status::getDisplayOrder)
			.thenComparing(Status::getLabel, String.CASE_INSENSITIVE_ORDER).thenComparing(Status::getId);

	private ModelViews() {
	}

	static Pipeline pipeline(Desk desk, String pipelineId) {
		return desk.getPipelines().stream().filter(p -> p.getId().equals(pipelineId)).findFirst()
				.orElseThrow(() -> new NotFoundException("pipelineId", pipelineId,
						"Pipeline " + pipelineId + " does not exist"));
	}

	static Status status(Pipeline pipeline, String statusId) {
		return pipeline.getStatuses().stream().filter(s -> s.getId().equals(statusId)).findFirst()
				.orElseThrow(() -> new NotFoundException("stageId", statusId,
						"Status " + statusId + " does not exist in pipeline " + pipeline.getId()));
	}

	static PropertyDefinition property(Desk desk, String name) {
		return desk.getProperties().stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
	}

	static Pipeline defaultPipeline(Desk desk) {
		return desk.getPipelines().stream().min(PIPELINE_ORDER)
				.orElseThrow(() -> new NotFoundException("pipelineId", null, "The desk has no pipeline"));
	}

	static List<PipelineInfo> pipelines(Desk desk) {
		return desk.getPipelines().stream().sorted(PIPELINE_ORDER).map(ModelViews::info).toList();
	}

	static PipelineInfo info(Pipeline p) {
		return new PipelineInfo(p.getId(), p.getLabel(), p.getDisplayOrder(), instant(p.getCreatedAt()),
				instant(p.getUpdatedAt()), p.getStatuses().stream().sorted(STATUS_ORDER).map(ModelViews::info).toList(),
				p.getCardProperties().stream().map(PropertyDefinition::getName).toList());
	}

	static StatusInfo info(Status s) {
		return new StatusInfo(s.getId(), s.getPipeline().getId(), s.getLabel(), s.getDisplayOrder(),
				TicketState.valueOf(s.getTicketState().getName()), instant(s.getCreatedAt()), instant(s.getUpdatedAt()),
				s.getStatusProperties().stream()
						.map(sp -> new StatusPropertyInfo(sp.getProperty().getName(), sp.isRequired())).toList());
	}

	static PropertyInfo info(PropertyDefinition d) {
		return new PropertyInfo(d.getName(), d.getLabel(), d.getDescription(), d.getGroupName(), apiType(d.getType()),
				DeskRules.effectiveFieldType(d.getType(), d.getFieldType()), d.getOptions().stream()
						.map(o -> new PropertyInfo.Option(o.getValue(), o.getLabel(), o.getDisplayOrder(), o.isHidden()))
						.toList(),
				d.getDisplayOrder(), d.isHidden(), d.isFormField(), d.isReadOnly(), d.isCalculated(), d.isBuiltIn(),
				d.isArchived(), instant(d.getCreatedAt()), instant(d.getUpdatedAt()), instant(d.getArchivedAt()));
	}

	static PropertyType apiType(org.pipedesk.model.desk.PropertyType type) {
		return type == null ? null : PropertyType.valueOf(type.getName());
	}

	static org.pipedesk.model.desk.PropertyType modelType(PropertyType type) {
		return type == null ? null : org.pipedesk.model.desk.PropertyType.valueOf(type.name());
	}

	static org.pipedesk.model.desk.TicketState modelState(TicketState state) {
		return state == null ? null : org.pipedesk.model.desk.TicketState.valueOf(state.name());
	}

	static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	/** Issues the next id from the desk's counter; ids are never reused. */
	static String issueId(Desk desk) {
		long next = desk.getLastIssuedId() + 1;
		desk.setLastIssuedId(next);
		return Long.toString(next);
	}

	static int nextDisplayOrder(List<Integer> orders) {
		return orders.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
	}
}
