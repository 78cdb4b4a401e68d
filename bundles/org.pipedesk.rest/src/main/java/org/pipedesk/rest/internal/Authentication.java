package org.pipedesk.rest.internal;

import java.util.Set;

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
 * Every request but the health check and the index carries {@code Authorization: Bearer <token>}; the token's
 * user becomes the caller of the core calls the request makes (cleared when the response leaves, so a pooled
 * thread never carries a caller into the next request). Core then checks each read and write against that user.
 * A missing, unknown or revoked token, or an inactive user, gets 401.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class }, property = {
		RestWhiteboard.EXTENSION, "osgi.jakartars.name=" + RestWhiteboard.AUTH_EXTENSION_NAME })
public class Authentication implements ContainerRequestFilter, ContainerResponseFilter {
	/** Paths anyone may read: the liveness check and the index of APIs. */
	static final Set<String> OPEN_PATHS = Set.of("", "/", "pipedesk/v1/health", "/pipedesk/v1/health");
	private static final String BEARER = "bearer ";

	private final TokenService tokens;

	@Activate
	public Authentication(@Reference TokenService tokens) {
		this.tokens = tokens;
	}

	@Override
	public void filter(ContainerRequestContext request) {
		CallerContext.set(null);
		if (OPEN_PATHS.contains(request.getUriInfo().getPath())) {
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
