package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.pipedesk.client.Pipeline;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.PipelineAccess;
import org.pipedesk.client.Team;
import org.pipedesk.client.User;
import org.pipedesk.client.PropertyDefinition;
import org.pipedesk.client.Stage;
import org.pipedesk.client.StatusProperty;
import org.pipedesk.ui.Session;

/**
 * Pipeline settings as in HubSpot: choose or create a pipeline; Actions (rename, reorder pipelines, manage
 * access, delete); the Statuses tab: the statuses, renamed in place, Open or Closed, reordered, added and deleted
 * (moving their tickets), each with the properties it asks for; the board's card properties; Save sends the status
 * changes and shows the server's validation messages when it refuses them. The Automate tab: {@link AutomateTab}.
 */
final class PipelineSettingsView implements Refreshable {
	static final List<String[]> NEW_PIPELINE_STATUSES = List.of(new String[] { "New", "OPEN" },
			new String[] { "Waiting on contact", "OPEN" }, new String[] { "Waiting on us", "OPEN" },
			new String[] { "Closed", "CLOSED" });

	private final Session session;
	private final Composite root;
	private final PipelineChooser pipelines;
	private final Button showInternalNames;
	private final Composite rowsArea;
	private final StatusStrip strip;
	private final Runnable onConnect = this::refresh;
	private Map<String, PropertyDefinition> definitions = Map.of();
	private final List<StatusRow> rows = new ArrayList<>();
	private final MenuItem manageAccess;
	private final TabFolder tabs;
	private final TabItem automateItem;
	private final AutomateTab automate;
	private boolean superAdmin;

	PipelineSettingsView(Composite parent, Session session) {
		this.session = session;
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(root, SWT.NONE);
		bar.setLayout(new GridLayout(4, false));
		new Label(bar, SWT.NONE).setText("Pipeline:");
		pipelines = new PipelineChooser(bar, "settings.pipeline", this::showSelected);
		Widgets.button(bar, "Create pipeline", "settings.create", this::createPipeline);
		Button actions = Widgets.button(bar, "Actions \u25BE", "settings.actions", null);
		Menu menu = new Menu(actions);
		menuItem(menu, "Rename pipeline...", "settings.action.rename", this::renamePipeline);
		menuItem(menu, "Reorder pipelines...", "settings.action.reorder", this::reorderPipelines);
		// only super admins manage access: enabled once users/me says so (the server refuses others anyway)
		manageAccess = menuItem(menu, "Manage access...", "settings.action.access", this::manageAccess);
		manageAccess.setEnabled(false);
		menuItem(menu, "Delete pipeline", "settings.action.delete", this::deletePipeline);
		actions.addListener(SWT.Selection, e -> {
			Point at = actions.toDisplay(0, actions.getSize().y);
			menu.setLocation(at);
			menu.setVisible(true);
		});
		actions.setData("menu", menu);

		strip = new StatusStrip(root);
		strip.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		// per pipeline, as in HubSpot: its statuses, and what is automated in it
		tabs = Widgets.tag(new TabFolder(root, SWT.TOP), "settings.tabs");
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite statusesTab = new Composite(tabs, SWT.NONE);
		statusesTab.setLayout(new GridLayout(1, false));
		TabItem statusesItem = new TabItem(tabs, SWT.NONE);
		statusesItem.setText("Statuses");
		statusesItem.setControl(statusesTab);
		automate = new AutomateTab(tabs, session, strip);
		automateItem = new TabItem(tabs, SWT.NONE);
		automateItem.setText("Automate");
		automateItem.setControl(automate.control());
		tabs.addListener(SWT.Selection, e -> showAutomation());

		Composite statusesBar = new Composite(statusesTab, SWT.NONE);
		statusesBar.setLayout(new GridLayout(2, false));
		Label statuses = new Label(statusesBar, SWT.NONE);
		statuses.setText("Statuses (ticket stages), in board order (drag \u2630 or use the arrows to reorder):");
		showInternalNames = Widgets.tag(new Button(statusesBar, SWT.CHECK), "settings.internalNames");
		showInternalNames.setText("Show internal names");
		showInternalNames.addListener(SWT.Selection, e -> fillRows());

		rowsArea = Widgets.tag(new Composite(statusesTab, SWT.NONE), "settings.rows");
		rowsArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		Composite bottom = new Composite(statusesTab, SWT.NONE);
		bottom.setLayout(new GridLayout(4, false));
		Widgets.button(bottom, "+ Add status", "settings.addStatus", () -> {
			rows.add(new StatusRow(null, "New status", false, rows.size()));
			fillRows();
		});
		Widgets.button(bottom, "Customize ticket cards...", "settings.cards", this::customizeCards);
		Widgets.button(bottom, "Save", "settings.save", this::save);
		Widgets.button(bottom, "Discard changes", "settings.discard", this::showSelected);

		session.addListener(onConnect);
		root.addDisposeListener(e -> session.removeListener(onConnect));
		refresh();
	}

