package org.pipedesk.rest.internal;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.StatusTime;
import org.pipedesk.core.api.TicketService;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Pipedesk's own ticket API: the full change history and the time spent in each status. */
@Component(service = TicketHistoryResource.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON, RestWhiteboard.REQUIRE_AUTH })
@Path("/pipedesk/v1/tickets/{ticketId}")
@Produces(MediaType.APPLICATION_JSON)
public class TicketHistoryResource {
	private final TicketService tickets;

	@Activate
	public TicketHistoryResource(@Reference TicketService tickets) {
		this.tickets = tickets;
	}

	record Change(String id, String propertyName, String oldValue, String newValue, String actor, Instant timestamp) {
	}

	record Page<T>(List<T> results, String after) {
	}

	record Time(String stageId, Instant dateEntered, Instant dateExited, long latestTimeMillis, long cumulativeTimeMillis) {
	}

	/** Every recorded change, oldest first: creation values, property changes, status and pipeline moves. */
	@GET
	@Path("history")
	public Page<Change> history(@PathParam("ticketId") String ticketId, @QueryParam("after") String after,
			@QueryParam("limit") @DefaultValue("100") int limit) {
		TicketService.HistoryPage page = tickets.history(id(ticketId), after, limit);
		return new Page<>(page.results().stream().map(e -> new Change(Long.toString(e.id()), e.propertyName(),
				e.oldValue(), e.newValue(), e.actor(), e.occurredAt())).toList(), page.after());
	}

	@GET
	@Path("time-in-status")
	public Page<Time> timeInStatus(@PathParam("ticketId") String ticketId) {
		List<StatusTime> times = tickets.timeInStatus(id(ticketId));
		return new Page<>(times.stream().map(t -> new Time(t.statusId(), t.dateEntered(), t.dateExited(),
				t.latestMillis(), t.cumulativeMillis())).toList(), null);
	}

	private static long id(String ticketId) {
		return TicketsResource.id(ticketId);
	}
}
