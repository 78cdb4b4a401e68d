package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/**
 * Stable names on widgets, so UI tests (and accessibility tools) find them whatever their text; and the tagged
 * buttons and tables every view makes.
 */
final class Widgets {
	static final String KEY = "pipedesk.id";

	private Widgets() {
	}

	static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}

	/** A push button tagged {@code id} that runs {@code action} (when not null) when pressed. */
	static Button button(Composite parent, String text, String id, Runnable action) {
		Button button = tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		if (action != null) {
			button.addListener(SWT.Selection, e -> action.run());
		}
		return button;
	}

	/**
	 * A single-selection table tagged {@code id} with visible headers and lines, filling its grid cell, and one
	 * column per {@code {name, width}}.
	 */
	static Table table(Composite parent, String id, String[][] columns) {
		Table table = tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String[] column : columns) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		return table;
	}

	/** What a text field holds, stripped; null when it is blank (the server's default then applies). */
	static String textOrNull(Text field) {
		String text = field.getText();
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Every control under {@code root} (itself included) tagged {@code id}. */
	static List<Control> findAll(Control root, String id) {
		List<Control> found = new ArrayList<>();
		collect(root, id, found);
		return found;
	}

	private static void collect(Control control, String id, List<Control> found) {
		if (id.equals(control.getData(KEY))) {
			found.add(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, id, found);
			}
		}
	}
}
