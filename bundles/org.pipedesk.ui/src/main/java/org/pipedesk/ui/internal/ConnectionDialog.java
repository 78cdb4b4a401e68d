package org.pipedesk.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pipedesk.client.PipedeskClient;

/**
 * Asks for the server URL and API token and tries them (in the background) before closing: the server's refusal
 * (a wrong token, say) or an unreachable server shows in the dialog, which stays open to correct it.
 */
final class ConnectionDialog extends TitleAreaDialog {
	private final ConnectionSettings initial;
	private Text url;
	private Text token;
	private Button remember;
	private Label problem;
	private ConnectionSettings chosen;
	private PipedeskClient connected;

	ConnectionDialog(Shell parent, ConnectionSettings initial) {
		super(parent);
		this.initial = initial;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Connect to Pipedesk");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Connect to a Pipedesk server");
		setMessage("The server's address and your API token (sent as a Bearer token).");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(form, SWT.NONE).setText("Server URL:");
		url = Widgets.tag(new Text(form, SWT.BORDER), "connect.url");
		url.setText(initial.url());
		url.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(form, SWT.NONE).setText("API token:");
		token = Widgets.tag(new Text(form, SWT.BORDER | SWT.PASSWORD), "connect.token");
		token.setText(initial.token());
		token.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(form, SWT.NONE);
		remember = new Button(form, SWT.CHECK);
		remember.setText("Remember the token on this computer");
		remember.setSelection(initial.rememberToken());
		problem = Widgets.tag(new Label(form, SWT.WRAP), "connect.problem");
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		url.addListener(SWT.Modify, e -> validate());
		token.addListener(SWT.Modify, e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Connect", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		String problem = null;
		try {
			new PipedeskClient(url.getText(), token.getText());
		} catch (IllegalArgumentException e) {
			problem = e.getMessage();
		}
		if (problem == null && token.getText().isBlank()) {
			problem = "Enter your API token";
		}
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		ConnectionSettings tried = new ConnectionSettings(url.getText().strip(), token.getText().strip(),
				remember.getSelection());
		PipedeskClient client = new PipedeskClient(tried.url(), tried.token());
		Button ok = getButton(IDialogConstants.OK_ID);
		ok.setEnabled(false);
		problem.setText("Connecting to " + tried.url() + "...");
		problem.getParent().layout();
		org.pipedesk.ui.Background.run(getShell().getDisplay(), "Connecting to Pipedesk", client::pipelines, pipelines -> {
			if (getShell() == null || getShell().isDisposed()) {
				return;
			}
			chosen = tried;
			chosen.save();
			connected = client;
			super.okPressed();
		}, failure -> {
			if (getShell() == null || getShell().isDisposed()) {
				return;
			}
			String message = failure instanceof org.pipedesk.client.PipedeskException refused ? refused.describe()
					: String.valueOf(failure.getMessage());
			problem.setText(message); // below the fields it concerns (the title area keeps the form's own checks)
			ok.setEnabled(true);
			problem.getParent().layout();
		});
	}

	ConnectionSettings chosen() {
		return chosen;
	}

	/** The client that answered, after OK. */
	PipedeskClient connected() {
		return connected;
	}

	/** Asks and connects {@code session}; false when cancelled. */
	static boolean connect(Shell shell, org.pipedesk.ui.Session session) {
		ConnectionDialog dialog = new ConnectionDialog(shell, ConnectionSettings.load());
		if (dialog.open() != OK) {
			return false;
		}
		session.connect(dialog.connected());
		return true;
	}
}
