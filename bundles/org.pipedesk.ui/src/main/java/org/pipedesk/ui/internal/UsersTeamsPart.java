package org.pipedesk.ui.internal;

/** The E4 part around the {@link UsersTeamsView}. */
public class UsersTeamsPart extends ViewPart<UsersTeamsView> {
	public UsersTeamsPart() {
		super(UsersTeamsView::new, view -> view.control().setFocus());
	}
}
