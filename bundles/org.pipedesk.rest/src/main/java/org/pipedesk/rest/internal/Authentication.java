package org.pipedesk.rest.internal;

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
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Every request but the health check, the index and the public channel endpoints carries
 * {@code Authorization: Bearer <token>}; the token's user becomes the caller of the core calls the request makes
 * (cleared when the response leaves, so a pooled thread never carries a caller into the next request). Core then checks each read and write against that user.
 * A missing, unknown or revoked token, or an inactive user, gets 401.
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

	private final TokenService tokens;

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
		CallerContext.set(tokens.authenticate(header.substring(BEARER.length())));
	}

	@Override
	public void filter(ContainerRequestContext request, ContainerResponseContext response) {
		CallerContext.set(null);
		if (response.getStatus() == 401) {
			response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pipedesk\"");
		}
	}
}
