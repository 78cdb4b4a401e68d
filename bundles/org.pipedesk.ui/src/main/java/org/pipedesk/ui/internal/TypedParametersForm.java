package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.pipedesk.client.AutomationType;

/**
 * A trigger or action type, chosen among the server's descriptors (or fixed, when editing), and the parameter
 * inputs generated from its descriptor; choosing another type generates its inputs anew.
 */
final class TypedParametersForm {
	private final List<AutomationType> types;
	private final ParameterEditors.Choices choices;
	private final String idPrefix;
	private final Runnable onChange;
	private final Combo typeCombo;
	private final Label description;
	private final Composite parametersArea;
	private final List<ParameterEditors.Input> inputs = new ArrayList<>();
	private AutomationType type;

	/**
	 * Adds the form to {@code parent} (a two-column grid). {@code typeId} and {@code values} are what it shows first;
	 * with {@code fixed} the type is shown but cannot be changed. Widgets are tagged {@code idPrefix + "type"} and
	 * {@code idPrefix + "param." + name}.
	 */
	TypedParametersForm(Composite parent, String typeLabel, String idPrefix, List<AutomationType> types, String typeId,
			boolean fixed, Map<String, String> values, ParameterEditors.Choices choices, Runnable onChange) {
		this.types = List.copyOf(types);
		this.choices = choices;
		this.idPrefix = idPrefix;
		this.onChange = onChange;
		new Label(parent, SWT.NONE).setText(typeLabel);
		typeCombo = Widgets.tag(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), idPrefix + "type");
		typeCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		this.types.forEach(t -> typeCombo.add(t.label()));
		typeCombo.setEnabled(!fixed);
		description = Widgets.tag(new Label(parent, SWT.WRAP), idPrefix + "description");
		GridData descriptionData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		descriptionData.widthHint = 480;
		description.setLayoutData(descriptionData);
		parametersArea = new Composite(parent, SWT.NONE);
		parametersArea.setLayout(new GridLayout(2, false));
		parametersArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		typeCombo.addListener(SWT.Selection, e -> {
			int index = typeCombo.getSelectionIndex();
			show(index < 0 ? null : this.types.get(index), Map.of());
		});
		AutomationType initial = this.types.stream().filter(t -> t.id().equals(typeId)).findFirst().orElse(null);
		if (initial != null) {
			typeCombo.select(this.types.indexOf(initial));
		} else if (typeId != null) { // no bundle publishes it now: shown, not editable
			typeCombo.add(typeId + " (unavailable)");
			typeCombo.select(typeCombo.getItemCount() - 1);
			typeCombo.setEnabled(false);
		}
		show(initial, values == null ? Map.of() : values);
	}

	private void show(AutomationType chosen, Map<String, String> values) {
		type = chosen;
		for (Control old : parametersArea.getChildren()) {
			old.dispose();
		}
		inputs.clear();
		description.setText(chosen == null || chosen.description() == null ? "" : chosen.description());
		if (chosen != null) {
			for (AutomationType.Parameter parameter : chosen.parameters()) {
				inputs.add(ParameterEditors.create(parametersArea, parameter, choices, values.get(parameter.name()),
						idPrefix + "param.", onChange));
			}
			if (chosen.parameters().isEmpty()) {
				new Label(parametersArea, SWT.NONE).setText("No parameters.");
			}
		}
		Shell shell = parametersArea.getShell();
		shell.layout(true, true);
		Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		Point size = shell.getSize();
		if (shell.isVisible() && (wanted.x > size.x || wanted.y > size.y)) {
			shell.setSize(Math.max(wanted.x, size.x), Math.max(wanted.y, size.y));
		}
		onChange.run();
	}

	/** The chosen type, or null. */
	AutomationType type() {
		return type;
	}

	Map<String, String> parameters() {
		return ParameterEditors.values(inputs);
	}

	/** Why the form cannot be sent yet (no type, a required parameter missing, a number that is not one), or null. */
	String problem() {
		if (type == null) {
			return "Choose a type";
		}
		return inputs.stream().map(ParameterEditors.Input::problem).filter(p -> p != null).findFirst().orElse(null);
	}
}
