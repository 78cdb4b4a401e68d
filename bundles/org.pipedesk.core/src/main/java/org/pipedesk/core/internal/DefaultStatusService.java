package org.pipedesk.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.DomainEvent;
import org.pipedesk.core.api.NewStatus;
import org.pipedesk.core.api.StatusChange;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.StatusPropertyInfo;
import org.pipedesk.core.api.StatusService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.desk.StatusProperty;
import org.pipedesk.model.validation.DeskRules;

@Component(service = StatusService.class)
public class DefaultStatusService implements StatusService {
	private final DeskStore store;
	private final DeskConfiguration configuration;
	private final DomainEvents events;

	@Activate
	public DefaultStatusService(@Reference DeskStore store, @Reference DeskConfiguration configuration,
			@Reference DomainEvents events) {
		this.store = store;
		this.configuration = configuration;
		this.events = events;
	}

	@Override
	public List<StatusInfo> list(String pipelineId) {
		return store.inTransaction(
				tx -> ModelViews.info(Views.visiblePipeline(tx, configuration, pipelineId)).statuses());
	}

	@Override
	public StatusInfo get(String pipelineId, String statusId) {
		return store.inTransaction(
				tx -> ModelViews.info(ModelViews.status(Views.visiblePipeline(tx, configuration, pipelineId), statusId)));
	}

	@Override
	public StatusInfo add(String pipelineId, NewStatus request) {
		return store.inTransaction(tx -> configuration.change(tx,
				"Added status '" + request.label() + "' to pipeline " + pipelineId, desk -> {
					Pipeline pipeline = ModelViews.pipeline(desk, pipelineId);
					Date now = Date.from(configuration.now());
					int order = request.displayOrder() != null ? request.displayOrder()
							: ModelViews.nextDisplayOrder(
									pipeline.getStatuses().stream().map(Status::getDisplayOrder).toList());
					Status status = newStatus(desk, request, order, now);
					pipeline.getStatuses().add(status);
					pipeline.setUpdatedAt(now);
					return ModelViews.info(status);
				}));
	}

	static Status newStatus(Desk desk, NewStatus request, int displayOrder, Date now) {
		Status status = DeskFactory.eINSTANCE.createStatus();
		status.setId(ModelViews.issueId(desk));
		status.setLabel(request.label());
		status.setDisplayOrder(displayOrder);
		if (request.ticketState() == null) {
			throw new ValidationException("metadata.ticketState", "status.ticket-state-required",
					"Status '" + request.label() + "' needs metadata.ticketState: OPEN or CLOSED");
		}
		status.setTicketState(ModelViews.modelState(request.ticketState()));
		status.setCreatedAt(now);
		status.setUpdatedAt(now);
		return status;
	}

	@Override
	public StatusInfo update(String pipelineId, String statusId, StatusChange change) {
		return store.inTransaction(tx -> configuration.change(tx,
				"Changed status " + statusId + " of pipeline " + pipelineId, desk -> {
					Pipeline pipeline = ModelViews.pipeline(desk, pipelineId);
					Status status = ModelViews.status(pipeline, statusId);
					if (change.label() != null) {
						status.setLabel(change.label());
					}
					if (change.displayOrder() != null) {
						status.setDisplayOrder(change.displayOrder());
					}
					if (change.ticketState() != null) {
						status.setTicketState(ModelViews.modelState(change.ticketState()));
					}
					Date now = Date.from(configuration.now());
					status.setUpdatedAt(now);
					pipeline.setUpdatedAt(now);
					return ModelViews.info(status);
				}));
	}

	@Override
	public long delete(String pipelineId, String statusId, String targetStatusId) {
		return store.inTransaction(tx -> {
			Instant now = configuration.now();
			long moved = configuration.change(tx, "Deleted status " + statusId + " of pipeline " + pipelineId, desk -> {
				Pipeline pipeline = ModelViews.pipeline(desk, pipelineId);
				Status status = ModelViews.status(pipeline, statusId);
				long tickets = tx.countTicketsInStatus(statusId);
				if (targetStatusId == null || targetStatusId.isBlank()) {
					if (tickets > 0) {
						throw new ValidationException("targetStageId", "status.delete-target-required",
								"Status '" + status.getLabel() + "' (id " + statusId + ") holds " + tickets
										+ " ticket(s): name a target status of the same pipeline to move them to");
					}
				} else {
					if (targetStatusId.equals(statusId)) {
						throw new ValidationException("targetStageId", "status.delete-target-other",
								"The target status must differ from the deleted status " + statusId);
					}
					if (pipeline.getStatuses().stream().noneMatch(s -> s.getId().equals(targetStatusId))) {
						throw new ValidationException("targetStageId", "status.delete-target-same-pipeline",
								"Target status " + targetStatusId + " is not a status of pipeline " + pipelineId);
					}
				}
				desk.getRetiredIds().add(statusId);
				pipeline.getStatuses().remove(status);
				pipeline.setUpdatedAt(Date.from(now));
				return tickets > 0 ? tx.moveTickets(statusId, pipelineId, targetStatusId, Rights.of(tx).actor(), now) : 0L;
			});
			if (moved > 0) {
				events.publishAfterCommit(tx,
						new DomainEvent.TicketsMoved(pipelineId, statusId, targetStatusId, moved, now));
			}
			return moved;
		});
	}

	@Override
	public StatusInfo setStatusProperties(String pipelineId, String statusId, List<StatusPropertyInfo> properties) {
		if (properties == null) {
			throw new ValidationException("statusProperties", "status-property.list-required",
					"The list of status properties is required (an empty list asks for none)");
		}
		return store.inTransaction(tx -> configuration.change(tx,
				"Changed the properties asked for in status " + statusId, desk -> {
					Pipeline pipeline = ModelViews.pipeline(desk, pipelineId);
					Status status = ModelViews.status(pipeline, statusId);
					List<Violation> unknown = new ArrayList<>();
					List<StatusProperty> replacement = new ArrayList<>();
					for (StatusPropertyInfo wanted : properties) {
						PropertyDefinition definition = wanted == null || wanted.propertyName() == null ? null
								: ModelViews.property(desk, wanted.propertyName());
						if (definition == null) {
							unknown.add(new Violation("statusProperties", DeskRules.STATUS_PROPERTY_DEFINED,
									wanted == null || wanted.propertyName() == null
											? "A status property needs the name of a property"
											: "Property '" + wanted.propertyName() + "' does not exist (rule "
													+ DeskRules.STATUS_PROPERTY_DEFINED + ")"));
							continue;
						}
						StatusProperty statusProperty = DeskFactory.eINSTANCE.createStatusProperty();
						statusProperty.setProperty(definition);
						statusProperty.setRequired(wanted.required());
						replacement.add(statusProperty);
					}
					status.getStatusProperties().clear();
					status.getStatusProperties().addAll(replacement);
					status.setUpdatedAt(Date.from(configuration.now()));
					if (!unknown.isEmpty()) {
						// One answer names every problem: the unknown names and what the model says of the others.
						DeskConfiguration.requireValid(desk, unknown);
					}
					return ModelViews.info(status);
				}));
	}
}
