package org.pipedesk.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.pipedesk.ui.Session;

import jakarta.inject.Inject;

/**
 * Before the window opens: puts the {@link Session} in the workbench context (parts and contributed bundles get it
 * injected) and connects: at once when the launcher gave both URL and token, else through the connection dialog.
 * Cancelled, the window still opens, not connected (File > Connect...).
 */
public class LifeCycle {
	@PostContextCreate
	void postContextCreate(IEclipseContext context) {
		Session session = new Session();
		context.set(Session.class, session);
		ConnectionSettings given = ConnectionSettings.fromLauncher();
		if (given != null) {
			try {
				session.connect(new org.pipedesk.client.PipedeskClient(given.url(), given.token()));
				return;
			} catch (IllegalArgumentException badUrl) {
				// the dialog shows what is wrong with it
			}
		}
		Shell shell = new Shell(Display.getDefault());
		try {
			ConnectionDialog.connect(shell, session);
		} finally {
			shell.dispose();
		}
	}

	/** One line on the console once the window is up: the product's smoke test waits for it. */
	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		System.out.println("Pipedesk client started");
	}
}
