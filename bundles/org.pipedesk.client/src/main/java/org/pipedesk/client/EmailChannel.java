package org.pipedesk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A support mailbox as a channel (super admins): read over IMAP into tickets of its pipeline and status, answered
 * over SMTP. Answers never carry a password, only whether one is set.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailChannel(String id, String name, String address, Server imap, Server smtp, String pipelineId,
		String statusId, boolean createTickets, boolean enabled, int pollSeconds, long version) {

	/** A mail server: {@code tls} SSL, STARTTLS or NONE; {@code password} is only ever sent. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Server(String host, Integer port, String tls, String user, String password, Boolean passwordSet) {
		public static Server of(String host, int port, String tls, String user, String password) {
			return new Server(host, port, tls, user, password, null);
		}
	}

	/**
	 * A channel to create: {@code enabled} false leaves the mailbox to polls asked for through the API
	 * ({@link PipedeskClient#pollEmailChannel}); null fields take the server's defaults.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Settings(String name, String address, Server imap, Server smtp, String pipelineId, String statusId,
			Boolean enabled) {
	}
}
