package org.pipedesk.channel.form.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.web.ClientAddresses;
import org.pipedesk.channel.web.Cors;
import org.pipedesk.channel.web.RateLimiter;
import org.pipedesk.channel.web.RequestBodies;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.spi.DeskStore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pipedesk.store.jdbc.sql.Jdbc;

/**
 * The public submission endpoint. Public by design: the people filling a form on a website have no Pipedesk
 * account, so it takes no token (the authentication filter lets exactly these paths through, see
 * {@code Authentication.OPEN_CHANNEL_PATHS} in org.pipedesk.rest); it can only create tickets as its form says. What protects it instead: unknown
 * and disabled forms are 404 (form ids are random UUIDs), the form's allowed origins (CORS, 403 for other pages),
 * its rate limit per client address (429 with Retry-After), its body size limit (413), its fields (only mapped,
 * writable properties; every other field refused), core's ticket rules, and an optional honeypot field. It still
 * selects the auth filter, which runs for it (and clears any caller), so no request reaches it before the filter.
 */
@Component(service = FormSubmitResource.class, property = { "osgi.jakartars.resource=true",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.json)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.auth)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.cors)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.errors.public-limits)" })
@Path(FormSubmitResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class FormSubmitResource {
	static final String PATH = "/pipedesk/v1/forms/{formId}";
	private static final Caller FORM = Caller.system("form");

	private final DeskStore store;
	private final FormSubmissions submissions;
	private final RateLimiter limiter;
	private final ClientAddresses addresses;

	@Activate
	public FormSubmitResource(@Reference DeskStore store, @Reference FormSubmissions submissions,
			@Reference RateLimiter limiter, @Reference ClientAddresses addresses) {
		this.store = store;
		this.submissions = submissions;
		this.limiter = limiter;
		this.addresses = addresses;
	}

	/** HubSpot's answer to a submission; the ticket's id is not revealed to the public. */
	public record Accepted(String inlineMessage) {
	}

	@POST
	@Consumes({ MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED })
	public Accepted submit(@PathParam("formId") String formId, @Context HttpServletRequest request,
			@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
		return CallerContext.callAs(FORM, () -> {
			FormDefinition form = enabledForm(formId);
			Cors.admit(request, form.allowedOrigins());
			String source = addresses.of(request);
			limiter.acquire("form:" + form.id(), form.rateLimit(), source);
			byte[] bytes = RequestBodies.read(body, request.getContentLengthLong(), form.maxBytes());
			Map<String, List<String>> fields = SubmissionPayload.parse(contentType, bytes);
			submissions.submit(form, fields, source);
			return new Accepted(form.thankYouMessage());
		});
	}

	/** The browser's CORS preflight for a JSON post from an allowed page. */
	@OPTIONS
	public Response preflight(@PathParam("formId") String formId, @Context HttpServletRequest request) {
		return CallerContext.callAs(FORM, () -> {
			Cors.admit(request, enabledForm(formId).allowedOrigins());
			return Cors.preflight("POST", "Content-Type");
		});
	}

	private FormDefinition enabledForm(String formId) {
		return store.inTransaction(tx -> FormStore.form(Jdbc.connection(tx), formId))
				.filter(FormDefinition::enabled).orElseThrow(() -> Forms.notFound(formId));
	}
}
