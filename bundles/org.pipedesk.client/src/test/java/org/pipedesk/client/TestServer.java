package org.pipedesk.client;

/** The Pipedesk server running in the test's own Equinox: a client for it once its REST API answers. */
final class TestServer {
	private static volatile PipedeskClient client;

	private TestServer() {
	}

	static String baseUrl() {
		return System.getProperty("pipedesk.it.baseUrl", "http://localhost:18765");
	}

	static String adminToken() {
		return System.getProperty("pipedesk.admin.token", "it-token");
	}

	/**
	 * {@code call}'s answer once the resource it calls is registered: the REST whiteboard registers resources one
	 * by one, and a path no resource serves yet answers 404 without problems (a missing object names its field).
	 */
	static <T> T awaitApi(java.util.function.Supplier<T> call) {
		long deadline = System.currentTimeMillis() + 30_000;
		while (true) {
			try {
				return call.get();
			} catch (PipedeskException e) {
				if (e.status() != 404 || !e.problems().isEmpty() || System.currentTimeMillis() > deadline) {
					throw e;
				}
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** A client with the admin token, after the REST whiteboard has registered every resource (asynchronous). */
	static PipedeskClient client() {
		if (client != null) {
			return client;
		}
		PipedeskClient candidate = new PipedeskClient(baseUrl(), adminToken());
		long deadline = System.currentTimeMillis() + 60_000;
		while (true) {
			try {
				candidate.pipelines();
				candidate.properties();
				candidate.board("0", 1);
				client = candidate;
				return candidate;
			} catch (PipedeskException notYet) {
				if (System.currentTimeMillis() > deadline) {
					throw new AssertionError("The server did not answer within 60 s at " + baseUrl(), notYet);
				}
				pause();
			}
		}
	}
}
