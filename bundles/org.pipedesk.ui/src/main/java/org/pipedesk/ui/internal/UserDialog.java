package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pipedesk.client.Team;
import org.pipedesk.client.User;

/**
 * A user's name, email, ticket permission scopes (view, edit, delete), unassigned switch, teams, active and super
 * admin flags. The server checks the rules (edit and delete never wider than view, the last super admin stays) and
 * its refusal is shown by the view.
 */
final class UserDialog extends Dialog {
	static final String EDIT_TITLE = "Edit user";
	static final String ADD_TITLE = "Add user";
	private final User user;
	private final List<Team> teams;
	private Text name;
	private Text email;
	private Combo view;
	private Combo edit;
	private Combo delete;
	private Button unassigned;
	private Button active;
	private Button superAdmin;
	private final List<Button> teamChecks = new ArrayList<>();
	private User.Change change;

	/** @param user the user to edit, or null for a new one */
	UserDialog(Shell parent, User user, List<Team> teams) {
		super(parent);
		this.user = user;
		this.teams = List.copyOf(teams);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(user == null ? ADD_TITLE : EDIT_TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		name = text(area, "Name", "user.name", user == null ? "" : user.name());
		email = text(area, "Email", "user.email", user == null ? "" : user.email());
		User.Permissions p = user == null ? new User.Permissions("ALL", "ALL", "NONE", false) : user.permissions();
		view = scope(area, "View tickets", "user.view", p.view());
		edit = scope(area, "Edit tickets", "user.edit", p.edit());
		delete = scope(area, "Delete tickets", "user.delete", p.delete());
		unassigned = check(area, "Team and Owned scopes include unassigned tickets", "user.unassigned", p.unassigned());
		active = check(area, "Active (may sign in with a token)", "user.active", user == null || user.active());
		superAdmin = check(area, "Super admin (manages users, teams, access, configuration)", "user.superAdmin",
				user != null && user.superAdmin());

		Group teamGroup = new Group(area, SWT.NONE);
		teamGroup.setText("Teams");
		teamGroup.setLayout(new GridLayout(1, false));
		teamGroup.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		if (teams.isEmpty()) {
			new Label(teamGroup, SWT.NONE).setText("No teams yet");
		}
		for (Team team : teams) {
			Button check = Widgets.tag(new Button(teamGroup, SWT.CHECK), "user.team." + team.id());
			check.setText(team.name());
			check.setSelection(user != null && user.teamIds().contains(team.id()));
			check.setData(team.id());
			teamChecks.add(check);
		}
		return area;
	}

	private static Text text(Composite area, String label, String id, String value) {
		new Label(area, SWT.NONE).setText(label);
		Text text = Widgets.tag(new Text(area, SWT.BORDER), id);
		text.setText(value == null ? "" : value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		((GridData) text.getLayoutData()).widthHint = 280;
		return text;
	}

	private static Combo scope(Composite area, String label, String id, String value) {
		new Label(area, SWT.NONE).setText(label);
		Combo combo = Widgets.tag(new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN), id);
		User.Permissions.SCOPES.forEach(s -> combo.add(UsersTeamsView.scope(s)));
		combo.select(Math.max(0, User.Permissions.SCOPES.indexOf(value)));
		return combo;
	}

	private static Button check(Composite area, String text, String id, boolean value) {
		Button check = Widgets.tag(new Button(area, SWT.CHECK), id);
		check.setText(text);
		check.setSelection(value);
		check.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return check;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		Widgets.tag(getButton(IDialogConstants.OK_ID), "user.ok");
		Widgets.tag(getButton(IDialogConstants.CANCEL_ID), "user.cancel");
	}

	@Override
	protected void okPressed() {
		User.Permissions permissions = new User.Permissions(User.Permissions.SCOPES.get(view.getSelectionIndex()),
				User.Permissions.SCOPES.get(edit.getSelectionIndex()), User.Permissions.SCOPES.get(delete.getSelectionIndex()),
				unassigned.getSelection());
		List<String> teamIds = teamChecks.stream().filter(Button::getSelection).map(b -> (String) b.getData()).toList();
		change = new User.Change(name.getText().strip(), email.getText().strip(), active.getSelection(),
				superAdmin.getSelection(), permissions, teamIds, user == null ? null : user.version());
		super.okPressed();
	}

	/** The user as the dialog left it (after OK). */
	User.Change change() {
		return change;
	}
}
