package org.pipedesk.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.BatchResult;
import org.pipedesk.core.api.BoardColumn;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.DomainEvent;
import org.pipedesk.core.api.NewTicket;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PipedeskException;
import org.pipedesk.core.api.SearchResult;
import org.pipedesk.core.api.StatusTime;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketChange;
import org.pipedesk.core.api.TicketHistoryEntry;
import org.pipedesk.core.api.TicketPage;
import org.pipedesk.core.api.TicketSearch;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.core.spi.TicketQuery;
import org.pipedesk.core.spi.TicketQueryResult;
import org.pipedesk.core.spi.TicketVisibility;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.Status;

/**
 * Tickets. Reads leave out the values of archived properties ({@link ArchivedValues}). Single and batch writes share one path per kind ({@link #prepare} for creates, {@link #apply} for
 * changes), so every entry enforces the same rules: values fit their properties, and a ticket entering a status
 * carries every property that status requires.
 */
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
		BatchResult<Ticket> result = createAll(List.of(new NewTicket(pipelineId, statusId, properties)));
		if (!result.errors().isEmpty()) {
			throw result.errors().get(0).error();
		}
		return result.results().get(0);
	}

	@Override
	public BatchResult<Ticket> createAll(List<NewTicket> tickets) {
		checkBatchSize(tickets.size());
		return store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			Rights rights = Rights.of(tx);
			List<NewTicket> valid = new ArrayList<>();
			List<BatchResult.ItemError> errors = new ArrayList<>();
			for (int i = 0; i < tickets.size(); i++) {
				try {
					valid.add(prepare(tx, desk, rights, tickets.get(i)));
				} catch (PipedeskException e) {
					errors.add(new BatchResult.ItemError(i, null, e));
				}
			}
			Instant now = configuration.now();
			List<Ticket> created = tx.insertTickets(valid, rights.actor(), now);
			created.forEach(ticket -> events.publishAfterCommit(tx, new DomainEvent.TicketCreated(ticket, now)));
			return new BatchResult<>(created, errors);
		});
	}

	/** Resolves pipeline and status and checks every rule of a new ticket; returns what to insert. */
	static NewTicket prepare(StoreTransaction tx, Desk desk, Rights rights, NewTicket ticket) {
		Map<String, String> values = ticket.properties() == null ? Map.of() : ticket.properties();
		Pipeline pipeline = ticket.pipelineId() == null || ticket.pipelineId().isBlank()
				? ModelViews.defaultPipeline(desk)
				: ticketPipeline(desk, ticket.pipelineId());
		rights.requireCreateIn(pipeline);
		if (ticket.statusId() == null || ticket.statusId().isBlank()) {
			throw new ValidationException("hs_pipeline_stage", "ticket.stage-required",
					"A ticket is created in a status: hs_pipeline_stage is required");
		}
		Status status = ticketStatus(pipeline, ticket.statusId());
		List<Violation> violations = new ArrayList<>();
		TicketRules.checkValues(desk, values, violations);
		checkOwners(tx, desk, values, violations);
		Map<String, String> written = TicketRules.merge(Map.of(),
				violations.isEmpty() ? TicketRules.normalize(desk, values) : values);
		TicketRules.checkRequired(status, written, violations);
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
		return new NewTicket(pipeline.getId(), status.getId(), written);
	}

	@Override
	public Ticket get(long ticketId) {
		return store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			return ArchivedValues.hide(desk, visible(tx, desk, Rights.of(tx), ticketId));
		});
	}

	@Override
	public BatchResult<Ticket> readAll(List<Long> ticketIds) {
		checkBatchSize(ticketIds.size());
		return store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			Rights rights = Rights.of(tx);
			List<Ticket> found = tx.findTickets(ticketIds).stream().filter(t -> rights.canView(desk, t)).toList();
			Set<Long> present = new HashSet<>(found.stream().map(Ticket::id).toList());
			List<BatchResult.ItemError> errors = new ArrayList<>();
			for (int i = 0; i < ticketIds.size(); i++) {
				if (!present.contains(ticketIds.get(i))) {
					errors.add(new BatchResult.ItemError(i, Long.toString(ticketIds.get(i)), notFound(ticketIds.get(i))));
				}
			}
			return new BatchResult<>(ArchivedValues.hide(configuration.read(tx), found), errors);
		});
	}

	@Override
	public Ticket update(long ticketId, TicketChange change) {
		return store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			Rights rights = Rights.of(tx);
			return ArchivedValues.hide(desk, apply(tx, desk, rights, visible(tx, desk, rights, ticketId), change));
		});
	}

	@Override
	public BatchResult<Ticket> updateAll(List<TicketUpdate> updates) {
		checkBatchSize(updates.size());
		return store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			Rights rights = Rights.of(tx);
			Map<Long, Ticket> current = new LinkedHashMap<>();
			tx.findTickets(updates.stream().map(TicketUpdate::ticketId).toList()).stream()
					.filter(t -> rights.canView(desk, t)).forEach(t -> current.put(t.id(), t));
			List<Ticket> results = new ArrayList<>();
			List<BatchResult.ItemError> errors = new ArrayList<>();
			for (int i = 0; i < updates.size(); i++) {
				TicketUpdate update = updates.get(i);
				try {
					Ticket before = current.get(update.ticketId());
					if (before == null) {
						throw notFound(update.ticketId());
					}
					Ticket after = apply(tx, desk, rights, before, update.change());
					current.put(after.id(), after); // a second change of the same ticket builds on the first
					results.add(ArchivedValues.hide(desk, after));
				} catch (PipedeskException e) {
					errors.add(new BatchResult.ItemError(i, Long.toString(update.ticketId()), e));
				}
			}
			return new BatchResult<>(results, errors);
		});
	}

	/** Checks and writes one change of a ticket inside {@code tx}. */
	private Ticket apply(StoreTransaction tx, Desk desk, Rights rights, Ticket before, TicketChange change) {
		rights.requireEdit(desk, before);
		Map<String, String> changes = change.properties() == null ? Map.of() : change.properties();
		if (change.expectedVersion() != null && change.expectedVersion() != before.version()) {
			throw stale(before);
		}
		boolean pipelineChanges = change.pipelineId() != null && !change.pipelineId().isBlank()
				&& !change.pipelineId().equals(before.pipelineId());
		Pipeline pipeline = ticketPipeline(desk, pipelineChanges ? change.pipelineId() : before.pipelineId());
		if (pipelineChanges) {
			rights.requireCreateIn(pipeline);
		}
		String statusId = change.statusId() != null && !change.statusId().isBlank() ? change.statusId()
				: before.statusId();
		if (pipelineChanges && (change.statusId() == null || change.statusId().isBlank())) {
			throw new ValidationException("hs_pipeline_stage", "ticket.stage-required",
					"Moving a ticket to pipeline " + pipeline.getId() + " needs hs_pipeline_stage as well");
		}
		Status status = ticketStatus(pipeline, statusId);
		List<Violation> violations = new ArrayList<>();
		TicketRules.checkValues(desk, changes, violations);
		checkOwners(tx, desk, changes, violations);
		Map<String, String> normalized = violations.isEmpty() ? TicketRules.normalize(desk, changes) : changes;
		Map<String, String> merged = TicketRules.merge(before.properties(), normalized);
		if (!status.getId().equals(before.statusId())) {
			TicketRules.checkRequired(status, merged, violations);
		}
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
		Instant now = configuration.now();
		if (!tx.updateTicket(before, pipeline.getId(), status.getId(), normalized, rights.actor(), now)) {
			throw stale(find(tx, before.id()));
		}
		Ticket after = new Ticket(before.id(), pipeline.getId(), status.getId(), Map.copyOf(merged),
				before.version() + 1, before.createdAt(), now);
		events.publishAfterCommit(tx, new DomainEvent.TicketUpdated(before, after, now));
		return after;
	}

	@Override
	public void delete(long ticketId) {
		store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			Rights rights = Rights.of(tx);
			Ticket ticket = visible(tx, desk, rights, ticketId);
			rights.requireDelete(desk, ticket);
			tx.deleteTicket(ticketId);
			events.publishAfterCommit(tx, new DomainEvent.TicketDeleted(ticket, configuration.now()));
			return null;
		});
	}

	@Override
	public BatchResult<Long> deleteAll(List<Long> ticketIds) {
		checkBatchSize(ticketIds.size());
		return store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			Rights rights = Rights.of(tx);
			List<Long> deleted = new ArrayList<>();
			List<BatchResult.ItemError> errors = new ArrayList<>();
			Map<Long, Ticket> current = new LinkedHashMap<>();
			tx.findTickets(ticketIds).stream().filter(t -> rights.canView(desk, t)).forEach(t -> current.put(t.id(), t));
			Instant now = configuration.now();
			for (int i = 0; i < ticketIds.size(); i++) {
				long id = ticketIds.get(i);
				Ticket ticket = current.remove(id);
				if (ticket != null) {
					try {
						rights.requireDelete(desk, ticket);
					} catch (PipedeskException e) {
						errors.add(new BatchResult.ItemError(i, Long.toString(id), e));
						continue;
					}
				}
				if (ticket == null || !tx.deleteTicket(id)) {
					errors.add(new BatchResult.ItemError(i, Long.toString(id), notFound(id)));
					continue;
				}
				deleted.add(id);
				events.publishAfterCommit(tx, new DomainEvent.TicketDeleted(ticket, now));
			}
			return new BatchResult<>(deleted, errors);
		});
	}

	@Override
	public SearchResult search(TicketSearch search) {
		return store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			TicketQuery query = TicketSearchPlanner.plan(desk, search);
			TicketQueryResult found = ValueCounts.search(tx, desk, query, Rights.of(tx).visibility(desk));
			int next = query.offset() + found.tickets().size();
			boolean more = next < found.total() && next < TicketSearchPlanner.MAX_RESULTS && !found.tickets().isEmpty();
			return new SearchResult(found.total(), ArchivedValues.hide(desk, found.tickets()),
					more ? Integer.toString(next) : null);
		});
	}

	@Override
	public HistoryPage history(long ticketId, String after, int limit) {
		long afterId = cursor(after, 0);
		int size = pageSize(limit);
		return store.inTransaction(tx -> {
			visible(tx, configuration.read(tx), Rights.of(tx), ticketId);
			List<TicketHistoryEntry> rows = tx.ticketHistory(ticketId, afterId, size + 1);
			if (rows.size() <= size) {
				return new HistoryPage(rows, null);
			}
			List<TicketHistoryEntry> page = List.copyOf(rows.subList(0, size));
			return new HistoryPage(page, Long.toString(page.get(size - 1).id()));
		});
	}

	@Override
	public Map<String, List<TicketHistoryEntry>> propertyHistory(long ticketId, List<String> propertyNames) {
		return store.inTransaction(tx -> {
			visible(tx, configuration.read(tx), Rights.of(tx), ticketId);
			Map<String, List<TicketHistoryEntry>> byName = new LinkedHashMap<>();
			propertyNames.forEach(name -> byName.put(name, new ArrayList<>()));
			List<String> visible = ArchivedValues.visibleNames(configuration.read(tx), propertyNames);
			tx.propertyHistory(ticketId, visible).forEach(e -> byName.get(e.propertyName()).add(e));
			return byName;
		});
	}

	@Override
	public List<StatusTime> timeInStatus(long ticketId) {
		return store.inTransaction(tx -> {
			visible(tx, configuration.read(tx), Rights.of(tx), ticketId);
			return tx.statusTimes(ticketId, configuration.now());
		});
	}

	@Override
	public TicketPage list(String after, int limit) {
		long afterId = cursor(after, 0);
		int size = pageSize(limit);
		return store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			return page(ArchivedValues.hide(desk, tx.listTickets(afterId, size + 1, Rights.of(tx).visibility(desk))), size);
		});
	}

	@Override
	public TicketPage listInStatus(String pipelineId, String statusId, String after, int limit) {
		long beforeId = cursor(after, Long.MAX_VALUE);
		int size = pageSize(limit);
		return store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			Rights rights = Rights.of(tx);
			Pipeline pipeline = ModelViews.pipeline(desk, pipelineId);
			rights.requireViewPipeline(pipeline);
			Status status = ModelViews.status(pipeline, statusId);
			return page(ArchivedValues.hide(desk,
					tx.listTicketsInStatus(status.getId(), beforeId, size + 1, rights.visibility(desk))), size);
		});
	}

	@Override
	public List<BoardColumn> board(String pipelineId, int limitPerStatus) {
		int size = pageSize(limitPerStatus);
		return store.inTransaction(tx -> {
			Desk desk = configuration.read(tx);
			Rights rights = Rights.of(tx);
			Pipeline pipeline = ModelViews.pipeline(desk, pipelineId);
			rights.requireViewPipeline(pipeline);
			TicketVisibility visibility = rights.visibility(desk);
			Map<String, Long> counts = tx.countVisibleTicketsByStatus(
					pipeline.getStatuses().stream().map(Status::getId).toList(), visibility);
			return pipeline.getStatuses().stream().sorted(ModelViews.STATUS_ORDER)
					.map(status -> new BoardColumn(ModelViews.info(status), counts.getOrDefault(status.getId(), 0L),
							page(ArchivedValues.hide(desk,
									tx.listTicketsInStatus(status.getId(), Long.MAX_VALUE, size + 1, visibility)), size)))
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
		return tx.findTicket(ticketId).orElseThrow(() -> notFound(ticketId));
	}

	/** The ticket, if it exists and the caller may view it; otherwise not found either way. */
	private static Ticket visible(StoreTransaction tx, Desk desk, Rights rights, long ticketId) {
		Ticket ticket = find(tx, ticketId);
		rights.requireView(desk, ticket);
		return ticket;
	}

	/**
	 * Owner properties name users and team properties teams: each value must be the id of an existing one (one
	 * query for each kind, whatever the number of values).
	 */
	private static void checkOwners(StoreTransaction tx, Desk desk, Map<String, String> values,
			List<Violation> violations) {
		checkReferences(desk, values, org.pipedesk.model.desk.PropertyType.OWNER, "owner.user-exists", "user",
				ids -> tx.security().existingUserIds(ids), violations);
		checkReferences(desk, values, org.pipedesk.model.desk.PropertyType.TEAM, "team.team-exists", "team",
				ids -> tx.security().existingTeamIds(ids), violations);
	}

	private static void checkReferences(Desk desk, Map<String, String> values,
			org.pipedesk.model.desk.PropertyType type, String rule, String noun,
			Function<Collection<Long>, Set<Long>> existing, List<Violation> violations) {
		Map<String, Long> references = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (value == null || value.isEmpty()) {
				return;
			}
			desk.getProperties().stream().filter(p -> p.getName().equals(name) && p.getType() == type).findFirst()
					.ifPresent(p -> {
						try {
							references.put(name, Long.parseLong(value.trim()));
						} catch (NumberFormatException e) {
							violations.add(new Violation(name, rule, name + " must be the id of a " + noun + "; '"
									+ value + "' is not a " + noun + " id"));
						}
					});
		});
		if (references.isEmpty()) {
			return;
		}
		Set<Long> known = existing.apply(references.values());
		references.forEach((name, id) -> {
			if (!known.contains(id)) {
				violations.add(new Violation(name, rule, name + " must be the id of a " + noun + "; " + noun + " " + id
						+ " does not exist"));
			}
		});
	}

	static NotFoundException notFound(long ticketId) {
		return new NotFoundException("ticketId", Long.toString(ticketId), "Ticket " + ticketId + " does not exist");
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

	private static void checkBatchSize(int size) {
		if (size < 1 || size > MAX_BATCH) {
			throw new ValidationException("inputs", "batch.size", "A batch holds 1 to " + MAX_BATCH + " inputs");
		}
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
