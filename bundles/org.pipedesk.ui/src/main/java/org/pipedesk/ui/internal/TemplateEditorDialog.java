package org.pipedesk.ui.internal;

import java.util.function.Consumer;

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
import org.pipedesk.client.AutomationClient;
import org.pipedesk.client.EmailTemplate;
import org.pipedesk.ui.Session;

/**
 * An email template's name, subject, HTML body and marketing flag (built-ins are transactional), saved without
 * closing; and its preview for a ticket, rendered by the server (the same rendering automation sends, values
 * HTML-escaped), with a sample contact. Previewing unsaved changes saves them first: the server renders what it
 * stores.
 */
final class TemplateEditorDialog extends TitledDialog {
	static final int SAVE_ID = IDialogConstants.CLIENT_ID + 1;
	static final String VARIABLES = "{{ticket.id}}, {{ticket.<property>}}, {{contact.email}}, {{contact.firstname}}, "
			+ "{{contact.lastname}}";

	private final Session session;
	private EmailTemplate template;
	private final String ticketId;
	private StatusStrip strip;
	private Text name;
	private Text subject;
	private Text body;
	private Button marketing;
	private Text previewTicket;
	private Text contactEmail;
	private Text contactName;
	private Label previewSubject;
	private Text previewHtml;
	private boolean saved;

	/** @param template the template to edit, or null for a new one; @param ticketId a ticket to preview with, or null */
	TemplateEditorDialog(Shell parent, Session session, EmailTemplate template, String ticketId) {
		super(parent, title(template), true);
		this.session = session;
		this.template = template;
		this.ticketId = ticketId;
	}

	static String title(EmailTemplate template) {
		return template == null ? "New email template" : "Email template: " + template.name();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setSize(760, 760);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = gridArea(parent, 2);
		strip = new StatusStrip(area);
		strip.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		name = field(area, "Name", "template.name", template == null ? "" : template.name(), SWT.SINGLE, 0);
		subject = field(area, "Subject", "template.subject", template == null ? "" : template.subject(), SWT.SINGLE, 0);
		body = field(area, "Body (HTML)", "template.body", template == null ? "" : template.body(),
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 150);
		new Label(area, SWT.NONE);
		Label variables = new Label(area, SWT.WRAP);
		variables.setText("Variables: " + VARIABLES);
		variables.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(area, SWT.NONE);
		marketing = Widgets.tag(new Button(area, SWT.CHECK), "template.marketing");
		marketing.setText("Marketing email (sent only to marketing contacts)");
		marketing.setSelection(template != null && template.marketing());
		marketing.setEnabled(template == null || !template.builtIn()); // built-ins are transactional

		Group preview = new Group(area, SWT.NONE);
		preview.setText("Preview");
		preview.setLayout(new GridLayout(4, false));
		preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		new Label(preview, SWT.NONE).setText("Ticket #");
		previewTicket = Widgets.tag(new Text(preview, SWT.BORDER), "template.preview.ticket");
		previewTicket.setText(ticketId == null ? "" : ticketId);
		previewTicket.setLayoutData(new GridData(80, SWT.DEFAULT));
		new Label(preview, SWT.NONE).setText("Sample contact (email, first name)");
		Composite contact = new Composite(preview, SWT.NONE);
		contact.setLayout(new GridLayout(2, true));
		contact.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		contactEmail = Widgets.tag(new Text(contact, SWT.BORDER), "template.preview.email");
		contactEmail.setMessage("email");
		contactEmail.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		contactName = Widgets.tag(new Text(contact, SWT.BORDER), "template.preview.firstName");
		contactName.setMessage("first name");
		contactName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		previewSubject = Widgets.tag(new Label(preview, SWT.WRAP), "template.preview.subject");
		previewSubject.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		previewHtml = Widgets.tag(new Text(preview, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY),
				"template.preview.html");
		GridData html = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
		html.heightHint = 120;
		previewHtml.setLayoutData(html);
		return area;
	}

	private static Text field(Composite area, String label, String id, String value, int style, int height) {
		Label text = new Label(area, SWT.NONE);
		text.setText(label);
		text.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Text field = Widgets.tag(new Text(area, SWT.BORDER | style), id);
		field.setText(value == null ? "" : value);
		GridData data = new GridData(SWT.FILL, height > 0 ? SWT.FILL : SWT.CENTER, true, height > 0);
		data.heightHint = height > 0 ? height : SWT.DEFAULT;
		field.setLayoutData(data);
		return field;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Widgets.tag(createButton(parent, SAVE_ID, "Save", false), "template.save");
		Widgets.tag(createButton(parent, IDialogConstants.DETAILS_ID, "Preview", false), "template.preview");
		Widgets.tag(createButton(parent, IDialogConstants.CLOSE_ID, "Close", true), "template.close");
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == SAVE_ID) {
			save(saved -> strip.info("Saved " + saved.name()));
		} else if (buttonId == IDialogConstants.DETAILS_ID) {
			preview();
		} else {
			setReturnCode(buttonId);
			close();
		}
	}

	private EmailTemplate.Content content() {
		return new EmailTemplate.Content(name.getText().strip(), subject.getText(), body.getText(), marketing.getSelection());
	}

	private boolean unsaved() {
		return template == null || !content().equals(new EmailTemplate.Content(template.name(), template.subject(),
				template.body(), template.marketing()));
	}

	/** Sends the content (creating the template the first time); the server's refusal shows in the strip. */
	private void save(Consumer<EmailTemplate> then) {
		AutomationClient automation = session.client().automation();
		EmailTemplate.Content content = content();
		String id = template == null ? null : template.id();
		strip.run("Saving " + content.name(), () -> id == null ? automation.createTemplate(content)
				: automation.updateTemplate(id, content), stored -> {
					template = stored;
					saved = true;
					getShell().setText(title(stored));
					then.accept(stored);
				});
	}

	private void preview() {
		String ticket = previewTicket.getText().strip();
		if (!ticket.matches("\\d+")) {
			strip.info("Give the number of a ticket to preview with");
			return;
		}
		if (unsaved()) {
			save(stored -> preview()); // the server renders what it stores
			return;
		}
		AutomationClient automation = session.client().automation();
		String id = template.id();
		EmailTemplate.SampleContact contact = new EmailTemplate.SampleContact(Widgets.textOrNull(contactEmail),
				Widgets.textOrNull(contactName), null, false);
		strip.run("Rendering " + template.name() + " for ticket #" + ticket,
				() -> automation.previewTemplate(id, ticket, contact), rendered -> {
					previewSubject.setText("Subject: " + rendered.subject() + (rendered.marketing() ? "  (marketing)" : ""));
					previewHtml.setText(rendered.html());
					previewSubject.getParent().layout();
					strip.info("Preview of the saved template for ticket #" + ticket);
				});
	}

	/** True when the template was saved at least once (the list reloads then). */
	boolean saved() {
		return saved;
	}

	StatusStrip strip() {
		return strip;
	}
}
