package org.pipedesk.channel.email.internal;

import java.time.Instant;
import java.util.Set;

/**
 * One support mailbox: where mail is read (IMAP) and sent (SMTP), where its new tickets go, whether mail creates
 * tickets, and the addresses of agents' connected mailboxes (their mail on a thread changes no status). Passwords
 * stay on the server: {@link #toString()} hides them and the API never returns them.
 */
public record EmailChannel(long id, String name, String address, Endpoint imap, String imapFolder, Endpoint smtp,
		String pipelineId, String statusId, boolean createTickets, boolean enabled, Set<String> agentAddresses,
		int pollSeconds, long version, Instant createdAt, Instant updatedAt) {

	/** TLS: NONE (plain, for local test servers), STARTTLS (upgrade, required) or SSL (TLS from the start). */
	public enum Tls {
		NONE, STARTTLS, SSL
	}

	public record Endpoint(String host, int port, Tls tls, String user, String password) {
		@Override
		public String toString() {
			return "Endpoint[" + host + ":" + port + ", " + tls + ", user=" + user + ", password=***]";
		}
	}

	/** Addresses whose mail on a ticket's thread changes no status: the channel's own and the agents'. */
	public Set<String> ownAddresses() {
		var all = new java.util.HashSet<>(agentAddresses);
		all.add(address);
		return Set.copyOf(all);
	}
}
