package org.pipedesk.rest.internal;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.api.TokenService;
import org.pipedesk.core.api.UnauthenticatedException;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Every request but the health check, the index and the public channel endpoints carries
 * {@code Authorization: Bearer <token>}; the token's user becomes the caller of the core calls the request makes
 * (cleared when the response leaves, so a pooled thread never carries a caller into the next request). Core then checks each read and write against that user.
 * A missing, unknown or revoked token, or an inactive user, gets 401. For the most frequent requests (methods marked
 * {@link CallerCheckedInCore}) the token's user comes from memory and core checks the token in the request's own
 * transaction; every other request has its token checked here, in a transaction of its own.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class }, property = {
		RestWhiteboard.EXTENSION, "osgi.jakartars.name=" + RestWhiteboard.AUTH_EXTENSION_NAME })
public class Authentication implements ContainerRequestFilter, ContainerResponseFilter {
	/** Paths anyone may read: the liveness check and the index of APIs. */
	static final Set<String> OPEN_PATHS = Set.of("", "/", "pipedesk/v1/health", "/pipedesk/v1/health");
	/**
	 * The public channel endpoints, open on purpose: website visitors submit forms and chat without a Pipedesk
	 * account. Each protects itself instead (random ids, per-address rate limits, size limits, allowed origins, a
	 * secret per chat conversation; see bundles org.pipedesk.channel.form and org.pipedesk.channel.chat). Their admin
	 * and agent APIs live under other paths and need a token.
	 */
	static final Pattern OPEN_CHANNEL_PATHS = Pattern.compile("/?pipedesk/v1/(forms/[^/]+"
			+ "|chat/conversations(/[^/]+/(messages|close))?)");
	private static final String BEARER = "bearer ";

	/** Request property holding the token secret of a request whose token core checks (see {@link CallerCheckedInCore}). */
	private static final String SECRET_NOT_CHECKED_HERE = "pipedesk.token-checked-in-core";

	private final TokenService tokens;
	@Context
	private ResourceInfo resource;

	@Activate
	public Authentication(@Reference TokenService tokens) {
		this.tokens = tokens;
	}

	@Override
	public void filter(ContainerRequestContext request) {
		CallerContext.set(null);
		String path = request.getUriInfo().getPath();
		if (OPEN_PATHS.contains(path) || OPEN_CHANNEL_PATHS.matcher(path).matches()) {
			return;
		}
		String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			throw new UnauthenticatedException("Send an API token as 'Authorization: Bearer <token>'");
		}
		String secret = header.substring(BEARER.length());
		Method method = resource.getResourceMethod();
		if (method != null && method.isAnnotationPresent(CallerCheckedInCore.class)) {
			CallerContext.set(tokens.identify(secret));
			request.setProperty(SECRET_NOT_CHECKED_HERE, secret);
		} else {
			CallerContext.set(tokens.authenticate(secret));
		}
	}

	@Override
	public void filter(ContainerRequestContext request, ContainerResponseContext response) {
		CallerContext.set(null);
		if (request.getProperty(SECRET_NOT_CHECKED_HERE) instanceof String secret && response.getStatus() >= 400
				&& response.getStatus() != 401) {
			// the error may have come before core checked the token (a malformed body, say): a refused token is
			// told as such, as for any other request
			try {
				tokens.authenticate(secret);
			} catch (UnauthenticatedException e) {
				response.setStatus(ErrorBody.statusOf(e));
				response.setEntity(ErrorBody.response(ErrorBody.statusOf(e), ErrorBody.categoryOf(e), e.getMessage(),
						e.violations()).getEntity(), response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
			}
		}
		if (response.getStatus() == 401) {
			response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pipedesk\"");
		}
	}
}
