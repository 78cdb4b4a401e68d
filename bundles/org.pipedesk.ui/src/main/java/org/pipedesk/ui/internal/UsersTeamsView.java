package org.pipedesk.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.PipedeskException;
import org.pipedesk.client.Team;
import org.pipedesk.client.User;
import org.pipedesk.ui.Session;

/**
 * Users and teams (super admins change them): the users with their ticket permission scopes, unassigned switch and
 * teams; the teams with their members. Edit a user or a team in a dialog; each save is one server call with the
 * version it was read at, so a change made meanwhile is refused with the server's message.
 */
final class UsersTeamsView implements Refreshable {
	private static final String[] USER_COLUMNS = { "Name", "Email", "View", "Edit", "Delete", "Unassigned", "Teams",
			"Active", "Super admin" };

	private final Session session;
	private final Composite root;
	private final StatusStrip strip;
	private final Table usersTable;
	private final Table teamsTable;
	private final List<Button> adminButtons;
	private final Runnable onConnect = this::refresh;
	private List<User> users = List.of();
	private List<Team> teams = List.of();
	private boolean superAdmin;

	/** What the view shows, read together in the background. */
	record Loaded(User me, List<User> users, List<Team> teams) {
	}

	UsersTeamsView(Composite parent, Session session) {
		this.session = session;
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		strip = new StatusStrip(root);
		strip.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		new Label(root, SWT.NONE).setText("Users (ticket permissions: which tickets each may view, edit, delete):");
		usersTable = table(root, "users.table", USER_COLUMNS);
		usersTable.addListener(SWT.DefaultSelection, e -> withSelected(usersTable, "user", this::editUser));
		Composite userButtons = bar(root, 3);
		Button addUser = Widgets.button(userButtons, "Add user...", "users.add", this::addUser);
		Button editUser = Widgets.button(userButtons, "Edit user...", "users.edit",
				() -> withSelected(usersTable, "user", this::editUser));
		Button deleteUser = Widgets.button(userButtons, "Delete user...", "users.delete",
				() -> withSelected(usersTable, "user", this::deleteUser));

		new Label(root, SWT.NONE).setText("Teams (TEAM scopes reach the tickets owned by a user's team mates):");
		teamsTable = table(root, "teams.table", new String[] { "Team", "Members" });
		teamsTable.addListener(SWT.DefaultSelection, e -> withSelected(teamsTable, "team", this::editTeam));
		Composite teamButtons = bar(root, 3);
		Button createTeam = Widgets.button(teamButtons, "Create team...", "teams.create", () -> editTeam(null));
		Button editTeam = Widgets.button(teamButtons, "Edit team...", "teams.edit",
				() -> withSelected(teamsTable, "team", this::editTeam));
		Button deleteTeam = Widgets.button(teamButtons, "Delete team", "teams.delete",
				() -> withSelected(teamsTable, "team", this::deleteTeam));
		adminButtons = List.of(addUser, editUser, deleteUser, createTeam, editTeam, deleteTeam);
		adminButtons.forEach(b -> b.setEnabled(false));

		session.addListener(onConnect);
		root.addDisposeListener(e -> session.removeListener(onConnect));
		refresh();
	}

