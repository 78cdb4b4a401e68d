package org.pipedesk.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/** A JFace dialog with its title, resizable or not, whose area is a grid. */
abstract class TitledDialog extends Dialog {
	private final String title;
	private final boolean resizable;

	TitledDialog(Shell parent, String title, boolean resizable) {
		super(parent);
		this.title = title;
		this.resizable = resizable;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return resizable;
	}

	/** The dialog area, laid out as a grid of {@code columns}. */
	Composite gridArea(Composite parent, int columns) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(columns, false));
		return area;
	}
}
