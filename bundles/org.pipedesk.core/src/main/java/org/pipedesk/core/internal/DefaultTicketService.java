package org.pipedesk.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.BoardColumn;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.DomainEvent;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketChange;
import org.pipedesk.core.api.TicketPage;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.Status;

@Component(service = TicketService.class)
public class DefaultTicketService implements TicketService {
	static final int MAX_PAGE_SIZE = 100;

	private final DeskStore store;
	private final DeskConfiguration configuration;
	private final DomainEvents events;

	@Activate
	public DefaultTicketService(@Reference DeskStore store, @Reference DeskConfiguration configuration,
			@Reference DomainEvents events) {
		this.store = store;
		this.configuration = configuration;
		this.events = events;
	}

	@Override
	public Ticket create(String pipelineId, String statusId, Map<String, String> properties) {
		Map<String, String> values = properties == null ? Map.of() : properties;
		return store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			Pipeline pipeline = pipelineId == null || pipelineId.isBlank() ? ModelViews.defaultPipeline(desk)
					: ticketPipeline(desk, pipelineId);
			if (statusId == null || statusId.isBlank()) {
				throw new ValidationException("hs_pipeline_stage", "ticket.stage-required",
						"A ticket is created in a status: hs_pipeline_stage is required");
			}
			Status status = ticketStatus(pipeline, statusId);
			List<Violation> violations = new ArrayList<>();
			TicketRules.checkValues(desk, values, violations);
			Map<String, String> written = TicketRules.merge(Map.of(), values);
			TicketRules.checkRequired(status, written, violations);
			if (!violations.isEmpty()) {
				throw new ValidationException(violations);
			}
			Instant now = configuration.now();
			Ticket ticket = tx.insertTicket(pipeline.getId(), status.getId(), written, now);
			events.publishAfterCommit(tx, new DomainEvent.TicketCreated(ticket, now));
			return ticket;
		});
	}

	@Override
	public Ticket get(long ticketId) {
		return store.inTransaction(tx -> find(tx, ticketId));
	}

	@Override
	public Ticket update(long ticketId, TicketChange change) {
		Map<String, String> changes = change.properties() == null ? Map.of() : change.properties();
		return store.inTransaction(tx -> {
			Ticket before = find(tx, ticketId);
			if (change.expectedVersion() != null && change.expectedVersion() != before.version()) {
				throw stale(before);
			}
			Desk desk = configuration.read(tx);
			boolean pipelineChanges = change.pipelineId() != null && !change.pipelineId().isBlank()
					&& !change.pipelineId().equals(before.pipelineId());
			Pipeline pipeline = ticketPipeline(desk, pipelineChanges ? change.pipelineId() : before.pipelineId());
			String statusId = change.statusId() != null && !change.statusId().isBlank() ? change.statusId()
					: before.statusId();
			if (pipelineChanges && (change.statusId() == null || change.statusId().isBlank())) {
				throw new ValidationException("hs_pipeline_stage", "ticket.stage-required",
						"Moving a ticket to pipeline " + pipeline.getId() + " needs hs_pipeline_stage as well");
			}
			Status status = ticketStatus(pipeline, statusId);
			List<Violation> violations = new ArrayList<>();
			TicketRules.checkValues(desk, changes, violations);
			Map<String, String> merged = TicketRules.merge(before.properties(), changes);
			if (!status.getId().equals(before.statusId())) {
				TicketRules.checkRequired(status, merged, violations);
			}
			if (!violations.isEmpty()) {
				throw new ValidationException(violations);
			}
			Instant now = configuration.now();
			if (!tx.updateTicket(ticketId, before.version(), pipeline.getId(), status.getId(), changes, now)) {
				throw stale(find(tx, ticketId));
			}
			Ticket after = new Ticket(ticketId, pipeline.getId(), status.getId(), Map.copyOf(merged),
					before.version() + 1, before.createdAt(), now);
			events.publishAfterCommit(tx, new DomainEvent.TicketUpdated(before, after, now));
			return after;
		});
	}

	@Override
	public void delete(long ticketId) {
		store.inTransaction(tx -> {
			Ticket ticket = find(tx, ticketId);
			tx.deleteTicket(ticketId);
			events.publishAfterCommit(tx, new DomainEvent.TicketDeleted(ticket, configuration.now()));
			return null;
		});
	}

	@Override
	public TicketPage list(String after, int limit) {
		long afterId = cursor(after, 0);
		int size = pageSize(limit);
		return store.inTransaction(tx -> page(tx.listTickets(afterId, size + 1), size));
	}

	@Override
	public TicketPage listInStatus(String pipelineId, String statusId, String after, int limit) {
		long beforeId = cursor(after, Long.MAX_VALUE);
		int size = pageSize(limit);
		return store.inTransaction(tx -> {
			Status status = ModelViews.status(ModelViews.pipeline(configuration.read(tx), pipelineId), statusId);
			return page(tx.listTicketsInStatus(status.getId(), beforeId, size + 1), size);
		});
	}

	@Override
	public List<BoardColumn> board(String pipelineId, int limitPerStatus) {
		int size = pageSize(limitPerStatus);
		return store.inTransaction(tx -> {
			Pipeline pipeline = ModelViews.pipeline(configuration.read(tx), pipelineId);
			Map<String, Long> counts = tx.countTicketsByStatus(pipelineId);
			return pipeline.getStatuses().stream().sorted(ModelViews.STATUS_ORDER)
					.map(status -> new BoardColumn(ModelViews.info(status), counts.getOrDefault(status.getId(), 0L),
							page(tx.listTicketsInStatus(status.getId(), Long.MAX_VALUE, size + 1), size)))
					.toList();
		});
	}

	/** Reads one more row than the page holds to know whether a next page exists. */
	private static TicketPage page(List<Ticket> rows, int size) {
		if (rows.size() <= size) {
			return new TicketPage(rows, null);
		}
		List<Ticket> results = rows.subList(0, size);
		return new TicketPage(List.copyOf(results), Long.toString(results.get(size - 1).id()));
	}

	private static Ticket find(StoreTransaction tx, long ticketId) {
		return tx.findTicket(ticketId).orElseThrow(
				() -> new NotFoundException("ticketId", Long.toString(ticketId), "Ticket " + ticketId + " does not exist"));
	}

	private static ConflictException stale(Ticket current) {
		return new ConflictException("version", "ticket.version-current", "Ticket " + current.id()
				+ " was changed by someone else (it is now at version " + current.version()
				+ "); reload it and apply your change again");
	}

	private static Pipeline ticketPipeline(Desk desk, String pipelineId) {
		return desk.getPipelines().stream().filter(p -> p.getId().equals(pipelineId)).findFirst()
				.orElseThrow(() -> new ValidationException("hs_pipeline", "ticket.pipeline-exists",
						"Pipeline " + pipelineId + " does not exist"));
	}

	private static Status ticketStatus(Pipeline pipeline, String statusId) {
		return pipeline.getStatuses().stream().filter(s -> s.getId().equals(statusId)).findFirst()
				.orElseThrow(() -> new ValidationException("hs_pipeline_stage", "ticket.stage-in-pipeline",
						"Status " + statusId + " is not a status of pipeline " + pipeline.getId()));
	}

	private static long cursor(String after, long whenAbsent) {
		if (after == null || after.isBlank()) {
			return whenAbsent;
		}
		try {
			return Long.parseLong(after);
		} catch (NumberFormatException e) {
			throw new ValidationException("after", "paging.cursor",
					"'after' must be the cursor returned with the previous page");
		}
	}

	private static int pageSize(int limit) {
		if (limit < 1 || limit > MAX_PAGE_SIZE) {
			throw new ValidationException("limit", "paging.limit", "'limit' must be between 1 and " + MAX_PAGE_SIZE);
		}
		return limit;
	}

}