	private static Table table(Composite parent, String id, String[] columns) {
		Table table = Widgets.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String name : columns) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(name);
			column.setWidth(switch (name) {
			case "Email", "Teams" -> 230;
			case "Members" -> 600;
			case "Name", "Team" -> 180;
			case "Unassigned", "Super admin" -> 100;
			default -> 70;
			});
		}
		return table;
	}

	private static Composite bar(Composite parent, int columns) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(columns, false));
		return bar;
	}

	Composite control() {
		return root;
	}

	StatusStrip strip() {
		return strip;
	}

	List<User> users() {
		return users;
	}

	List<Team> teams() {
		return teams;
	}

	boolean superAdmin() {
		return superAdmin;
	}

	@Override
	public void refresh() {
		reload(null);
	}

	private void reload(String outcome) {
		if (!session.connected()) {
			strip.info("Not connected: File > Connect...");
			return;
		}
		PipedeskClient client = session.client();
		strip.run("Loading users and teams", () -> new Loaded(client.me(), client.users(), client.teams()), loaded -> {
			users = loaded.users();
			teams = loaded.teams();
			superAdmin = loaded.me().superAdmin();
			adminButtons.forEach(b -> b.setEnabled(superAdmin));
			fill();
			strip.info(outcome != null ? outcome
					: superAdmin ? "" : "Only super admins change users and teams; you see them read-only.");
		});
	}

	private void fill() {
		Map<String, String> teamNames = teams.stream().collect(Collectors.toMap(Team::id, Team::name));
		Map<String, String> userNames = users.stream().collect(Collectors.toMap(User::id, User::name));
		usersTable.removeAll();
		for (User user : users) {
			TableItem item = new TableItem(usersTable, SWT.NONE);
			User.Permissions p = user.permissions();
			item.setText(new String[] { user.name(), user.email(), scope(p.view()), scope(p.edit()), scope(p.delete()),
					p.unassigned() ? "Yes" : "No", names(user.teamIds(), teamNames::get), user.active() ? "Yes" : "No",
					user.superAdmin() ? "Yes" : "No" });
			item.setData(user);
		}
		teamsTable.removeAll();
		for (Team team : teams) {
			TableItem item = new TableItem(teamsTable, SWT.NONE);
			item.setText(new String[] { team.name(), names(team.memberIds(), userNames::get) });
			item.setData(team);
		}
	}

	/** The table's words for a scope, as HubSpot's permission editor says them. */
	static String scope(String scope) {
		return switch (scope == null ? "" : scope) {
		case "ALL" -> "All";
		case "TEAM" -> "Team";
		case "OWNED" -> "Owned";
		case "NONE" -> "None";
		default -> String.valueOf(scope);
		};
	}

	private static String names(List<String> ids, Function<String, String> name) {
		return ids.stream().map(id -> name.apply(id) == null ? "#" + id : name.apply(id)).sorted()
				.collect(Collectors.joining(", "));
	}

	private void addUser() {
		UserDialog dialog = new UserDialog(root.getShell(), null, teams);
		if (dialog.open() != Window.OK) {
			return;
		}
		User.Change change = dialog.change();
		PipedeskClient client = session.client();
		strip.run("Adding " + change.name(), () -> client.createUser(change),
				created -> reload("Added " + created.name()));
	}

	/** Edits {@code user} in the user dialog and saves it (on OK) as one change at the version shown. */
	void editUser(User user) {
		UserDialog dialog = new UserDialog(root.getShell(), user, teams);
		if (dialog.open() != Window.OK) {
			return;
		}
		User.Change change = dialog.change();
		PipedeskClient client = session.client();
		strip.run("Saving " + user.name(), () -> client.updateUser(user.id(), change),
				saved -> reload("Saved " + saved.name()));
	}

	/**
	 * Deletes {@code user} after asking. The server refuses a user who owns tickets (and the last super admin) with
	 * its reason; for the first, the view offers to deactivate the user instead, as the server suggests.
	 */
	void deleteUser(User user) {
		if (!MessageDialog.openConfirm(root.getShell(), DELETE_USER_TITLE, "Delete " + user.name() + " <" + user.email()
				+ ">? Their tokens go with them; the history keeps their changes as user:" + user.id() + ".")) {
			return;
		}
		PipedeskClient client = session.client();
		strip.run("Deleting " + user.name(), () -> {
			client.deleteUser(user.id());
			return user.name();
		}, deleted -> reload("Deleted " + deleted), failure -> {
			if (failure instanceof PipedeskException refused && refused.problems().stream()
					.anyMatch(p -> "user.owns-no-tickets".equals(p.code())) && user.active()
					&& MessageDialog.openQuestion(root.getShell(), DEACTIVATE_TITLE,
							refused.getMessage() + "\n\nDeactivate " + user.name() + " instead?")) {
				strip.run("Deactivating " + user.name(), () -> client.updateUser(user.id(),
						new User.Change(null, null, false, null, null, null, user.version())),
						saved -> reload("Deactivated " + saved.name() + " (owns tickets, so not deleted)"));
			}
		});
	}

	static final String DELETE_USER_TITLE = "Delete user";
	static final String DEACTIVATE_TITLE = "Deactivate instead?";

	/** Creates a team ({@code team} null) or renames it and sets its members. */
	void editTeam(Team team) {
		TeamDialog dialog = new TeamDialog(root.getShell(), team, users);
		if (dialog.open() != Window.OK) {
			return;
		}
		PipedeskClient client = session.client();
		String name = dialog.name();
		List<String> members = dialog.memberIds();
		if (team == null) {
			strip.run("Creating " + name, () -> client.createTeam(name, members),
					created -> reload("Created team " + created.name()));
		} else {
			strip.run("Saving " + name, () -> client.updateTeam(team.id(), name, members, team.version()),
					saved -> reload("Saved team " + saved.name()));
		}
	}

	/** Runs {@code action} on the row chosen in {@code table} (a user or a team), or asks to choose one first. */
	private <T> void withSelected(Table table, String kind, Consumer<T> action) {
		int index = table.getSelectionIndex();
		if (index < 0) {
			strip.info("Choose a " + kind + " first");
			return;
		}
		@SuppressWarnings("unchecked")
		T chosen = (T) table.getItem(index).getData();
		action.accept(chosen);
	}

	private void deleteTeam(Team team) {
		if (!MessageDialog.openConfirm(root.getShell(), "Delete team",
				"Delete the team " + team.name() + "? Its members stay; TEAM scopes stop reaching each other's tickets.")) {
			return;
		}
		PipedeskClient client = session.client();
		strip.run("Deleting " + team.name(), () -> {
			client.deleteTeam(team.id());
			return team.name();
		}, deleted -> reload("Deleted team " + deleted));
	}
}
