package org.pipedesk.automation.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.pipedesk.core.api.DomainEvent;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketService;

/**
 * The tickets of a worker's chunk of jobs, read in one call before the chunk runs instead of one read per job. Every
 * ticket change reaches the engine as a domain event inside the changing transaction (the worker's, when an action
 * changes a ticket), and a ticket changed so is read again for the jobs after it: an action always sees its ticket
 * as the batch left it. One per worker thread while it runs a batch.
 */
final class TicketsReadAhead implements AutoCloseable {
	private static final ThreadLocal<TicketsReadAhead> CURRENT = new ThreadLocal<>();
	private final TicketService service;
	private final Map<Long, Ticket> read = new HashMap<>();

	private TicketsReadAhead(TicketService service) {
		this.service = service;
	}

	static TicketsReadAhead open(TicketService service) {
		TicketsReadAhead readAhead = new TicketsReadAhead(service);
		CURRENT.set(readAhead);
		return readAhead;
	}

	@Override
	public void close() {
		CURRENT.remove();
	}

	/** Reads those of {@code ticketIds} not read yet (missing ones stay missing: {@link #get} tells). */
	void readAhead(List<Long> ticketIds) {
		List<Long> wanted = List.copyOf(new LinkedHashSet<>(ticketIds.stream().filter(id -> !read.containsKey(id))
				.toList()));
		for (int from = 0; from < wanted.size(); from += TicketService.MAX_BATCH) {
			service.readAll(wanted.subList(from, Math.min(wanted.size(), from + TicketService.MAX_BATCH))).results()
					.forEach(ticket -> read.put(ticket.id(), ticket));
		}
	}

	/** The ticket as read ahead, else read now (throwing core's NotFoundException when it does not exist). */
	Ticket get(long ticketId) {
		Ticket ticket = read.get(ticketId);
		return ticket != null ? ticket : service.get(ticketId);
	}

	/** Called for every domain event: a changed ticket is read again when a later job needs it. */
	static void changed(DomainEvent event) {
		TicketsReadAhead readAhead = CURRENT.get();
		if (readAhead == null) {
			return;
		}
		switch (event) {
		case DomainEvent.TicketCreated created -> readAhead.read.remove(created.ticket().id());
		case DomainEvent.TicketUpdated updated -> readAhead.read.remove(updated.after().id());
		case DomainEvent.TicketDeleted deleted -> readAhead.read.remove(deleted.ticket().id());
		case DomainEvent.EmailSentToCustomer sent -> readAhead.read.remove(sent.ticket().id());
		case DomainEvent.CustomerReplied replied -> readAhead.read.remove(replied.ticket().id());
		case DomainEvent.TicketsMoved moved -> readAhead.read.clear(); // no ids: any ticket may have moved
		}
	}
}
