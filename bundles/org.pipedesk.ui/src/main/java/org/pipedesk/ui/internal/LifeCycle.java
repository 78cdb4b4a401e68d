package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
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

	/**
	 * One line on the console once the window is up, naming the parts of the main stack (contributed ones included):
	 * the product's smoke test waits for it.
	 */
	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application,
			EModelService models) {
		List<String> parts = new ArrayList<>();
		for (MPartStack stack : models.findElements(application, "org.pipedesk.ui.partstack.main", MPartStack.class)) {
			stack.getChildren().forEach(part -> parts.add(part instanceof MUILabel labelled ? labelled.getLabel() : part.getElementId()));
		}
		System.out.println("Pipedesk client started: " + String.join(", ", parts));
	}
}