	private static MenuItem menuItem(Menu menu, String text, String id, Runnable action) {
		MenuItem item = Widgets.tag(new MenuItem(menu, SWT.PUSH), id);
		item.setText(text);
		if (action != null) {
			item.addListener(SWT.Selection, e -> action.run());
		}
		return item;
	}

	Composite control() {
		return root;
	}

	StatusStrip strip() {
		return strip;
	}

	List<StatusRow> rows() {
		return rows;
	}

	PipelineChooser pipelines() {
		return pipelines;
	}

	@Override
	public void refresh() {
		reload(null);
	}

	/** Reads pipelines and properties again and shows {@code pipelineId} (or the current one). */
	void reload(String pipelineId) {
		reload(pipelineId, null);
	}

	/** As {@link #reload(String)}, then shows {@code outcome} (when not null) once the pipeline is there. */
	private void reload(String pipelineId, String outcome) {
		if (!session.connected()) {
			strip.info("Not connected: File > Connect...");
			return;
		}
		PipedeskClient client = session.client();
		strip.run("Loading pipelines", () -> new Loaded(DeskData.read(client), client.me().superAdmin()), loaded -> {
			DeskData desk = loaded.desk();
			superAdmin = loaded.superAdmin();
			manageAccess.setEnabled(superAdmin);
			definitions = desk.properties();
			pipelines.show(desk.pipelines(), pipelineId);
			showSelected();
			if (outcome != null) {
				strip.info(outcome);
			}
		});
	}

	/** The desk and whether the connected user is a super admin, read together. */
	private record Loaded(DeskData desk, boolean superAdmin) {
	}

	/** True once the connected user is known to be a super admin: only then is Manage access offered. */
	boolean superAdmin() {
		return superAdmin;
	}

	/** What the access dialog shows, read in the background before it opens. */
	private record AccessData(PipelineAccess access, List<User> users, List<Team> teams) {
	}

	/** Manage access: reads the pipeline's access, users and teams, asks, then saves with one PUT. */
	void manageAccess() {
		Pipeline pipeline = pipelines.selected();
		if (pipeline == null || !superAdmin) {
			return;
		}
		PipedeskClient client = session.client();
		strip.run("Reading who may work in " + pipeline.label(),
				() -> new AccessData(client.pipelineAccess(pipeline.id()), client.users(), client.teams()), data -> {
					ManageAccessDialog dialog = new ManageAccessDialog(root.getShell(), pipeline.label(), data.access(),
							data.users(), data.teams());
					if (dialog.open() != Window.OK) {
						return;
					}
					boolean restricted = dialog.restricted();
					List<PipelineAccess.Grant> grants = dialog.grants();
					strip.run("Saving access to " + pipeline.label(),
							() -> client.setPipelineAccess(pipeline.id(), restricted, grants),
							saved -> strip.info(saved.restricted() ? "Access to " + pipeline.label() + ": only "
									+ saved.grants().size() + " selected user(s)/team(s)"
									: "Access to " + pipeline.label() + ": everyone"));
				});
	}

	/** The Automate tab loads its pipeline's automation when shown (not for every pipeline looked at). */
	private void showAutomation() {
		Pipeline pipeline = pipelines.selected();
		if (pipeline != null && tabs.getSelection().length == 1 && tabs.getSelection()[0] == automateItem) {
			automate.show(pipeline, definitions);
		}
	}

	/** Shows the Automate tab of the chosen pipeline (as clicking the tab does). */
	void showAutomateTab() {
		tabs.setSelection(automateItem);
		showAutomation();
	}

	AutomateTab automate() {
		return automate;
	}

	private void showSelected() {
		showAutomation();
		rows.clear();
		Pipeline pipeline = pipelines.selected();
		if (pipeline != null) {
			for (int i = 0; i < pipeline.stages().size(); i++) {
				Stage stage = pipeline.stages().get(i);
				rows.add(new StatusRow(stage.id(), stage.label(), stage.closed(), i));
			}
		}
		fillRows();
	}

