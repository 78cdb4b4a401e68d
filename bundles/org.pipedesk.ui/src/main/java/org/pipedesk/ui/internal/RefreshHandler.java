package org.pipedesk.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** View > Refresh: the active part reloads from the server. */
public class RefreshHandler {
	@Execute
	public void execute(EPartService parts) {
		MPart active = parts.getActivePart();
		if (active != null && active.getObject() instanceof Refreshable view) {
			view.refresh();
		}
	}
}
