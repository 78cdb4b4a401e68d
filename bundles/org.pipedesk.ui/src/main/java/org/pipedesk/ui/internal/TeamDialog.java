package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pipedesk.client.Team;
import org.pipedesk.client.User;

/** A team's name and members (a user may be on several teams). */
final class TeamDialog extends Dialog {
	static final String CREATE_TITLE = "Create team";
	static final String EDIT_TITLE = "Edit team";
	private final Team team;
	private final List<User> users;
	private final List<Button> memberChecks = new ArrayList<>();
	private Text nameText;
	private String name;
	private List<String> memberIds = List.of();

	/** @param team the team to edit, or null for a new one */
	TeamDialog(Shell parent, Team team, List<User> users) {
		super(parent);
		this.team = team;
		this.users = List.copyOf(users);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(team == null ? CREATE_TITLE : EDIT_TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText("Name");
		nameText = Widgets.tag(new Text(area, SWT.BORDER), "team.name");
		nameText.setText(team == null ? "" : team.name());
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 280;
		nameText.setLayoutData(wide);
		Group members = new Group(area, SWT.NONE);
		members.setText("Members");
		members.setLayout(new GridLayout(2, true));
		members.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		for (User user : users) {
			Button check = Widgets.tag(new Button(members, SWT.CHECK), "team.member." + user.id());
			check.setText(user.name() + (user.active() ? "" : " (inactive)"));
			check.setSelection(team != null && team.memberIds().contains(user.id()));
			check.setData(user.id());
			memberChecks.add(check);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		Widgets.tag(getButton(IDialogConstants.OK_ID), "team.ok");
	}

	@Override
	protected void okPressed() {
		name = nameText.getText().strip();
		memberIds = memberChecks.stream().filter(Button::getSelection).map(b -> (String) b.getData()).toList();
		super.okPressed();
	}

	String name() {
		return name;
	}

	List<String> memberIds() {
		return memberIds;
	}
}
