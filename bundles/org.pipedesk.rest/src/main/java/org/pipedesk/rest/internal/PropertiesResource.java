package org.pipedesk.rest.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.PropertyService;
import org.pipedesk.core.api.PropertyType;
import org.pipedesk.rest.internal.PipelineJson.Collection;
import org.pipedesk.rest.internal.PropertyJson.PropertyIn;
import org.pipedesk.rest.internal.PropertyJson.PropertyOut;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * HubSpot CRM v3 ticket properties: the built-in ones and custom ones. {@code DELETE} archives (HubSpot's
 * semantics): the property is no longer listed unless {@code archived=true} is asked, and no longer writable on
 * tickets; stored values are kept.
 */
@Component(service = PropertiesResource.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON, RestWhiteboard.REQUIRE_AUTH })
@Path("/crm/v3/properties/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PropertiesResource {
	private final PropertyService properties;

	@Activate
	public PropertiesResource(@Reference PropertyService properties) {
		this.properties = properties;
	}

	/** The active properties; {@code archived=true} lists only the archived ones, as HubSpot does. */
	@GET
	public Collection<PropertyOut> list(@QueryParam("archived") boolean archived) {
		return new Collection<>(properties.list(archived).stream().map(PropertyJson::out).toList());
	}

	@POST
	public Response create(PropertyIn body) {
		PropertyIn in = PipelinesResource.required(body);
		return Response.status(201).entity(PropertyJson.out(properties.create(PropertyJson.toNew(in)))).build();
	}

	@GET
	@Path("{propertyName}")
	public PropertyOut get(@PathParam("propertyName") String name) {
		return PropertyJson.out(properties.get(name));
	}

	@PATCH
	@Path("{propertyName}")
	public PropertyOut update(@PathParam("propertyName") String name, PropertyIn body) {
		PropertyIn in = PipelinesResource.required(body);
		// Only a fieldType change of a string property needs the current type (text and textarea are two types).
		PropertyType current = in.type() == null && in.fieldType() != null ? properties.get(name).type() : null;
		return PropertyJson.out(properties.update(name, PropertyJson.toChange(in, current)));
	}

	@DELETE
	@Path("{propertyName}")
	public Response archive(@PathParam("propertyName") String name) {
		properties.archive(name);
		return Response.noContent().build();
	}
}
