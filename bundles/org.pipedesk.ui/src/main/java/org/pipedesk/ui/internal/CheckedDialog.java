package org.pipedesk.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A dialog whose OK waits until nothing is missing: a line under the form says what is (or that * marks what is
 * required). Widgets are tagged with the dialog's prefix: {@code ok}, {@code cancel}, {@code problem}.
 */
abstract class CheckedDialog extends TitledDialog {
	private final String idPrefix;
	private Label problem;

	CheckedDialog(Shell parent, String title, String idPrefix) {
		super(parent, title, true);
		this.idPrefix = idPrefix;
	}

	/** Why the dialog cannot be finished yet, or null. */
	abstract String problem();

	/** Takes the dialog's values, once {@link #problem()} found nothing missing. */
	abstract void accept();

	/** Adds the line saying what is missing, across {@code span} columns of the area's grid. */
	void problemLine(Composite area, int span) {
		problem = Widgets.tag(new Label(area, SWT.WRAP), idPrefix + "problem");
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		Widgets.tag(getButton(IDialogConstants.OK_ID), idPrefix + "ok");
		Widgets.tag(getButton(IDialogConstants.CANCEL_ID), idPrefix + "cancel");
		validate();
	}

	/** Enables OK when nothing is missing, and says what is; call on every change of the form. */
	void validate() {
		String why = problem();
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(why == null);
		}
		if (problem != null) {
			problem.setText(why == null ? "* required" : why);
			problem.getParent().layout();
		}
	}

	@Override
	protected void okPressed() {
		if (problem() != null) {
			return; // never with something missing, whatever pressed OK
		}
		accept();
		super.okPressed();
	}
}
