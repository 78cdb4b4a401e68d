package org.pipedesk.rest.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.AuditEntry;
import org.pipedesk.core.api.AuditPage;
import org.pipedesk.core.api.ConfigurationService;
import org.pipedesk.rest.internal.ConfigurationResource.Paging;

import com.fasterxml.jackson.annotation.JsonRawValue;

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
 * HubSpot's pipeline and stage audits: every change, newest first, with who ({@code identifier}: the author of
 * the configuration version), when, the action and the object as it was after it ({@code rawObject}, in the
 * configuration document's JSON shape). Pipedesk adds {@code objectType}, {@code objectId}, {@code configVersion},
 * and paging ({@code limit}, {@code after}) since a long-lived pipeline gathers many changes.
 */
@Component(service = PipelineAuditResource.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON, RestWhiteboard.REQUIRE_AUTH })
@Path("/crm/v3/pipelines/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineAuditResource {
	/** A Pipedesk server is one desk: one HubSpot "portal". */
	static final int PORTAL_ID = 0;

	private final ConfigurationService configuration;

	@Activate
	public PipelineAuditResource(@Reference ConfigurationService configuration) {
		this.configuration = configuration;
	}

	record AuditInfo(int portalId, String identifier, String action, Instant timestamp, String message,
			@JsonRawValue String rawObject, String objectType, String objectId, long configVersion) {
	}

	record AuditCollection(List<AuditInfo> results, Paging paging) {
	}

	@GET
	@Path("{pipelineId}/audit")
	public AuditCollection pipeline(@PathParam("pipelineId") String pipelineId,
			@QueryParam("limit") @DefaultValue("100") int limit, @QueryParam("after") String after,
			@Context UriInfo uri) {
		return out(configuration.pipelineAudit(pipelineId, after, limit), uri, limit);
	}

	@GET
	@Path("{pipelineId}/stages/{stageId}/audit")
	public AuditCollection stage(@PathParam("pipelineId") String pipelineId, @PathParam("stageId") String stageId,
			@QueryParam("limit") @DefaultValue("100") int limit, @QueryParam("after") String after,
			@Context UriInfo uri) {
		return out(configuration.statusAudit(pipelineId, stageId, after, limit), uri, limit);
	}

	private static AuditCollection out(AuditPage page, UriInfo uri, int limit) {
		return new AuditCollection(page.results().stream().map(PipelineAuditResource::out).toList(),
				ConfigurationResource.paging(uri, limit, page.after()));
	}

	private static AuditInfo out(AuditEntry entry) {
		String type = entry.objectType() == AuditEntry.ObjectType.STATUS ? "STAGE" : entry.objectType().name();
		String message = entry.summary() + " (configuration version " + entry.version() + ": "
				+ type.toLowerCase(Locale.ROOT) + " " + entry.objectId() + " "
				+ entry.action().name().toLowerCase(Locale.ROOT) + ")";
		return new AuditInfo(PORTAL_ID, entry.author(), entry.action().name(), entry.timestamp(), message,
				entry.snapshot(), type, entry.objectId(), entry.version());
	}
}
