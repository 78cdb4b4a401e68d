package org.pipedesk.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.ui.Session;

/**
 * A view of what the connected server holds: a column with the status strip on top, read again when the session
 * (re)connects and on View > Refresh. Subclasses build their widgets, then call {@link #start()}.
 */
abstract class ServerView implements Refreshable {
	final Session session;
	final Composite root;
	final StatusStrip strip;
	private final Runnable onConnect = this::refresh;

	ServerView(Composite parent, Session session) {
		this.session = session;
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		strip = new StatusStrip(root);
		strip.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	/** Listens to the session and reads the view's data a first time. */
	final void start() {
		session.addListener(onConnect);
		root.addDisposeListener(e -> session.removeListener(onConnect));
		refresh();
	}

	/** Reads what the view shows from the connected server (in the background, through the strip). */
	abstract void load(PipedeskClient client);

	@Override
	public final void refresh() {
		if (!session.connected()) {
			strip.info("Not connected: File > Connect...");
			return;
		}
		load(session.client());
	}

	Composite control() {
		return root;
	}

	StatusStrip strip() {
		return strip;
	}
}
