package org.pipedesk.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The server URL and token, remembered in the client's preferences (the token only when the user asks). The
 * launcher's {@code -Dpipedesk.url} / {@code -Dpipedesk.token} (or env PIPEDESK_URL / PIPEDESK_TOKEN) prefill them.
 */
record ConnectionSettings(String url, String token, boolean rememberToken) {
	static final String DEFAULT_URL = "http://localhost:8080";

	private static Preferences node() {
		return InstanceScope.INSTANCE.getNode("org.pipedesk.ui");
	}

	static ConnectionSettings load() {
		Preferences node = node();
		String url = first(System.getProperty("pipedesk.url"), System.getenv("PIPEDESK_URL"), node.get("url", null), DEFAULT_URL);
		String token = java.util.Objects.requireNonNullElse(
				first(System.getProperty("pipedesk.token"), System.getenv("PIPEDESK_TOKEN"), node.get("token", null)), "");
		return new ConnectionSettings(url, token, node.getBoolean("rememberToken", true));
	}

	/** URL and token both given by the launcher (system properties or environment), else null. */
	static ConnectionSettings fromLauncher() {
		String url = first(System.getProperty("pipedesk.url"), System.getenv("PIPEDESK_URL"));
		String token = first(System.getProperty("pipedesk.token"), System.getenv("PIPEDESK_TOKEN"));
		return url == null || token == null ? null : new ConnectionSettings(url, token, false);
	}

	void save() {
		Preferences node = node();
		node.put("url", url);
		node.putBoolean("rememberToken", rememberToken);
		if (rememberToken) {
			node.put("token", token);
		} else {
			node.remove("token");
		}
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// not remembered this time; the connection itself works
		}
	}

	private static String first(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate;
			}
		}
		return null;
	}
}
