package org.pipedesk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pipedesk.client.Pipeline;
import org.pipedesk.client.PipelineAccess;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.Team;
import org.pipedesk.client.User;
import org.pipedesk.ui.Session;

/**
 * Users and teams, and a pipeline's Manage access, as a super admin and as an agent drive them: real SWT widgets
 * against the real server in the same OSGi runtime. Screens are saved as target/screenshots/*.png.
 */
class UsersAndAccessUiIT {
	private final Ui ui = new Ui();
	private final PipedeskClient admin = TestServer.client();
	private Shell shell;

	@AfterEach
	void closeShell() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private User newUser(String name) {
		String unique = unique(name);
		return admin.createUser(User.Change.create(unique, unique.replace(' ', '.').toLowerCase() + "@example.com"));
	}

	private static Session session(PipedeskClient client) {
		Session session = new Session();
		session.connect(client);
		return session;
	}

	private static TableItem row(org.eclipse.swt.widgets.Table table, String id) {
		for (TableItem item : table.getItems()) {
			Object data = item.getData();
			if (data instanceof User user && user.id().equals(id) || data instanceof Team team && team.id().equals(id)) {
				return item;
			}
		}
		throw new AssertionError("No row for " + id);
	}

	@Test
	void editingAUserSavesPermissionScopesUnassignedAndTeamsAndTeamsGetMembers() {
		User agent = newUser("Agent");
		User colleague = newUser("Colleague");
		Team tier1 = admin.createTeam(unique("Tier 1"), List.of());
		Team tier2 = admin.createTeam(unique("Tier 2"), List.of());

		shell = ui.shell("Pipedesk - Users and teams");
		UsersTeamsView view = new UsersTeamsView(shell, session(admin));
		ui.open(shell);
		ui.until("users loaded", () -> view.strip().idle() && view.users().stream().anyMatch(u -> u.id().equals(agent.id())));
		assertTrue(view.superAdmin());
		org.eclipse.swt.widgets.Table users = Ui.find(shell, "users.table", org.eclipse.swt.widgets.Table.class);
		assertEquals(List.of("All", "All", "None", "No", ""), List.of(row(users, agent.id()).getText(2),
				row(users, agent.id()).getText(3), row(users, agent.id()).getText(4), row(users, agent.id()).getText(5),
				row(users, agent.id()).getText(6)));

		// Edit the user: Team view, Owned edit, unassigned on, on Tier 1.
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean edited = ui.whenShellOpens(UserDialog.EDIT_TITLE, failure, dialog -> {
			assertEquals(agent.name(), Ui.find(dialog, "user.name", Text.class).getText());
			Ui.select(Ui.find(dialog, "user.view", Combo.class), "Team");
			Ui.select(Ui.find(dialog, "user.edit", Combo.class), "Owned");
			Ui.find(dialog, "user.unassigned", Button.class).setSelection(true);
			Ui.find(dialog, "user.team." + tier1.id(), Button.class).setSelection(true);
			ui.screenshot(dialog, "users-edit-user-dialog");
			Ui.click(Ui.find(dialog, "user.ok", Button.class));
		});
		view.editUser(agent);
		ui.until("the user saved", () -> failure.get() != null || edited.get() && view.strip().idle()
				&& view.strip().message().startsWith("Saved"));
		Ui.check(failure);
		User saved = admin.user(agent.id());
		assertEquals(new User.Permissions("TEAM", "OWNED", "NONE", true), saved.permissions());
		assertEquals(List.of(tier1.id()), saved.teamIds());
		TableItem shown = row(users, agent.id());
		assertEquals(List.of("Team", "Owned", "None", "Yes", tier1.name()),
				List.of(shown.getText(2), shown.getText(3), shown.getText(4), shown.getText(5), shown.getText(6)));

		// The server's rule (edit never wider than view) refuses with its own message; nothing is applied.
		User current = view.users().stream().filter(u -> u.id().equals(agent.id())).findFirst().orElseThrow();
		AtomicBoolean widened = ui.whenShellOpens(UserDialog.EDIT_TITLE, failure, dialog -> {
			Ui.select(Ui.find(dialog, "user.edit", Combo.class), "All");
			Ui.click(Ui.find(dialog, "user.ok", Button.class));
		});
		view.editUser(current);
		ui.until("the refusal", () -> failure.get() != null || widened.get() && view.strip().idle()
				&& !view.strip().message().startsWith("Saving"));
		Ui.check(failure);
		assertFalse(view.strip().message().startsWith("Saved"), view.strip().message());
		assertFalse(view.strip().message().isBlank());
		assertEquals("OWNED", admin.user(agent.id()).permissions().edit(), "nothing applied");

		// Team membership from the team's side: Tier 2 gets both users.
		Team tier2Shown = view.teams().stream().filter(t -> t.id().equals(tier2.id())).findFirst().orElseThrow();
		AtomicBoolean members = ui.whenShellOpens(TeamDialog.EDIT_TITLE, failure, dialog -> {
			Ui.find(dialog, "team.member." + agent.id(), Button.class).setSelection(true);
			Ui.find(dialog, "team.member." + colleague.id(), Button.class).setSelection(true);
			ui.screenshot(dialog, "users-edit-team-dialog");
			Ui.click(Ui.find(dialog, "team.ok", Button.class));
		});
		view.editTeam(tier2Shown);
		ui.until("the team saved", () -> failure.get() != null || members.get() && view.strip().idle()
				&& view.strip().message().startsWith("Saved team"));
		Ui.check(failure);
		assertEquals(Set.of(agent.id(), colleague.id()), Set.copyOf(admin.teams().stream()
				.filter(t -> t.id().equals(tier2.id())).findFirst().orElseThrow().memberIds()));
		assertEquals(Set.of(tier1.id(), tier2.id()), Set.copyOf(admin.user(agent.id()).teamIds()));

		// A new team with a member.
		String name = unique("Escalations");
		AtomicBoolean created = ui.whenShellOpens(TeamDialog.CREATE_TITLE, failure, dialog -> {
			Ui.find(dialog, "team.name", Text.class).setText(name);
			Ui.find(dialog, "team.member." + colleague.id(), Button.class).setSelection(true);
			Ui.click(Ui.find(dialog, "team.ok", Button.class));
		});
		Ui.click(Ui.find(shell, "teams.create", Button.class));
		ui.until("the team created", () -> failure.get() != null || created.get() && view.strip().idle()
				&& view.strip().message().startsWith("Created team"));
		Ui.check(failure);
		assertEquals(List.of(colleague.id()), admin.teams().stream().filter(t -> t.name().equals(name)).findFirst()
				.orElseThrow().memberIds());
		ui.screenshot(shell, "users-and-teams");
	}

