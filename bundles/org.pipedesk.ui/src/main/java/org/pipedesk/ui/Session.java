package org.pipedesk.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.pipedesk.client.PipedeskClient;

/**
 * The server the client is connected to, shared by every part through the workbench context. Listeners hear
 * about (re)connections on the UI thread, and reload.
 */
public final class Session {
	private volatile PipedeskClient client;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	public boolean connected() {
		return client != null;
	}

	/** The connected server's client; fails when not connected yet. */
	public PipedeskClient client() {
		PipedeskClient current = client;
		if (current == null) {
			throw new IllegalStateException("Not connected: choose File > Connect...");
		}
		return current;
	}

	/** Connects to another server (or again); call on the UI thread. */
	public void connect(PipedeskClient newClient) {
		this.client = newClient;
		listeners.forEach(Runnable::run);
	}

	public void addListener(Runnable onConnect) {
		listeners.add(onConnect);
	}

	public void removeListener(Runnable onConnect) {
		listeners.remove(onConnect);
	}
}
