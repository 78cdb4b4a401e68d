package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.pipedesk.client.AuditEntry;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.User;
import org.pipedesk.ui.Session;

/**
 * The security audit log (super admins): every change of users, teams, permissions, pipeline access and tokens,
 * with who, when and what, in the order they happened (as the server pages it), a page at a time with "Load more";
 * or the changes of one user, team, token or pipeline.
 */
final class SecurityAuditView extends ServerView {
	static final int PAGE = 50;
	private static final List<String> OBJECT_TYPES = List.of("", "USER", "TEAM", "TOKEN", "PIPELINE");

	private final Combo objectType;
	private final Text objectId;
	private final Table table;
	private final Button more;
	private final List<AuditEntry> entries = new ArrayList<>();
	private Map<String, String> userNames = Map.of();
	private String after;
	private int pageSize = PAGE;
	private boolean superAdmin;

	/** Who reads, the user names to show actors by, and the first page. */
	private record Loaded(User me, List<User> users, AuditEntry.Page page) {
	}

	SecurityAuditView(Composite parent, Session session) {
		super(parent, session);
		Composite bar = new Composite(root, SWT.NONE);
		bar.setLayout(new GridLayout(5, false));
		new Label(bar, SWT.NONE).setText("Changes of:");
		objectType = Widgets.tag(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), "audit.objectType");
		objectType.setItems("Everything", "User", "Team", "Token", "Pipeline access");
		objectType.select(0);
		new Label(bar, SWT.NONE).setText("with id:");
		objectId = Widgets.tag(new Text(bar, SWT.BORDER), "audit.objectId");
		objectId.setLayoutData(new GridData(80, SWT.DEFAULT));
		Widgets.button(bar, "Show", "audit.show", this::refresh);
		table = Widgets.table(root, "audit.table", new String[][] { { "When", "160" }, { "Who", "200" },
				{ "What", "170" }, { "Object", "120" }, { "Details", "520" } });
		more = Widgets.button(root, "Load more", "audit.more", this::loadMore);
		more.setEnabled(false);
		start();
	}

	List<AuditEntry> entries() {
		return entries;
	}

	Table table() {
		return table;
	}

	boolean superAdmin() {
		return superAdmin;
	}

	/** Entries a page (1-100) from the next read on; {@link #PAGE} by default. */
	void pageSize(int entries) {
		this.pageSize = entries;
	}

	private String type() {
		String type = OBJECT_TYPES.get(Math.max(0, objectType.getSelectionIndex()));
		return type.isEmpty() ? null : type;
	}

	private String id() {
		return type() == null ? null : objectId.getText().strip();
	}

	/** Reads the first page again, with the filter shown. */
	@Override
	void load(PipedeskClient client) {
		String type = type();
		String id = id();
		int size = pageSize;
		if (type != null && id.isEmpty()) {
			strip.info("Give the id of the " + objectType.getText().toLowerCase() + " whose changes to show");
			return;
		}
		strip.run("Loading the security audit log", () -> {
			User me = client.me();
			if (!me.superAdmin()) {
				return new Loaded(me, List.of(), null); // the server refuses others: not even asked
			}
			return new Loaded(me, client.users(), client.securityAudit(type, id, null, size));
		}, loaded -> {
			superAdmin = loaded.me().superAdmin();
			entries.clear();
			table.removeAll();
			if (!superAdmin) {
				more.setEnabled(false);
				strip.info("Only super admins read the security audit log.");
				return;
			}
			userNames = loaded.users().stream().collect(Collectors.toMap(User::id, User::name));
			show(loaded.page());
		});
	}

	private void loadMore() {
		if (after == null) {
			return;
		}
		PipedeskClient client = session.client();
		String type = type();
		String id = id();
		String cursor = after;
		int size = pageSize;
		strip.run("Loading later entries", () -> client.securityAudit(type, id, cursor, size), this::show);
	}

	private void show(AuditEntry.Page page) {
		for (AuditEntry entry : page.results()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { Times.shown(entry.occurredAt()), actor(entry.actor()), entry.action(),
					entry.objectType() + " " + entry.objectId(), entry.details() == null ? "" : entry.details() });
			entries.add(entry);
		}
		after = page.after();
		more.setEnabled(after != null);
		strip.info(entries.size() + " entries, oldest first" + (after == null ? "" : " (Load more for later ones)"));
	}

	/** {@code user:3} as the user's name; system actors and deleted users as recorded. */
	private String actor(String actor) {
		if (actor != null && actor.startsWith("user:")) {
			String name = userNames.get(actor.substring("user:".length()));
			if (name != null) {
				return name + " (" + actor + ")";
			}
		}
		return actor == null ? "" : actor;
	}
}
