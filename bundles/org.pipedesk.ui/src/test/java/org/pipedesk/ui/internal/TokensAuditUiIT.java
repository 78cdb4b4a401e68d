package org.pipedesk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pipedesk.client.ApiToken;
import org.pipedesk.client.AuditEntry;
import org.pipedesk.client.Pipeline;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.PipedeskException;
import org.pipedesk.client.User;
import org.pipedesk.ui.Session;

/**
 * API tokens, the security audit log and deleting users as a super admin (and an agent) drive them: real SWT
 * widgets against the real server in the same OSGi runtime. Screens are saved as target/screenshots/*.png.
 */
class TokensAuditUiIT {
	private final Ui ui = new Ui();
	private final PipedeskClient admin = TestServer.client();
	private final AtomicReference<Throwable> failure = new AtomicReference<>();
	private Shell shell;

	@AfterEach
	void closeShell() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
	}

	private User newUser(String name) {
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
		return admin.createUser(User.Change.create(unique, unique.replace(' ', '.').toLowerCase() + "@example.com"));
	}

	private static Session session(PipedeskClient client) {
		Session session = new Session();
		session.connect(client);
		return session;
	}

	@Test
	void aTokenIsCreatedWithItsSecretShownOnceAndRevoked() {
		User agent = newUser("Token owner");
		shell = ui.shell("Pipedesk - API tokens");
		ApiTokensView view = new ApiTokensView(shell, session(admin));
		ui.open(shell);
		ui.until("users loaded", () -> view.strip().idle() && view.shownUserId() != null);
		assertEquals(admin.me().id(), view.shownUserId(), "your own first");
		view.showUser(agent.id());
		ui.until("the agent's tokens", () -> view.strip().idle() && agent.id().equals(view.shownUserId()));
		assertEquals(List.of(), view.tokens());

		AtomicReference<String> secret = new AtomicReference<>();
		ui.whenShellOpens("Create API token", failure, dialog -> {
			Ui.editableText(dialog).setText("ci script");
			Ui.click(Ui.button(dialog, "OK"));
		});
		AtomicBoolean shown = ui.whenShellOpens(TokenCreatedDialog.TITLE, failure, dialog -> {
			Text text = Ui.find(dialog, "token.secret", Text.class);
			secret.set(text.getText());
			Ui.click(Ui.find(dialog, "token.copy", Button.class));
			Clipboard clipboard = new Clipboard(dialog.getDisplay());
			try {
				assertEquals(text.getText(), clipboard.getContents(TextTransfer.getInstance()), "copied");
			} finally {
				clipboard.dispose();
			}
			ui.screenshot(dialog, "api-token-created");
			Ui.click(Ui.find(dialog, "token.done", Button.class));
		});
		Ui.click(Ui.find(shell, "tokens.create", Button.class));
		ui.until("created", () -> failure.get() != null || shown.get() && view.strip().idle()
				&& view.strip().message().equals("Created the token ci script"));
		Ui.check(failure);
		PipedeskClient asAgent = new PipedeskClient(admin.baseUrl().toString(), secret.get());
		assertEquals(agent.id(), asAgent.me().id(), "the secret shown is the token's");
		Table table = Ui.find(shell, "tokens.table", Table.class);
		assertEquals(1, table.getItemCount());
		assertEquals("ci script", table.getItem(0).getText(0));
		assertTrue(secret.get().startsWith(table.getItem(0).getText(1).replace("\u2026", "")), "only a hint listed");
		ui.screenshot(shell, "api-tokens");

		table.select(0);
		ui.whenShellOpens("Revoke token", failure, dialog -> Ui.click(Ui.button(dialog, "OK")));
		Ui.click(Ui.find(shell, "tokens.revoke", Button.class));
		ui.until("revoked", () -> failure.get() != null || view.strip().idle()
				&& view.strip().message().equals("Revoked the token ci script"));
		Ui.check(failure);
		assertEquals(401, assertThrows(PipedeskException.class, asAgent::me).status(), "refused from the next request");
		assertTrue(admin.tokens(agent.id()).get(0).revoked());
		assertFalse(table.getItem(0).getText(3).isEmpty(), "shown revoked");
	}

	@Test
	void anAgentSeesOnlyTheirOwnTokensAndNoAuditLog() {
		User agent = newUser("Plain agent");
		ApiToken.Issued issued = admin.createToken(agent.id(), "desktop");
		PipedeskClient asAgent = new PipedeskClient(admin.baseUrl().toString(), issued.secret());
		shell = ui.shell("Pipedesk - tokens as an agent");
		ApiTokensView tokens = new ApiTokensView(shell, session(asAgent));
		ui.open(shell);
		ui.until("own tokens", () -> tokens.strip().idle() && agent.id().equals(tokens.shownUserId()));
		assertEquals(1, Ui.find(shell, "tokens.user", Combo.class).getItemCount(), "only themselves to choose");
		assertEquals(List.of(issued.token().id()), tokens.tokens().stream().map(ApiToken::id).toList());
		shell.dispose();

		shell = ui.shell("Pipedesk - audit as an agent");
		SecurityAuditView audit = new SecurityAuditView(shell, session(asAgent));
		ui.open(shell);
		ui.until("answered", () -> audit.strip().idle() && !audit.strip().message().isEmpty());
		assertFalse(audit.superAdmin());
		assertEquals("Only super admins read the security audit log.", audit.strip().message());
		assertEquals(0, audit.table().getItemCount());
	}

	@Test
	void theSecurityAuditLogShowsOneUsersChangesPageByPage() {
		User audited = newUser("Audited");
		for (int i = 1; i <= 3; i++) {
			audited = admin.updateUser(audited.id(), new User.Change(audited.name() + i, null, null, null, null, null, null));
		}
		List<AuditEntry> expected = admin.securityAudit("USER", audited.id(), null, 10).results();
		assertEquals(4, expected.size());

		shell = ui.shell("Pipedesk - Security audit");
		SecurityAuditView view = new SecurityAuditView(shell, session(admin));
		ui.open(shell);
		ui.until("the first page", () -> view.strip().idle() && !view.entries().isEmpty());
		view.pageSize(3);
		Ui.select(Ui.find(shell, "audit.objectType", Combo.class), "User");
		Ui.find(shell, "audit.objectId", Text.class).setText(audited.id());
		Ui.click(Ui.find(shell, "audit.show", Button.class));
		ui.until("the user's first page", () -> view.strip().idle() && view.entries().size() == 3);
		Button more = Ui.find(shell, "audit.more", Button.class);
		assertTrue(more.isEnabled());
		Table table = view.table();
		assertEquals("user.created", table.getItem(0).getText(2));
		assertEquals(admin.me().name() + " (user:" + admin.me().id() + ")", table.getItem(0).getText(1), "actors by name");
		assertEquals("USER " + audited.id(), table.getItem(0).getText(3));
		Ui.click(more);
		ui.until("the next page", () -> view.strip().idle() && view.entries().size() == 4);
		assertFalse(more.isEnabled(), "no further page");
		assertEquals(expected, view.entries());
		ui.screenshot(shell, "security-audit");
	}

	@Test
	void deletingAUserWhoOwnsTicketsOffersToDeactivateThemInstead() {
		User owner = newUser("Owner");
		User leaver = newUser("Leaver");
		Pipeline pipeline = admin.pipelines().get(0);
		admin.createTicket(Map.of("hs_pipeline", pipeline.id(), "hs_pipeline_stage", pipeline.stages().get(0).id(),
				"subject", "Owned", "hubspot_owner_id", owner.id()));
		PipedeskException refusal = assertThrows(PipedeskException.class, () -> admin.deleteUser(owner.id()));

		shell = ui.shell("Pipedesk - Users");
		UsersTeamsView view = new UsersTeamsView(shell, session(admin));
		ui.open(shell);
		ui.until("users loaded", () -> view.strip().idle() && view.users().stream().anyMatch(u -> u.id().equals(owner.id())));

		ui.whenShellOpens(UsersTeamsView.DELETE_USER_TITLE, failure, dialog -> Ui.click(Ui.button(dialog, "OK")));
		view.deleteUser(leaver);
		ui.until("deleted", () -> failure.get() != null || view.strip().idle()
				&& view.strip().message().equals("Deleted " + leaver.name()));
		Ui.check(failure);
		assertEquals(404, assertThrows(PipedeskException.class, () -> admin.user(leaver.id())).status());

		ui.whenShellOpens(UsersTeamsView.DELETE_USER_TITLE, failure, dialog -> Ui.click(Ui.button(dialog, "OK")));
		AtomicBoolean offered = ui.whenShellOpens(UsersTeamsView.DEACTIVATE_TITLE, failure, dialog -> {
			assertTrue(view.strip().message().startsWith(refusal.getMessage()), "the server's reason, shown");
			ui.screenshot(dialog, "users-delete-owner-refused");
			Ui.click(Ui.button(dialog, "Yes"));
		});
		view.deleteUser(owner);
		ui.until("deactivated", () -> failure.get() != null || offered.get() && view.strip().idle()
				&& view.strip().message().startsWith("Deactivated " + owner.name()));
		Ui.check(failure);
		assertFalse(admin.user(owner.id()).active(), "deactivated, not deleted");
	}
}
