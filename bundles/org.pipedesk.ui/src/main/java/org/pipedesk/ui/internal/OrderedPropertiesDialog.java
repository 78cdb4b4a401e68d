package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.pipedesk.client.PropertyDefinition;
import org.pipedesk.client.StatusProperty;

/**
 * An ordered list of properties to edit: a status's properties (with a Required checkbox each) or a pipeline's
 * card properties. Add from the desk's properties, remove, move up and down.
 */
final class OrderedPropertiesDialog extends Dialog {
	private final String title;
	private final boolean withRequired;
	private final Map<String, PropertyDefinition> definitions;
	private final List<StatusProperty> entries;
	private Table table;
	private Combo available;

	OrderedPropertiesDialog(Shell parent, String title, boolean withRequired, Map<String, PropertyDefinition> definitions,
			List<StatusProperty> initial) {
		super(parent);
		this.title = title;
		this.withRequired = withRequired;
		this.definitions = definitions;
		this.entries = new ArrayList<>(initial);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
		Widgets.tag(shell, "orderedProperties.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(withRequired ? "Properties asked for when a ticket enters this status, in order (checked = required);"
				+ " drag rows to reorder:" : "In order (drag rows to reorder):");
		intro.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		table = Widgets.tag(new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | (withRequired ? SWT.CHECK : 0)),
				"orderedProperties.table");
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 180;
		tableData.widthHint = 300;
		table.setLayoutData(tableData);
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				int index = table.indexOf((TableItem) e.item);
				entries.set(index, new StatusProperty(entries.get(index).name(), ((TableItem) e.item).getChecked()));
			}
		});
		DragToReorder.table(table, (from, to) -> {
			if (!from.equals(to)) {
				entries.add(to, entries.remove((int) from));
				fill(to);
			}
		});
		Composite buttons = new Composite(area, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button(buttons, "Move up", "orderedProperties.up", () -> move(-1));
		button(buttons, "Move down", "orderedProperties.down", () -> move(1));
		button(buttons, "Remove", "orderedProperties.remove", () -> {
			int index = table.getSelectionIndex();
			if (index >= 0) {
				entries.remove(index);
				fill(Math.min(index, entries.size() - 1));
			}
		});
		if (definitions.isEmpty()) { // a fixed list to reorder (pipelines): nothing to add
			fill(-1);
			return area;
		}
		available = Widgets.tag(new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN), "orderedProperties.available");
		available.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button(area, "Add", "orderedProperties.add", () -> {
			int index = available.getSelectionIndex();
			if (index >= 0) {
				entries.add(new StatusProperty(((String[]) available.getData("names"))[index], false));
				fill(entries.size() - 1);
			}
		});
		fill(-1);
		return area;
	}

	private static Button button(Composite parent, String text, String id, Runnable action) {
		Button button = Widgets.tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void move(int by) {
		int index = table.getSelectionIndex();
		int to = index + by;
		if (index < 0 || to < 0 || to >= entries.size()) {
			return;
		}
		entries.add(to, entries.remove(index));
		fill(to);
	}

	private void fill(int select) {
		table.removeAll();
		for (StatusProperty entry : entries) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(definitions.containsKey(entry.name())
					? PropertyEditors.label(definitions, entry.name()) + "  (" + entry.name() + ")" : entry.name());
			item.setChecked(entry.required());
		}
		if (select >= 0) {
			table.select(select);
		}
		if (available == null) {
			return;
		}
		List<String> names = definitions.values().stream()
				.filter(d -> !d.hidden() && entries.stream().noneMatch(e -> e.name().equals(d.name())))
				.map(PropertyDefinition::name).toList();
		available.setItems(names.stream().map(n -> PropertyEditors.label(definitions, n) + "  (" + n + ")").toArray(String[]::new));
		available.setData("names", names.toArray(String[]::new));
	}

	/** The list as edited (after OK). */
	List<StatusProperty> entries() {
		return List.copyOf(entries);
	}
}
