package org.pipedesk.rest.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.NotFoundException;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * HubSpot CRM v3 tickets. {@code hs_pipeline} and {@code hs_pipeline_stage} travel among the properties as in
 * HubSpot. Each response carries the ticket's version as an ETag; a PATCH with {@code If-Match} naming an older
 * version is refused with 409.
 */
@Component(service = TicketsResource.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON })
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

	@POST
	public Response create(TicketIn body) {
		Map<String, String> properties = properties(body);
		String pipelineId = properties.remove(PIPELINE);
		String stageId = properties.remove(STAGE);
		Ticket ticket = tickets.create(pipelineId, stageId, properties);
		return withVersion(Response.status(201), ticket);
	}

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

	@GET
	@Path("{ticketId}")
	public Response get(@PathParam("ticketId") String ticketId) {
		return withVersion(Response.ok(), tickets.get(id(ticketId)));
	}

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
		return builder.tag(new EntityTag(Long.toString(ticket.version()))).entity(out(ticket)).build();
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

	private static long id(String ticketId) {
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
