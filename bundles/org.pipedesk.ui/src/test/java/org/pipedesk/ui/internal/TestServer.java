package org.pipedesk.ui.internal;

import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.PipedeskException;

/** The Pipedesk server running in the test's own Equinox, and a client with the admin token once it answers. */
final class TestServer {
	private static volatile PipedeskClient client;

	private TestServer() {
	}

	static PipedeskClient client() {
		if (client != null) {
			return client;
		}
		PipedeskClient candidate = new PipedeskClient(System.getProperty("pipedesk.it.baseUrl", "http://localhost:18765"),
				System.getProperty("pipedesk.admin.token", "it-token"));
		long deadline = System.currentTimeMillis() + 60_000;
		while (true) {
			try {
				candidate.pipelines();
				candidate.properties();
				candidate.board("0", 1);
				candidate.search(new org.pipedesk.client.TicketSearch().limit(1));
				candidate.automation().actionTypes(); // the automation resources register on their own
				candidate.automation().templates();
				candidate.emailChannels();
				client = candidate;
				return candidate;
			} catch (PipedeskException notYet) {
				if (System.currentTimeMillis() > deadline) {
					throw new AssertionError("The server did not answer within 60 s", notYet);
				}
				try {
					Thread.sleep(100);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError(e);
				}
			}
		}
	}
}
