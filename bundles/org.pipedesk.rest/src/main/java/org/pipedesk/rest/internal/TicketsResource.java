package org.pipedesk.rest.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.BatchResult;
import org.pipedesk.core.api.NewTicket;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.SearchResult;
import org.pipedesk.core.api.TicketHistoryEntry;
import org.pipedesk.core.api.TicketSearch;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketChange;
import org.pipedesk.core.api.TicketPage;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.ValidationException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * HubSpot CRM v3 tickets. {@code hs_pipeline} and {@code hs_pipeline_stage} travel among the properties as in
 * HubSpot. Each response carries the ticket's version as an ETag; a PATCH with {@code If-Match} naming an older
 * version is refused with 409. Every method answers through {@link TicketService} alone, whose calls check the
 * caller and its token ({@link CallerCheckedInCore}).
 */
@Component(service = TicketsResource.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON, RestWhiteboard.REQUIRE_AUTH })
@Path("/crm/v3/objects/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketsResource {
	static final String PIPELINE = "hs_pipeline";
	static final String STAGE = "hs_pipeline_stage";

	private final TicketService tickets;

	@Activate
	public TicketsResource(@Reference TicketService tickets) {
		this.tickets = tickets;
	}

	record TicketIn(Map<String, Object> properties) {
	}

	record TicketOut(String id, Map<String, String> properties, Instant createdAt, Instant updatedAt, boolean archived,
			long version) {
	}

	record Page(List<TicketOut> results, Paging paging) {
	}

	record Paging(Next next) {
	}

	record Next(String after, String link) {
	}

	@CallerCheckedInCore
	@POST
	public Response create(TicketIn body) {
		Map<String, String> properties = properties(body);
		String pipelineId = properties.remove(PIPELINE);
		String stageId = properties.remove(STAGE);
		Ticket ticket = tickets.create(pipelineId, stageId, properties);
		return withVersion(Response.status(201), ticket);
	}

	@CallerCheckedInCore
	@GET
	public Page list(@QueryParam("limit") @DefaultValue("10") int limit, @QueryParam("after") String after,
			@Context UriInfo uri) {
		TicketPage page = tickets.list(after, limit);
		Paging paging = page.after() == null ? null
				: new Paging(new Next(page.after(),
						uri.getAbsolutePathBuilder().queryParam("limit", limit).queryParam("after", page.after()).build()
								.toString()));
		return new Page(page.results().stream().map(TicketsResource::out).toList(), paging);
	}

	/**
	 * One ticket with its time in each status (HubSpot's hs_v2_* properties) and, for the properties named in
	 * {@code propertiesWithHistory}, their recorded values, newest first.
	 */
	@CallerCheckedInCore
	@GET
	@Path("{ticketId}")
	public Response get(@PathParam("ticketId") String ticketId,
			@QueryParam("propertiesWithHistory") String propertiesWithHistory) {
		long id = id(ticketId);
		Ticket ticket = tickets.get(id);
		TicketOut out = out(ticket);
		tickets.timeInStatus(id).forEach(time -> {
			out.properties().put("hs_v2_date_entered_" + time.statusId(), time.dateEntered().toString());
			if (time.dateExited() != null) {
				out.properties().put("hs_v2_date_exited_" + time.statusId(), time.dateExited().toString());
			}
			out.properties().put("hs_v2_latest_time_in_" + time.statusId(), Long.toString(time.latestMillis()));
			out.properties().put("hs_v2_cumulative_time_in_" + time.statusId(), Long.toString(time.cumulativeMillis()));
		});
		Map<String, List<ValueWithHistory>> history = null;
		if (propertiesWithHistory != null && !propertiesWithHistory.isBlank()) {
			List<String> names = List.of(propertiesWithHistory.split(",")).stream().map(String::strip)
					.filter(n -> !n.isEmpty()).distinct().toList();
			history = new LinkedHashMap<>();
			for (Map.Entry<String, List<TicketHistoryEntry>> entry : tickets.propertyHistory(id, names).entrySet()) {
				history.put(entry.getKey(), entry.getValue().stream().map(e -> new ValueWithHistory(
						e.newValue() == null ? "" : e.newValue(), e.occurredAt(), "API", e.actor())).toList());
			}
		}
		TicketWithHistory body = new TicketWithHistory(out.id(), out.properties(), history, out.createdAt(),
				out.updatedAt(), false, out.version());
		return Response.ok().header(HttpHeaders.ETAG, etag(ticket)).entity(body).build();
	}

	record ValueWithHistory(String value, Instant timestamp, String sourceType, String sourceId) {
	}

	record TicketWithHistory(String id, Map<String, String> properties,
			Map<String, List<ValueWithHistory>> propertiesWithHistory, Instant createdAt, Instant updatedAt,
			boolean archived, long version) {
	}

	@CallerCheckedInCore
	@POST
	@Path("batch/create")
	public Response batchCreate(TicketBatchJson.BatchIn<TicketIn> body) {
		Instant started = Instant.now();
		List<NewTicket> inputs = inputs(body).stream().map(in -> {
			Map<String, String> properties = properties(in);
			return new NewTicket(properties.remove(PIPELINE), properties.remove(STAGE), properties);
		}).toList();
		return TicketBatchJson.response(tickets.createAll(inputs), TicketsResource::out, 201, started);
	}

	@CallerCheckedInCore
	@POST
	@Path("batch/read")
	public Response batchRead(TicketBatchJson.BatchIn<TicketBatchJson.IdIn> body) {
		Instant started = Instant.now();
		return TicketBatchJson.response(tickets.readAll(ids(body)), TicketsResource::out, 200, started);
	}

	@CallerCheckedInCore
	@POST
	@Path("batch/update")
	public Response batchUpdate(TicketBatchJson.BatchIn<TicketBatchJson.UpdateIn> body) {
		Instant started = Instant.now();
		List<TicketService.TicketUpdate> updates = inputs(body).stream().map(in -> {
			Map<String, String> properties = properties(new TicketIn(in.properties()));
			return new TicketService.TicketUpdate(batchId(in.id()),
					new TicketChange(properties.remove(PIPELINE), properties.remove(STAGE), properties, null));
		}).toList();
		return TicketBatchJson.response(tickets.updateAll(updates), TicketsResource::out, 200, started);
	}

	@CallerCheckedInCore
	@POST
	@Path("batch/archive")
	public Response batchArchive(TicketBatchJson.BatchIn<TicketBatchJson.IdIn> body) {
		Instant started = Instant.now();
		BatchResult<Long> result = tickets.deleteAll(ids(body));
		return result.complete() ? Response.noContent().build()
				: TicketBatchJson.response(result, String::valueOf, 204, started);
	}

	record SearchIn(List<TicketSearch.FilterGroup> filterGroups, List<Object> sorts, String query, Integer limit,
			String after, List<String> properties) {
	}

	record SearchOut(long total, List<TicketOut> results, Paging paging) {
	}

	/** HubSpot search; sorts come as objects or as strings ("createdate", "-createdate" for descending). */
	@CallerCheckedInCore
	@POST
	@Path("search")
	public SearchOut search(SearchIn body) {
		SearchIn in = PipelinesResource.required(body);
		List<TicketSearch.Sort> sorts = in.sorts() == null ? List.of() : in.sorts().stream().map(TicketsResource::sort).toList();
		SearchResult result = tickets.search(new TicketSearch(in.filterGroups(), sorts, in.query(),
				in.limit() == null ? 10 : in.limit(), in.after()));
		return new SearchOut(result.total(), result.results().stream().map(TicketsResource::out).toList(),
				result.after() == null ? null : new Paging(new Next(result.after(), null)));
	}

	private static TicketSearch.Sort sort(Object sort) {
		if (sort instanceof String text) {
			return text.startsWith("-") ? new TicketSearch.Sort(text.substring(1), "DESCENDING")
					: new TicketSearch.Sort(text, "ASCENDING");
		}
		if (sort instanceof Map<?, ?> map) {
			Object name = map.get("propertyName");
			Object direction = map.get("direction");
			return new TicketSearch.Sort(name == null ? null : name.toString(), direction == null ? null : direction.toString());
		}
		throw new ValidationException("sorts", "search.sort-shape",
				"Each sort is a property name or {\"propertyName\":..., \"direction\":\"ASCENDING|DESCENDING\"}");
	}

	private static <T> List<T> inputs(TicketBatchJson.BatchIn<T> body) {
		TicketBatchJson.BatchIn<T> in = PipelinesResource.required(body);
		if (in.inputs() == null || in.inputs().isEmpty() || in.inputs().size() > TicketService.MAX_BATCH) {
			throw new ValidationException("inputs", "batch.size",
					"'inputs' must hold 1 to " + TicketService.MAX_BATCH + " items");
		}
		if (in.inputs().stream().anyMatch(java.util.Objects::isNull)) {
			throw new ValidationException("inputs", "batch.item-required", "'inputs' must not contain null");
		}
		return in.inputs();
	}

	private static List<Long> ids(TicketBatchJson.BatchIn<TicketBatchJson.IdIn> body) {
		return inputs(body).stream().map(in -> batchId(in.id())).toList();
	}

	/** In a batch an unknown id is that item's error, a malformed one the request's. */
	private static long batchId(String id) {
		try {
			return Long.parseLong(String.valueOf(id).strip());
		} catch (NumberFormatException e) {
			throw new ValidationException("inputs.id", "batch.id-format", "Ticket id '" + id + "' is not a ticket id");
		}
	}

	@CallerCheckedInCore
	@PATCH
	@Path("{ticketId}")
	public Response update(@PathParam("ticketId") String ticketId, @HeaderParam("If-Match") String ifMatch,
			TicketIn body) {
		long id = id(ticketId);
		Map<String, String> properties = properties(body);
		String pipelineId = properties.remove(PIPELINE);
		String stageId = properties.remove(STAGE);
		Ticket ticket = tickets.update(id, new TicketChange(pipelineId, stageId, properties, expectedVersion(ifMatch)));
		return withVersion(Response.ok(), ticket);
	}

	@CallerCheckedInCore
	@DELETE
	@Path("{ticketId}")
	public Response delete(@PathParam("ticketId") String ticketId) {
		tickets.delete(id(ticketId));
		return Response.noContent().build();
	}

	static TicketOut out(Ticket ticket) {
		Map<String, String> properties = new TreeMap<>(ticket.properties());
		properties.put(PIPELINE, ticket.pipelineId());
		properties.put(STAGE, ticket.statusId());
		properties.put("hs_object_id", Long.toString(ticket.id()));
		properties.put("createdate", ticket.createdAt().toString());
		properties.put("hs_lastmodifieddate", ticket.updatedAt().toString());
		return new TicketOut(Long.toString(ticket.id()), properties, ticket.createdAt(), ticket.updatedAt(), false,
				ticket.version());
	}

	private static Response withVersion(Response.ResponseBuilder builder, Ticket ticket) {
		return builder.header(HttpHeaders.ETAG, etag(ticket)).entity(out(ticket)).build();
	}

	/**
	 * The ETag header's value, the ticket's version quoted: written as text because Jersey formats an
	 * {@code EntityTag} header by building a localized error message first, each time (half a percent of a create).
	 */
	private static String etag(Ticket ticket) {
		return "\"" + ticket.version() + "\"";
	}

	/** HubSpot clients send numbers and booleans as JSON scalars too; all values are strings here. */
	static Map<String, String> properties(TicketIn body) {
		TicketIn in = PipelinesResource.required(body);
		Map<String, String> properties = new LinkedHashMap<>();
		if (in.properties() == null) {
			return properties;
		}
		in.properties().forEach((name, value) -> {
			if (value == null) {
				properties.put(name, "");
			} else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
				properties.put(name, value.toString());
			} else {
				throw new ValidationException("properties." + name, "property.value-scalar",
						"Property '" + name + "' must be a string, number or boolean");
			}
		});
		return properties;
	}

	/** A path's ticket id; one that is not a number names no ticket (404, as HubSpot answers). */
	static long id(String ticketId) {
		try {
			return Long.parseLong(ticketId);
		} catch (NumberFormatException e) {
			throw new NotFoundException("ticketId", ticketId, "Ticket " + ticketId + " does not exist");
		}
	}

	private static Long expectedVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
		try {
			return Long.parseLong(tag);
		} catch (NumberFormatException e) {
			throw new ValidationException("If-Match", "ticket.version-format",
					"If-Match must carry the ETag (version) of the ticket as last read");
		}
	}
}
