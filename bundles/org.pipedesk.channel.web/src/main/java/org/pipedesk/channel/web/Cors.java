package org.pipedesk.channel.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pipedesk.core.api.ForbiddenException;
import org.pipedesk.core.api.Violation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

/**
 * Which web pages may post to a public endpoint from the browser (CORS). An endpoint's {@code allowedOrigins} are
 * origins ({@code https://shop.example.com}, with a port when not the default) or {@code *} for any. A request
 * with an {@code Origin} header not in a non-empty list is refused (403); an admitted origin is echoed in
 * {@code Access-Control-Allow-Origin} on the answer, errors included, so the page can read it. Requests without
 * {@code Origin} (servers, curl) are not browser requests and CORS does not concern them. An empty list admits every
 * origin without CORS headers: plain HTML form posts work, scripts of other sites cannot read the answers.
 */
public final class Cors {
	/** The request attribute naming the origin to echo; set by {@link #admit}, read by the response filter. */
	public static final String ORIGIN_ATTRIBUTE = "org.pipedesk.channel.web.cors-origin";
	public static final String ANY = "*";

	private Cors() {
	}

	/** The origins, normalized (lower case, no trailing slash, no duplicates); a problem of {@code field} per bad one. */
	public static List<String> normalize(List<String> origins, String field, List<Violation> problems) {
		if (origins == null) {
			return List.of();
		}
		Set<String> normalized = new LinkedHashSet<>();
		for (String origin : origins) {
			String value = origin == null ? "" : origin.strip().toLowerCase(Locale.ROOT);
			if (value.endsWith("/")) {
				value = value.substring(0, value.length() - 1);
			}
			if (value.equals(ANY) || isOrigin(value)) {
				normalized.add(value);
			} else {
				problems.add(new Violation(field, "cors.origin-valid",
						"Not an origin (scheme://host[:port]) nor *: " + origin));
			}
		}
		return new ArrayList<>(normalized);
	}

	private static boolean isOrigin(String value) {
		try {
			URI uri = new URI(value);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getRawUserInfo() == null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
					&& uri.getRawQuery() == null && uri.getRawFragment() == null;
		} catch (URISyntaxException e) {
			return false;
		}
	}

	/** Refuses a browser request from an origin the list does not admit; marks an admitted one for the CORS headers. */
	public static void admit(HttpServletRequest request, List<String> allowedOrigins) {
		String origin = request.getHeader("Origin");
		if (origin == null || allowedOrigins.isEmpty()) {
			return;
		}
		String normalized = origin.strip().toLowerCase(Locale.ROOT);
		if (!allowedOrigins.contains(ANY) && !allowedOrigins.contains(normalized)) {
			throw new ForbiddenException("Origin", "cors.origin-allowed",
					"Requests from " + origin + " are not allowed here");
		}
		request.setAttribute(ORIGIN_ATTRIBUTE, origin.strip());
	}

	/** The answer to a preflight request of an admitted origin (call {@link #admit} first). */
	public static Response preflight(String methods, String headers) {
		return Response.noContent().header("Access-Control-Allow-Methods", methods)
				.header("Access-Control-Allow-Headers", headers).header("Access-Control-Max-Age", "600").build();
	}
}
