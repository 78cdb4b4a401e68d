package org.pipedesk.core.internal;

import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.NewPipeline;
import org.pipedesk.core.api.NewStatus;
import org.pipedesk.core.api.PipelineChange;
import org.pipedesk.core.api.PipelineInfo;
import org.pipedesk.core.api.PipelineService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.validation.DeskRules;

@Component(service = PipelineService.class)
public class DefaultPipelineService implements PipelineService {
	private final DeskStore store;
	private final DeskConfiguration configuration;

	@Activate
	public DefaultPipelineService(@Reference DeskStore store, @Reference DeskConfiguration configuration) {
		this.store = store;
		this.configuration = configuration;
	}

	@Override
	public List<PipelineInfo> list() {
		return store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			Rights rights = Rights.of(tx);
			return ModelViews.pipelines(desk).stream()
					.filter(info -> rights.canViewPipeline(ModelViews.pipeline(desk, info.id()))).toList();
		});
	}

	@Override
	public PipelineInfo get(String pipelineId) {
		return store.inTransaction(tx -> ModelViews.info(Views.visiblePipeline(tx, configuration, pipelineId)));
	}

	@Override
	public PipelineInfo create(NewPipeline request) {
		if (request.statuses() == null || request.statuses().isEmpty()) {
			throw new ValidationException("stages", "pipeline.stages-required",
					"A pipeline is created with its stages: at least one OPEN and one CLOSED");
		}
		return store.inTransaction(tx -> configuration.change(tx, "Created pipeline '" + request.label() + "'", desk -> {
			Date now = Date.from(configuration.now());
			Pipeline pipeline = DeskFactory.eINSTANCE.createPipeline();
			pipeline.setId(ModelViews.issueId(desk));
			pipeline.setLabel(request.label());
			pipeline.setDisplayOrder(request.displayOrder() != null ? request.displayOrder()
					: ModelViews.nextDisplayOrder(desk.getPipelines().stream().map(Pipeline::getDisplayOrder).toList()));
			pipeline.setCreatedAt(now);
			pipeline.setUpdatedAt(now);
			int order = 0;
			for (NewStatus newStatus : request.statuses()) {
				pipeline.getStatuses().add(DefaultStatusService.newStatus(desk, newStatus,
						newStatus.displayOrder() != null ? newStatus.displayOrder() : order, now));
				order++;
			}
			desk.getPipelines().add(pipeline);
			return ModelViews.info(pipeline);
		}));
	}

	@Override
	public PipelineInfo update(String pipelineId, PipelineChange change) {
		return store.inTransaction(tx -> configuration.change(tx, "Changed pipeline " + pipelineId, desk -> {
			Pipeline pipeline = ModelViews.pipeline(desk, pipelineId);
			if (change.label() != null) {
				pipeline.setLabel(change.label());
			}
			if (change.displayOrder() != null) {
				pipeline.setDisplayOrder(change.displayOrder());
			}
			pipeline.setUpdatedAt(Date.from(configuration.now()));
			return ModelViews.info(pipeline);
		}));
	}

	@Override
	public PipelineInfo replace(String pipelineId, NewPipeline request) {
		if (request.displayOrder() == null) {
			throw new ValidationException("displayOrder", "pipeline.replace-complete",
					"Replacing a pipeline needs its displayOrder");
		}
		if (request.statuses() == null || request.statuses().isEmpty()) {
			throw new ValidationException("stages", "pipeline.stages-required",
					"Replacing a pipeline needs its stages: at least one OPEN and one CLOSED");
		}
		return store.inTransaction(tx -> configuration.change(tx, "Replaced pipeline " + pipelineId, desk -> {
			Pipeline pipeline = ModelViews.pipeline(desk, pipelineId);
			Date now = Date.from(configuration.now());
			pipeline.setLabel(request.label());
			pipeline.setDisplayOrder(request.displayOrder());
			pipeline.setUpdatedAt(now);
			Map<String, Status> byLabel = new HashMap<>();
			for (Status status : pipeline.getStatuses()) {
				byLabel.put(status.getLabel().strip().toLowerCase(Locale.ROOT), status);
			}
			List<Status> kept = new ArrayList<>();
			int order = 0;
			for (NewStatus wanted : request.statuses()) {
				int displayOrder = wanted.displayOrder() != null ? wanted.displayOrder() : order;
				order++;
				Status existing = wanted.label() == null ? null
						: byLabel.remove(wanted.label().strip().toLowerCase(Locale.ROOT));
				if (existing == null) {
					kept.add(DefaultStatusService.newStatus(desk, wanted, displayOrder, now));
				} else {
					existing.setLabel(wanted.label());
					existing.setDisplayOrder(displayOrder);
					if (wanted.ticketState() != null) {
						existing.setTicketState(ModelViews.modelState(wanted.ticketState()));
					}
					existing.setUpdatedAt(now);
					kept.add(existing);
				}
			}
			for (Status dropped : byLabel.values()) {
				long tickets = tx.countTicketsInStatus(dropped.getId());
				if (tickets > 0) {
					throw new ConflictException("stages", "status.empty-before-delete", "Status '" + dropped.getLabel()
							+ "' (id " + dropped.getId() + ") is not in the new stages but holds " + tickets
							+ " ticket(s); move them first or delete the status with a target status");
				}
				desk.getRetiredIds().add(dropped.getId());
			}
			pipeline.getStatuses().clear();
			pipeline.getStatuses().addAll(kept);
			return ModelViews.info(pipeline);
		}));
	}

	@Override
	public PipelineInfo setCardProperties(String pipelineId, List<String> propertyNames) {
		if (propertyNames == null) {
			throw new ValidationException("cardProperties", "card-property.list-required",
					"The list of card properties is required (an empty list shows none)");
		}
		return store.inTransaction(tx -> configuration.change(tx,
				"Changed the card properties of pipeline " + pipelineId, desk -> {
					Pipeline pipeline = ModelViews.pipeline(desk, pipelineId);
					List<Violation> found = new ArrayList<>();
					List<PropertyDefinition> cards = new ArrayList<>();
					for (String name : propertyNames) {
						PropertyDefinition definition = name == null ? null : ModelViews.property(desk, name);
						if (definition == null) {
							found.add(new Violation("cardProperties", DeskRules.CARD_PROPERTY_DEFINED, "Property '"
									+ name + "' does not exist (rule " + DeskRules.CARD_PROPERTY_DEFINED + ")"));
						} else if (cards.contains(definition)) {
							// Checked here: the model's card list cannot hold a property twice.
							found.add(new Violation("cardProperties", DeskRules.CARD_PROPERTY_UNIQUE, "Property '"
									+ name + "' is listed twice (rule " + DeskRules.CARD_PROPERTY_UNIQUE + ")"));
						} else {
							cards.add(definition);
						}
					}
					pipeline.getCardProperties().clear();
					pipeline.getCardProperties().addAll(cards);
					pipeline.setUpdatedAt(Date.from(configuration.now()));
					if (!found.isEmpty()) {
						DeskConfiguration.requireValid(desk, found);
					}
					return ModelViews.info(pipeline);
				}));
	}

	@Override
	public void delete(String pipelineId) {
		store.inTransaction(tx -> configuration.change(tx, "Deleted pipeline " + pipelineId, desk -> {
			Pipeline pipeline = ModelViews.pipeline(desk, pipelineId);
			long tickets = tx.countTicketsInPipeline(pipelineId);
			if (tickets > 0) {
				throw new ConflictException("pipelineId", "pipeline.empty-before-delete", "Pipeline '"
						+ pipeline.getLabel() + "' (id " + pipelineId + ") still holds " + tickets
						+ (tickets == 1 ? " ticket" : " tickets")
						+ "; move or delete them before deleting the pipeline");
			}
			retire(desk, pipeline);
			desk.getPipelines().remove(pipeline);
			return null;
		}));
	}

	private static void retire(Desk desk, Pipeline pipeline) {
		desk.getRetiredIds().add(pipeline.getId());
		for (Status status : pipeline.getStatuses()) {
			desk.getRetiredIds().add(status.getId());
		}
	}
}
