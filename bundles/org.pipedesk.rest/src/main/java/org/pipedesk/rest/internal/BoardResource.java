package org.pipedesk.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.BoardColumn;
import org.pipedesk.core.api.PipelineInfo;
import org.pipedesk.core.api.PipelineService;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketPage;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.TicketState;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * A pipeline's board: one column per status in display order, each with its ticket count and first page of cards
 * (newest first), and the next pages of one column. Core reads a board with one grouped count and one query per
 * column (each loading its tickets' properties in one more query), so the board costs the same for any number of
 * tickets.
 */
@Component(service = BoardResource.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON, RestWhiteboard.REQUIRE_AUTH })
@Path("/pipedesk/v1/pipelines/{pipelineId}/board")
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {
	static final String DEFAULT_LIMIT = "20";
	static final String SUBJECT = "subject";

	private final PipelineService pipelines;
	private final TicketService tickets;

	@Activate
	public BoardResource(@Reference PipelineService pipelines, @Reference TicketService tickets) {
		this.pipelines = pipelines;
		this.tickets = tickets;
	}

	record Board(String pipelineId, String label, List<String> cardProperties, List<Column> columns) {
	}

	record Column(Stage stage, Long total, List<Card> cards, Paging paging) {
	}

	record Stage(String id, String label, TicketState ticketState) {
	}

	/** A ticket on the board: its subject and the values of the pipeline's card properties (null when unset). */
	record Card(String id, String subject,
			@JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS) Map<String, String> properties) {
	}

	record Paging(Next next) {
	}

	record Next(String after, String link) {
	}

	@GET
	public Board board(@PathParam("pipelineId") String pipelineId,
			@QueryParam("limit") @DefaultValue(DEFAULT_LIMIT) int limit, @Context UriInfo uri) {
		PipelineInfo pipeline = pipelines.get(pipelineId);
		List<Column> columns = tickets.board(pipelineId, limit).stream()
				.map(column -> column(column.status(), column.total(), column.tickets(), pipeline.cardProperties(),
						limit, uri))
				.toList();
		return new Board(pipeline.id(), pipeline.label(), pipeline.cardProperties(), columns);
	}

	/** The next page of one column: {@code after} is the cursor the previous page gave. */
	@GET
	@Path("{stageId}")
	public Column column(@PathParam("pipelineId") String pipelineId, @PathParam("stageId") String stageId,
			@QueryParam("after") String after, @QueryParam("limit") @DefaultValue(DEFAULT_LIMIT) int limit,
			@Context UriInfo uri) {
		PipelineInfo pipeline = pipelines.get(pipelineId);
		TicketPage page = tickets.listInStatus(pipelineId, stageId, after, limit);
		return column(pipeline.status(stageId), null, page, pipeline.cardProperties(), limit, uri);
	}

	private static Column column(StatusInfo status, Long total, TicketPage page, List<String> cardProperties,
			int limit, UriInfo uri) {
		List<Card> cards = page.results().stream().map(ticket -> card(ticket, cardProperties)).toList();
		Paging paging = page.after() == null ? null
				: new Paging(new Next(page.after(),
						uri.getBaseUriBuilder().path("pipedesk/v1/pipelines/{pipelineId}/board/{stageId}")
								.queryParam("after", page.after()).queryParam("limit", limit)
								.build(status.pipelineId(), status.id()).toString()));
		return new Column(new Stage(status.id(), status.label(), status.ticketState()), total, cards, paging);
	}

	private static Card card(Ticket ticket, List<String> cardProperties) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String name : cardProperties) {
			values.put(name, ticket.properties().get(name));
		}
		return new Card(Long.toString(ticket.id()), ticket.properties().get(SUBJECT), values);
	}
}
