package org.pipedesk.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.pipedesk.client.ApiToken;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.User;
import org.pipedesk.ui.Session;

/**
 * API tokens: your own, and for super admins anyone's (choose the user). Create one (its secret is shown once, to
 * copy) or revoke one (the very next request with it is refused). Only a hint of each secret is listed.
 */
final class ApiTokensView extends ServerView {
	private final Combo userCombo;
	private final Table table;
	private List<User> users = List.of();
	private List<ApiToken> tokens = List.of();
	private String shownUserId;

	/** The users whose tokens one may see (everyone for super admins, else oneself), read together. */
	private record Loaded(User me, List<User> users) {
	}

	ApiTokensView(Composite parent, Session session) {
		super(parent, session);
		Composite bar = new Composite(root, SWT.NONE);
		bar.setLayout(new GridLayout(4, false));
		new Label(bar, SWT.NONE).setText("Tokens of:");
		userCombo = Widgets.tag(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), "tokens.user");
		userCombo.addListener(SWT.Selection, e -> loadTokens(null));
		Widgets.button(bar, "Create token...", "tokens.create", this::createToken);
		Widgets.button(bar, "Revoke", "tokens.revoke", this::revokeSelected);
		table = Widgets.table(root, "tokens.table", new String[][] { { "Label", "240" }, { "Secret starts", "140" },
				{ "Created", "200" }, { "Revoked", "200" } });
		start();
	}

	List<ApiToken> tokens() {
		return tokens;
	}

	/** The user whose tokens are listed, once read. */
	String shownUserId() {
		return shownUserId;
	}

	@Override
	void load(PipedeskClient client) {
		strip.run("Loading users", () -> {
			User me = client.me();
			return new Loaded(me, me.superAdmin() ? client.users() : List.of(me));
		}, loaded -> {
			String keep = selectedUserId() != null ? selectedUserId() : loaded.me().id();
			users = loaded.users();
			userCombo.setItems(users.stream().map(u -> u.name() + " <" + u.email() + ">"
					+ (u.id().equals(loaded.me().id()) ? " (you)" : "")).toArray(String[]::new));
			showUser(keep);
		});
	}

	/** Lists the tokens of {@code userId} (super admins: any user). */
	void showUser(String userId) {
		for (int i = 0; i < users.size(); i++) {
			if (users.get(i).id().equals(userId)) {
				userCombo.select(i);
			}
		}
		userCombo.getParent().layout();
		loadTokens(null);
	}

	private String selectedUserId() {
		int index = userCombo.getSelectionIndex();
		return index < 0 || index >= users.size() ? null : users.get(index).id();
	}

	private void loadTokens(String outcome) {
		String userId = selectedUserId();
		if (userId == null) {
			return;
		}
		PipedeskClient client = session.client();
		strip.run("Loading the tokens", () -> client.tokens(userId), read -> {
			tokens = read;
			shownUserId = userId;
			table.removeAll();
			for (ApiToken token : read) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { token.label() == null ? "" : token.label(), token.hint() + "\u2026",
						Times.shown(token.createdAt()), token.revoked() ? Times.shown(token.revokedAt()) : "" });
				item.setData(token);
				if (token.revoked()) {
					item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				}
			}
			if (outcome != null) {
				strip.info(outcome);
			}
		});
	}

	private void createToken() {
		String userId = selectedUserId();
		if (userId == null) {
			return;
		}
		InputDialog dialog = new InputDialog(root.getShell(), "Create API token",
				"What the token is for (e.g. the machine or script using it):", "", null);
		if (dialog.open() != Window.OK) {
			return;
		}
		String label = dialog.getValue().isBlank() ? null : dialog.getValue().strip();
		PipedeskClient client = session.client();
		strip.run("Creating the token", () -> client.createToken(userId, label), issued -> {
			new TokenCreatedDialog(root.getShell(), issued).open();
			loadTokens("Created the token " + (label == null ? issued.token().id() : label));
		});
	}

	private void revokeSelected() {
		int index = table.getSelectionIndex();
		if (index < 0) {
			strip.info("Choose a token first");
			return;
		}
		ApiToken token = (ApiToken) table.getItem(index).getData();
		if (token.revoked() || !MessageDialog.openConfirm(root.getShell(), "Revoke token", "Revoke the token "
				+ (token.label() == null ? token.hint() + "\u2026" : token.label())
				+ "? Whatever uses it is refused from its next request.")) {
			return;
		}
		PipedeskClient client = session.client();
		strip.run("Revoking the token", () -> {
			client.revokeToken(token.id());
			return token.id();
		}, revoked -> loadTokens("Revoked the token " + (token.label() == null ? revoked : token.label())));
	}
}