	private static MenuItem action(Shell shell, String id) {
		Menu actions = (Menu) Ui.find(shell, "settings.actions", Button.class).getData("menu");
		return List.of(actions.getItems()).stream().filter(i -> id.equals(i.getData(Widgets.KEY))).findFirst().orElseThrow();
	}

	@Test
	void manageAccessSavesARestrictionToSelectedUsersAndTeams() {
		Pipeline pipeline = admin.createPipeline(unique("Access UI"), List.of(new PipedeskClient.NewStage("New", "OPEN"),
				new PipedeskClient.NewStage("Done", "CLOSED")));
		User agent = newUser("Granted");
		Team team = admin.createTeam(unique("Viewers"), List.of());

		shell = ui.shell("Pipedesk - Pipelines access");
		PipelineSettingsView view = new PipelineSettingsView(shell, session(admin));
		ui.open(shell);
		ui.until("pipelines loaded", () -> view.strip().idle() && !view.pipelines().pipelines().isEmpty());
		view.reload(pipeline.id());
		ui.until("the pipeline shown", () -> view.strip().idle() && pipeline.id().equals(view.pipelines().selectedId()));
		assertTrue(view.superAdmin());
		MenuItem manage = action(shell, "settings.action.access");
		assertTrue(manage.isEnabled(), "offered to a super admin");

		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean answered = ui.whenShellOpens(ManageAccessDialog.title(pipeline.label()), failure, dialog -> {
			Button everyone = Ui.find(dialog, "access.everyone", Button.class);
			Button selected = Ui.find(dialog, "access.selected", Button.class);
			assertTrue(everyone.getSelection(), "everyone until restricted");
			Button user = Ui.find(dialog, "access.user." + agent.id(), Button.class);
			assertFalse(user.isEnabled(), "grants only matter for Only selected");
			everyone.setSelection(false);
			selected.setSelection(true);
			Ui.click(selected);
			assertTrue(user.isEnabled());
			user.setSelection(true);
			Ui.select(Ui.find(dialog, "access.user." + agent.id() + ".level", Combo.class), "Edit");
			Ui.find(dialog, "access.team." + team.id(), Button.class).setSelection(true);
			ui.screenshot(dialog, "pipeline-manage-access-dialog");
			Ui.click(Ui.find(dialog, "access.ok", Button.class));
		});
		Ui.click(manage);
		ui.until("access saved", () -> failure.get() != null || answered.get() && view.strip().idle()
				&& view.strip().message().startsWith("Access to"));
		Ui.check(failure);
		PipelineAccess access = admin.pipelineAccess(pipeline.id());
		assertTrue(access.restricted());
		assertEquals(Set.of(new PipelineAccess.Grant("USER", agent.id(), "EDIT"),
				new PipelineAccess.Grant("TEAM", team.id(), "VIEW")), Set.copyOf(access.grants()));
		ui.screenshot(shell, "pipeline-access-saved");
	}

	@Test
	void aUserWhoIsNotASuperAdminIsNotOfferedManageAccessNorUserEditing() {
		User agent = newUser("Plain agent");
		PipedeskClient asAgent = new PipedeskClient(admin.baseUrl().toString(), admin.issueToken(agent.id(), "ui-it"));

		shell = ui.shell("Pipedesk - Pipelines as an agent");
		PipelineSettingsView view = new PipelineSettingsView(shell, session(asAgent));
		ui.open(shell);
		ui.until("pipelines loaded", () -> view.strip().idle() && !view.pipelines().pipelines().isEmpty());
		assertFalse(view.superAdmin());
		assertFalse(action(shell, "settings.action.access").isEnabled(), "not offered to an agent");
		ui.screenshot(shell, "pipelines-as-agent");
		shell.dispose();

		shell = ui.shell("Pipedesk - Users as an agent");
		UsersTeamsView users = new UsersTeamsView(shell, session(asAgent));
		ui.open(shell);
		ui.until("users loaded", () -> users.strip().idle() && !users.users().isEmpty());
		assertFalse(users.superAdmin());
		for (String id : List.of("users.add", "users.edit", "teams.create", "teams.edit", "teams.delete")) {
			assertFalse(Ui.find(shell, id, Button.class).isEnabled(), id);
		}
		assertTrue(users.strip().message().startsWith("Only super admins"), users.strip().message());
	}
}