	private void fillRows() {
		for (Control old : rowsArea.getChildren()) {
			old.dispose();
		}
		boolean internal = showInternalNames.getSelection();
		rowsArea.setLayout(new GridLayout(internal ? 8 : 7, false));
		for (int i = 0; i < rows.size(); i++) {
			StatusRow row = rows.get(i);
			int index = i;
			Label handle = Widgets.tag(new Label(rowsArea, SWT.NONE), "settings.status.handle." + i);
			handle.setText("\u2630");
			handle.setToolTipText("Drag onto another status to move it there");
			DragToReorder.position(handle, i, this::moveRowTo);
			Text label = Widgets.tag(new Text(rowsArea, SWT.BORDER), "settings.status.label." + i);
			label.setText(row.label);
			label.setLayoutData(new GridData(220, SWT.DEFAULT));
			label.addListener(SWT.Modify, e -> row.label = label.getText());
			Combo state = Widgets.tag(new Combo(rowsArea, SWT.READ_ONLY | SWT.DROP_DOWN), "settings.status.state." + i);
			state.setItems("Open", "Closed");
			state.select(row.closed ? 1 : 0);
			state.addListener(SWT.Selection, e -> row.closed = state.getSelectionIndex() == 1);
			if (internal) {
				Label id = Widgets.tag(new Label(rowsArea, SWT.NONE), "settings.status.id." + i);
				id.setText(row.id == null ? "(new)" : "id " + row.id);
			}
			Widgets.button(rowsArea, "\u2191", "settings.status.up." + i, () -> moveRow(index, -1));
			Widgets.button(rowsArea, "\u2193", "settings.status.down." + i, () -> moveRow(index, 1));
			Button properties = Widgets.button(rowsArea, "Edit properties...", "settings.status.properties." + i,
					() -> editStatusProperties(row));
			properties.setEnabled(row.id != null);
			Widgets.button(rowsArea, "Delete...", "settings.status.delete." + i, () -> deleteStatus(row));
		}
		rowsArea.layout(true, true);
		root.layout(true, true);
	}

	private void moveRowTo(int from, int to) {
		if (from != to && from >= 0 && from < rows.size() && to >= 0 && to < rows.size()) {
			rows.add(to, rows.remove(from));
			fillRows();
		}
	}

	private void moveRow(int index, int by) {
		int to = index + by;
		if (to < 0 || to >= rows.size()) {
			return;
		}
		rows.add(to, rows.remove(index));
		fillRows();
	}

	/** Sends every changed or added status (label, Open/Closed, position); the server validates each change. */
	void save() {
		Pipeline pipeline = pipelines.selected();
		if (pipeline == null) {
			return;
		}
		PipedeskClient client = session.client();
		List<StatusRow> snapshot = List.copyOf(rows);
		strip.run("Saving " + pipeline.label(), () -> {
			int changes = 0;
			for (int i = 0; i < snapshot.size(); i++) {
				StatusRow row = snapshot.get(i);
				if (!row.changed(i)) {
					continue;
				}
				if (row.id == null) {
					row.id = client.addStage(pipeline.id(), row.label, i, row.ticketState()).id();
				} else {
					client.updateStage(pipeline.id(), row.id, row.label, i, row.ticketState());
				}
				row.saved(i); // a later refusal leaves this one saved: saving again does not repeat it
				changes++;
			}
			return changes;
		}, changes -> reload(pipeline.id(), changes == 0 ? "Nothing to save" : "Saved " + changes + " status change(s)"));
	}

