package org.pipedesk.rest.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.ConfigurationChangeResult;
import org.pipedesk.core.api.ConfigurationDiff;
import org.pipedesk.core.api.ConfigurationService;
import org.pipedesk.core.api.ConfigurationVersion;
import org.pipedesk.core.api.ConfigurationVersionPage;
import org.pipedesk.core.api.DocumentFormat;
import org.pipedesk.core.api.NotFoundException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Admin API of the desk configuration as a versioned model: versions (who, when, what), one version's document,
 * the diff of two versions, rollback, and export/import of the whole configuration as JSON or XMI.
 * <p>
 * {@code author} (import, rollback) names who made the change until users exist; it defaults to "api".
 */
@Component(service = ConfigurationResource.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON, RestWhiteboard.REQUIRE_AUTH })
@Path("/pipedesk/v1/configuration")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigurationResource {
	private static final String XML = "application/xml";

	private final ConfigurationService configuration;

	@Activate
	public ConfigurationResource(@Reference ConfigurationService configuration) {
		this.configuration = configuration;
	}

	record VersionPage(List<ConfigurationVersion> results, Paging paging) {
	}

	record Paging(Next next) {
	}

	record Next(String after, String link) {
	}

	@GET
	@Path("versions")
	public VersionPage versions(@QueryParam("limit") @DefaultValue("20") int limit, @QueryParam("after") String after,
			@Context UriInfo uri) {
		ConfigurationVersionPage page = configuration.versions(after, limit);
		return new VersionPage(page.results(), paging(uri, limit, page.after()));
	}

	/** The version's configuration as a document (JSON by default, {@code ?format=xmi} for XMI). */
	@GET
	@Path("versions/{version}")
	@Produces({ MediaType.APPLICATION_JSON, XML })
	public Response document(@PathParam("version") String version, @QueryParam("format") String format) {
		DocumentFormat documentFormat = DocumentFormat.of(format);
		return document(configuration.document(number(version), documentFormat), documentFormat);
	}

	@GET
	@Path("versions/{from}/diff/{to}")
	public ConfigurationDiff diff(@PathParam("from") String from, @PathParam("to") String to) {
		return configuration.diff(number(from), number(to));
	}

	/** Stores a new version with the content of {@code version}, if every rule allows it ({@code dryRun}: only check). */
	@POST
	@Path("versions/{version}/rollback")
	public ConfigurationChangeResult rollback(@PathParam("version") String version,
			@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, @QueryParam("author") String author) {
		return configuration.rollback(number(version), dryRun, author);
	}

	@GET
	@Path("export")
	@Produces({ MediaType.APPLICATION_JSON, XML })
	public Response export(@QueryParam("format") String format) {
		DocumentFormat documentFormat = DocumentFormat.of(format);
		return document(configuration.export(documentFormat), documentFormat);
	}

	@POST
	@Path("import")
	@Consumes(MediaType.APPLICATION_JSON)
	public ConfigurationChangeResult importJson(String document,
			@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, @QueryParam("author") String author) {
		return configuration.importDocument(document, DocumentFormat.JSON, dryRun, author);
	}

	@POST
	@Path("import")
	@Consumes({ XML, MediaType.TEXT_XML, "application/xmi+xml" })
	public ConfigurationChangeResult importXmi(String document,
			@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, @QueryParam("author") String author) {
		return configuration.importDocument(document, DocumentFormat.XMI, dryRun, author);
	}

	private static Response document(String document, DocumentFormat format) {
		return Response.ok(document, format == DocumentFormat.XMI ? XML + ";charset=UTF-8"
				: MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
	}

	static Paging paging(UriInfo uri, int limit, String after) {
		return after == null ? null
				: new Paging(new Next(after,
						uri.getAbsolutePathBuilder().queryParam("limit", limit).queryParam("after", after).build()
								.toString()));
	}

	private static long number(String version) {
		try {
			return Long.parseLong(version);
		} catch (NumberFormatException e) {
			throw new NotFoundException("version", version, "Configuration version " + version + " does not exist");
		}
	}
}
