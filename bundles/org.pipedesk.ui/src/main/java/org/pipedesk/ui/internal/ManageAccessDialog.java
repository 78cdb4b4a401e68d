package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.pipedesk.client.PipelineAccess;
import org.pipedesk.client.Team;
import org.pipedesk.client.User;

/**
 * "Manage access" of a pipeline, as in HubSpot: Everyone, or Only selected users and teams, each granted View or
 * Edit. Super admins always have access; the users' ticket permissions still apply within the pipeline.
 */
final class ManageAccessDialog extends Dialog {
	static String title(String pipelineLabel) {
		return "Manage access: " + pipelineLabel;
	}

	private static final List<String> LEVELS = List.of("VIEW", "EDIT");
	private final String pipelineLabel;
	private final PipelineAccess access;
	private final List<User> users;
	private final List<Team> teams;
	private final List<Row> rows = new ArrayList<>();
	private Button everyone;
	private Button onlySelected;
	private boolean restricted;
	private List<PipelineAccess.Grant> grants = List.of();

	/** One user or team: granted or not, and at which level. */
	private record Row(String type, String id, Button granted, Combo level) {
	}

	ManageAccessDialog(Shell parent, String pipelineLabel, PipelineAccess access, List<User> users, List<Team> teams) {
		super(parent);
		this.pipelineLabel = pipelineLabel;
		this.access = access;
		this.users = List.copyOf(users);
		this.teams = List.copyOf(teams);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title(pipelineLabel));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		new Label(area, SWT.NONE).setText("Who may work in " + pipelineLabel + " (super admins always may):");
		everyone = Widgets.tag(new Button(area, SWT.RADIO), "access.everyone");
		everyone.setText("Everyone");
		onlySelected = Widgets.tag(new Button(area, SWT.RADIO), "access.selected");
		onlySelected.setText("Only selected users and teams");
		everyone.setSelection(!access.restricted());
		onlySelected.setSelection(access.restricted());

		ScrolledComposite scroll = new ScrolledComposite(area, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		GridData scrollData = new GridData(SWT.FILL, SWT.FILL, true, true);
		scrollData.heightHint = 260;
		scrollData.widthHint = 620;
		scroll.setLayoutData(scrollData);
		Composite list = new Composite(scroll, SWT.NONE);
		list.setLayout(new GridLayout(2, false));
		for (Team team : teams) {
			addRow(list, "TEAM", team.id(), "Team: " + team.name());
		}
		for (User user : users) {
			addRow(list, "USER", user.id(), user.name() + " <" + user.email() + ">");
		}
		scroll.setContent(list);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(list.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		everyone.addListener(SWT.Selection, e -> enableRows());
		onlySelected.addListener(SWT.Selection, e -> enableRows());
		enableRows();
		return area;
	}

	private void addRow(Composite list, String type, String id, String text) {
		PipelineAccess.Grant grant = access.grants().stream().filter(g -> g.type().equals(type) && g.id().equals(id))
				.findFirst().orElse(null);
		String key = "access." + type.toLowerCase() + "." + id;
		Button granted = Widgets.tag(new Button(list, SWT.CHECK), key);
		granted.setText(text);
		granted.setSelection(grant != null);
		granted.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Combo level = Widgets.tag(new Combo(list, SWT.READ_ONLY | SWT.DROP_DOWN), key + ".level");
		level.setItems("View", "Edit");
		level.select(grant == null ? 0 : Math.max(0, LEVELS.indexOf(grant.level())));
		rows.add(new Row(type, id, granted, level));
	}

	private void enableRows() {
		boolean on = onlySelected.getSelection();
		for (Row row : rows) {
			row.granted().setEnabled(on);
			row.level().setEnabled(on);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		Widgets.tag(getButton(IDialogConstants.OK_ID), "access.ok");
	}

	@Override
	protected void okPressed() {
		restricted = onlySelected.getSelection();
		grants = restricted ? rows.stream().filter(r -> r.granted().getSelection())
				.map(r -> new PipelineAccess.Grant(r.type(), r.id(), LEVELS.get(r.level().getSelectionIndex()))).toList()
				: List.of();
		super.okPressed();
	}

	boolean restricted() {
		return restricted;
	}

	List<PipelineAccess.Grant> grants() {
		return grants;
	}
}