	private void createPipeline() {
		InputDialog dialog = new InputDialog(root.getShell(), "Create pipeline", "Name of the new pipeline:", "",
				text -> text.isBlank() ? "A pipeline needs a name" : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		String label = dialog.getValue().strip();
		PipedeskClient client = session.client();
		strip.run("Creating " + label, () -> client.createPipeline(label, NEW_PIPELINE_STATUSES.stream()
				.map(s -> new PipedeskClient.NewStage(s[0], s[1])).toList()), created -> reload(created.id()));
	}

	private void renamePipeline() {
		Pipeline pipeline = pipelines.selected();
		if (pipeline == null) {
			return;
		}
		InputDialog dialog = new InputDialog(root.getShell(), "Rename pipeline", "New name:", pipeline.label(), null);
		if (dialog.open() != Window.OK) {
			return;
		}
		PipedeskClient client = session.client();
		strip.run("Renaming " + pipeline.label(), () -> client.updatePipeline(pipeline.id(), dialog.getValue(), null),
				renamed -> reload(renamed.id()));
	}

	private void reorderPipelines() {
		List<Pipeline> all = pipelines.pipelines();
		OrderedPropertiesDialog dialog = new OrderedPropertiesDialog(root.getShell(), "Reorder pipelines", false,
				Map.of(), all.stream().map(p -> new StatusProperty(p.label(), false)).toList());
		if (dialog.open() != Window.OK) {
			return;
		}
		List<String> order = dialog.entries().stream().map(StatusProperty::name).toList();
		PipedeskClient client = session.client();
		String keep = pipelines.selectedId();
		strip.run("Reordering pipelines", () -> {
			for (int i = 0; i < order.size(); i++) {
				String label = order.get(i);
				Pipeline pipeline = all.stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
				if (pipeline.displayOrder() != i) {
					client.updatePipeline(pipeline.id(), null, i);
				}
			}
			return order.size();
		}, done -> reload(keep));
	}

	private void deletePipeline() {
		Pipeline pipeline = pipelines.selected();
		if (pipeline == null || !MessageDialog.openConfirm(root.getShell(), "Delete pipeline",
				"Delete the pipeline " + pipeline.label() + "? A pipeline that holds tickets cannot be deleted.")) {
			return;
		}
		PipedeskClient client = session.client();
		strip.run("Deleting " + pipeline.label(), () -> {
			client.deletePipeline(pipeline.id());
			return pipeline.label();
		}, deleted -> reload(null, "Deleted " + deleted));
	}

	private void deleteStatus(StatusRow row) {
		if (row.id == null) {
			rows.remove(row);
			fillRows();
			return;
		}
		Pipeline pipeline = pipelines.selected();
		List<StatusRow> others = rows.stream().filter(r -> r != row && r.id != null).toList();
		MoveTicketsDialog dialog = new MoveTicketsDialog(root.getShell(), row.label,
				others.stream().map(r -> r.label).toList());
		if (dialog.open() != Window.OK) {
			return;
		}
		String target = dialog.choice() < 0 ? null : others.get(dialog.choice()).id;
		PipedeskClient client = session.client();
		strip.run("Deleting status " + row.label, () -> {
			client.deleteStage(pipeline.id(), row.id, target);
			return row.label;
		}, deleted -> reload(pipeline.id(), "Deleted status " + deleted));
	}

	private void editStatusProperties(StatusRow row) {
		Pipeline pipeline = pipelines.selected();
		PipedeskClient client = session.client();
		strip.run("Reading the properties of " + row.label, () -> client.statusProperties(pipeline.id(), row.id), asked -> {
			OrderedPropertiesDialog dialog = new OrderedPropertiesDialog(root.getShell(),
					"Properties asked in " + row.label, true, definitions, asked);
			if (dialog.open() != Window.OK) {
				return;
			}
			List<StatusProperty> edited = dialog.entries();
			strip.run("Saving the properties of " + row.label,
					() -> client.setStatusProperties(pipeline.id(), row.id, edited), saved -> strip.info(row.label
							+ " asks for: " + (saved.isEmpty() ? "nothing" : saved.stream()
									.map(p -> p.name() + (p.required() ? " (required)" : "")).collect(Collectors.joining(", ")))));
		});
	}

	private void customizeCards() {
		Pipeline pipeline = pipelines.selected();
		if (pipeline == null) {
			return;
		}
		PipedeskClient client = session.client();
		strip.run("Reading the card properties", () -> client.cardProperties(pipeline.id()), names -> {
			OrderedPropertiesDialog dialog = new OrderedPropertiesDialog(root.getShell(), "Customize ticket cards", false,
					definitions, names.stream().map(n -> new StatusProperty(n, false)).toList());
			if (dialog.open() != Window.OK) {
				return;
			}
			List<String> edited = dialog.entries().stream().map(StatusProperty::name).toList();
			strip.run("Saving the card properties", () -> client.setCardProperties(pipeline.id(), edited),
					saved -> strip.info("Cards show: " + String.join(", ", saved)));
		});
	}

	/** Asks where the tickets of a status being deleted go. */
	static final class MoveTicketsDialog extends Dialog {
		private final String statusLabel;
		private final List<String> targets;
		private Combo combo;
		private int choice = -1;

		MoveTicketsDialog(Shell parent, String statusLabel, List<String> targets) {
			super(parent);
			this.statusLabel = statusLabel;
			this.targets = targets;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText("Delete status " + statusLabel);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			area.setLayout(new GridLayout(2, false));
			new Label(area, SWT.NONE).setText("Move its tickets to:");
			combo = Widgets.tag(new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN), "deleteStatus.target");
			combo.setItems(targets.toArray(String[]::new));
			if (!targets.isEmpty()) {
				combo.select(0);
			}
			return area;
		}

		@Override
		protected void okPressed() {
			choice = combo.getSelectionIndex();
			super.okPressed();
		}

		int choice() {
			return choice;
		}
	}

	void setFocus() {
		pipelines.combo().setFocus();
	}
}
