package org.pipedesk.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * An email to the ticket's customer: To (empty: the ticket's contact), Subject (empty: "Re:" and the ticket's
 * subject) and the text. Send stays disabled without a text; the server checks the address and queues the email on
 * the ticket's thread.
 */
final class SendEmailDialog extends TitledDialog {
	private final String customer;
	private final String ticketSubject;
	private Text toText;
	private Text subjectText;
	private Text bodyText;
	private String to;
	private String subject;
	private String text;

	SendEmailDialog(Shell parent, String ticketId, String customer, String ticketSubject) {
		super(parent, title(ticketId), true);
		this.customer = customer;
		this.ticketSubject = ticketSubject;
	}

	static String title(String ticketId) {
		return "Send email from ticket #" + ticketId;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = gridArea(parent, 2);
		toText = field(area, "To", "email.to", customer, "the ticket's contact");
		subjectText = field(area, "Subject", "email.subject", null,
				"Re: " + (ticketSubject == null ? "the ticket's subject" : ticketSubject));
		Label label = new Label(area, SWT.NONE);
		label.setText("Text *");
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		bodyText = Widgets.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "email.text");
		GridData body = new GridData(SWT.FILL, SWT.FILL, true, true);
		body.widthHint = 480;
		body.heightHint = 200;
		bodyText.setLayoutData(body);
		bodyText.addListener(SWT.Modify, e -> validate());
		return area;
	}

	private static Text field(Composite area, String label, String id, String value, String placeholder) {
		new Label(area, SWT.NONE).setText(label);
		Text text = Widgets.tag(new Text(area, SWT.BORDER), id);
		text.setText(value == null ? "" : value);
		text.setMessage(placeholder);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Widgets.tag(createButton(parent, IDialogConstants.OK_ID, "Send", true), "email.send");
		Widgets.tag(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false), "email.cancel");
		validate();
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!bodyText.getText().isBlank());
		}
	}

	@Override
	protected void okPressed() {
		if (bodyText.getText().isBlank()) {
			return;
		}
		to = Widgets.textOrNull(toText);
		subject = Widgets.textOrNull(subjectText);
		text = bodyText.getText();
		super.okPressed();
	}

	/** After Send: the address, or null for the ticket's contact. */
	String to() {
		return to;
	}

	/** After Send: the subject, or null for the server's "Re:" subject. */
	String subject() {
		return subject;
	}

	String text() {
		return text;
	}
}
