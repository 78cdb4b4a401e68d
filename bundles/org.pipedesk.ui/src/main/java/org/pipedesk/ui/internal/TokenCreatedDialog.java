package org.pipedesk.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pipedesk.client.ApiToken;

/**
 * A token just created: its secret, shown this once (the server keeps only its hash), selected and with a Copy
 * button, and how to use it.
 */
final class TokenCreatedDialog extends TitledDialog {
	static final String TITLE = "API token created";
	private final ApiToken.Issued issued;
	private Text secret;

	TokenCreatedDialog(Shell parent, ApiToken.Issued issued) {
		super(parent, TITLE, false);
		this.issued = issued;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = gridArea(parent, 2);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("Copy the secret of " + (issued.token().label() == null ? "the new token" : issued.token().label())
				+ " now: it is shown only this once. Send it as \"Authorization: Bearer <secret>\".");
		GridData introData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		introData.widthHint = 520;
		intro.setLayoutData(introData);
		secret = Widgets.tag(new Text(area, SWT.BORDER | SWT.READ_ONLY), "token.secret");
		secret.setText(issued.secret());
		secret.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		secret.selectAll();
		Button copy = Widgets.tag(new Button(area, SWT.PUSH), "token.copy");
		copy.setText("Copy");
		copy.addListener(SWT.Selection, e -> copy());
		return area;
	}

	private void copy() {
		Clipboard clipboard = new Clipboard(getShell().getDisplay());
		try {
			clipboard.setContents(new Object[] { issued.secret() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		secret.selectAll();
		secret.setFocus();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Widgets.tag(createButton(parent, IDialogConstants.OK_ID, "Done", true), "token.done");
	}
}
