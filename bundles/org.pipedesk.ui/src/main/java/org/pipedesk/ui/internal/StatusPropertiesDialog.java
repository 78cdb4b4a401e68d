package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.pipedesk.client.PropertyDefinition;
import org.pipedesk.client.StatusProperty;

/**
 * Asks for the properties a status wants when tickets enter it, in the status's order. Required ones are marked
 * with * and the dialog cannot finish until each has a value.
 */
final class StatusPropertiesDialog extends Dialog {
	private final String statusLabel;
	private final String subject;
	private final List<StatusProperty> properties;
	private final Map<String, PropertyDefinition> definitions;
	private final List<Control> inputs = new ArrayList<>();
	private final Map<String, String> values = new LinkedHashMap<>();
	private Label hint;

	StatusPropertiesDialog(Shell parent, String statusLabel, String subject, List<StatusProperty> properties,
			Map<String, PropertyDefinition> definitions) {
		super(parent);
		this.statusLabel = statusLabel;
		this.subject = subject;
		this.properties = List.copyOf(properties);
		this.definitions = definitions;
	}

	static String title(String statusLabel) {
		return "Move to " + statusLabel;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title(statusLabel));
		Widgets.tag(shell, "statusProperties.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(subject + " enters " + statusLabel + ". This status asks for:");
		intro.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (StatusProperty property : properties) {
			Label label = new Label(area, SWT.NONE);
			label.setText(PropertyEditors.label(definitions, property.name()) + (property.required() ? " *" : ""));
			Widgets.tag(label, "statusProperty.label." + property.name());
			Control input = PropertyEditors.create(area, definitions.get(property.name()), this::validate);
			Widgets.tag(input, "statusProperty." + property.name());
			inputs.add(input);
		}
		hint = new Label(area, SWT.WRAP);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Widgets.tag(hint, "statusProperties.hint");
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		Widgets.tag(getButton(IDialogConstants.OK_ID), "statusProperties.ok");
		Widgets.tag(getButton(IDialogConstants.CANCEL_ID), "statusProperties.cancel");
		validate();
	}

	private void validate() {
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < properties.size(); i++) {
			if (properties.get(i).required() && PropertyEditors.value(inputs.get(i)).isEmpty()) {
				missing.add(PropertyEditors.label(definitions, properties.get(i).name()));
			}
		}
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(missing.isEmpty());
		}
		if (hint != null) {
			hint.setText(missing.isEmpty() ? "* required" : "Required: " + String.join(", ", missing));
			hint.getParent().layout();
		}
	}

	@Override
	protected void okPressed() {
		for (int i = 0; i < properties.size(); i++) {
			String value = PropertyEditors.value(inputs.get(i));
			if (properties.get(i).required() && value.isEmpty()) {
				return; // never without the required values, whatever pressed OK
			}
			if (!value.isEmpty()) {
				values.put(properties.get(i).name(), value);
			}
		}
		super.okPressed();
	}

	/** The values given (only non-empty ones), after OK. */
	Map<String, String> values() {
		return Map.copyOf(values);
	}
}
