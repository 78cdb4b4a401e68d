package org.pipedesk.ui.internal;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;
import org.pipedesk.ui.Session;

import jakarta.annotation.PostConstruct;

/** The E4 part around the {@link UsersTeamsView}. */
public class UsersTeamsPart implements Refreshable {
	private UsersTeamsView view;

	@PostConstruct
	public void create(Composite parent, Session session) {
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		view = new UsersTeamsView(parent, session);
	}

	@Focus
	public void focus() {
		view.control().setFocus();
	}

	@Override
	public void refresh() {
		view.refresh();
	}
}
