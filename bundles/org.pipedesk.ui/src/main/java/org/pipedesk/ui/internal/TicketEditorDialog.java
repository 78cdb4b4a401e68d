package org.pipedesk.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.pipedesk.client.Pipeline;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.PropertyDefinition;
import org.pipedesk.client.Stage;
import org.pipedesk.client.Ticket;
import org.pipedesk.ui.Session;

/**
 * The ticket editor: the ticket's status and every writable property (owner included), saved as one change with
 * the version it was read at, so a change someone made meanwhile is refused (409) rather than overwritten. A new
 * status asks for its properties as the board does. Its Conversation tab ({@link TicketConversation}) shows the
 * emails and notes and sends email. (A ticket has no team of its own on the server: teams come from the owner.)
 */
final class TicketEditorDialog extends Dialog {
	private static final Set<String> NOT_EDITED_HERE = Set.of("hs_pipeline", "hs_pipeline_stage");

	private final Session session;
	private final Pipeline pipeline;
	private final Map<String, PropertyDefinition> definitions;
	private final String ticketId;
	private final Map<String, Control> inputs = new LinkedHashMap<>();
	private StatusStrip strip;
	private Composite form;
	private ScrolledComposite scroll;
	private Combo status;
	private Ticket ticket;
	private TicketConversation conversation;
	private boolean saved;

	TicketEditorDialog(Shell parent, Session session, Pipeline pipeline, Map<String, PropertyDefinition> definitions,
			String ticketId) {
		super(parent);
		this.session = session;
		this.pipeline = pipeline;
		this.definitions = definitions;
		this.ticketId = ticketId;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	static String title(String ticketId) {
		return "Ticket #" + ticketId;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title(ticketId));
		shell.setSize(860, 680);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		strip = new StatusStrip(area);
		strip.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		TabFolder tabs = Widgets.tag(new TabFolder(area, SWT.TOP), "ticket.tabs");
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroll = new ScrolledComposite(tabs, SWT.V_SCROLL);
		TabItem properties = new TabItem(tabs, SWT.NONE);
		properties.setText("Properties");
		properties.setControl(scroll);
		conversation = new TicketConversation(tabs, session, strip, ticketId, () -> ticket == null ? null : ticket.subject());
		TabItem conversationItem = new TabItem(tabs, SWT.NONE);
		conversationItem.setText("Conversation");
		conversationItem.setControl(conversation.control());
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		form = new Composite(scroll, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		scroll.setContent(form);
		PipedeskClient client = session.client();
		strip.run("Reading ticket #" + ticketId, () -> client.ticket(ticketId), this::show);
		conversation.load(null);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Save", true);
		createButton(parent, IDialogConstants.CANCEL_ID, "Close", false);
		Widgets.tag(getButton(IDialogConstants.OK_ID), "ticket.save");
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	private void show(Ticket read) {
		this.ticket = read;
		for (Control old : form.getChildren()) {
			old.dispose();
		}
		inputs.clear();
		new Label(form, SWT.NONE).setText("Status");
		status = Widgets.tag(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), "ticket.status");
		status.setItems(pipeline.stages().stream().map(s -> s.label() + (s.closed() ? " (closed)" : "")).toArray(String[]::new));
		for (int i = 0; i < pipeline.stages().size(); i++) {
			if (pipeline.stages().get(i).id().equals(read.stageId())) {
				status.select(i);
			}
		}
		for (PropertyDefinition definition : definitions.values()) {
			if (definition.hidden() || definition.readOnly() || NOT_EDITED_HERE.contains(definition.name())) {
				continue;
			}
			Label label = new Label(form, SWT.NONE);
			label.setText(definition.label());
			Control input = PropertyEditors.create(form, definition, () -> { });
			PropertyEditors.set(input, read.property(definition.name()));
			Widgets.tag(input, "ticket.property." + definition.name());
			inputs.put(definition.name(), input);
		}
		scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		form.layout(true, true);
		getButton(IDialogConstants.OK_ID).setEnabled(true);
	}

	@Override
	protected void okPressed() {
		if (ticket == null) {
			return;
		}
		Map<String, String> changes = new LinkedHashMap<>();
		inputs.forEach((name, input) -> {
			String value = PropertyEditors.value(input);
			String before = ticket.property(name) == null ? "" : ticket.property(name);
			if (!Objects.equals(value, before)) {
				changes.put(name, value);
			}
		});
		Stage target = status.getSelectionIndex() < 0 ? null : pipeline.stages().get(status.getSelectionIndex());
		PipedeskClient client = session.client();
		if (target != null && !target.id().equals(ticket.stageId())) {
			changes.put("hs_pipeline_stage", target.id());
			strip.run("Reading what " + target.label() + " asks for", () -> client.statusProperties(pipeline.id(), target.id()),
					asked -> {
						// ask only for what the form does not give already
						List<org.pipedesk.client.StatusProperty> missing = asked.stream().filter(p -> {
							Control input = inputs.get(p.name());
							return input == null || PropertyEditors.value(input).isEmpty();
						}).toList();
						if (!missing.isEmpty()) {
							StatusPropertiesDialog dialog = new StatusPropertiesDialog(getShell(), target.label(),
									"#" + ticketId + " " + ticket.subject(), missing, definitions);
							if (dialog.open() != Window.OK) {
								strip.info("Not saved: the status change was cancelled");
								return;
							}
							changes.putAll(dialog.values());
						}
						save(changes);
					});
			return;
		}
		save(changes);
	}

	private void save(Map<String, String> changes) {
		if (changes.isEmpty()) {
			strip.info("Nothing changed");
			return;
		}
		PipedeskClient client = session.client();
		Long version = ticket.version();
		strip.run("Saving ticket #" + ticketId, () -> client.updateTicket(ticketId, changes, version), updated -> {
			saved = true;
			setReturnCode(OK);
			close();
		});
	}

	/** True when a change was saved (the list reloads then). */
	boolean saved() {
		return saved;
	}

	StatusStrip strip() {
		return strip;
	}

	TicketConversation conversation() {
		return conversation;
	}
}
