package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Widget;

/** Stable names on widgets, so UI tests (and accessibility tools) find them whatever their text. */
final class Widgets {
	static final String KEY = "pipedesk.id";

	private Widgets() {
	}

	static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
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
