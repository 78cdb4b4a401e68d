package org.pipedesk.channel.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a public request comes from, the key of its rate limits. By default the connection's peer address:
 * {@code X-Forwarded-For} is written by whoever sends the request, so it is believed only when the peer is one of
 * the configured trusted proxies (ConfigAdmin PID {@code org.pipedesk.channel.web}, {@code trustedProxies}).
 */
public interface ClientAddresses {
	String PID = "org.pipedesk.channel.web";

	String of(HttpServletRequest request);
}
