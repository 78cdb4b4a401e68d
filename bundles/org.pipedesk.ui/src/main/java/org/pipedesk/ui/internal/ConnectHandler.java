package org.pipedesk.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.pipedesk.ui.Session;

import jakarta.inject.Named;

/** File > Connect...: another server or token; every view reloads. */
public class ConnectHandler {
	@Execute
	public void execute(@Named("activeShell") Shell shell, Session session) {
		ConnectionDialog.connect(shell, session);
	}
}
