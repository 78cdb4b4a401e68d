package org.pipedesk.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.pipedesk.client.PropertyDefinition;

/** One input per property type, and the labels users see for property names and option values. */
final class PropertyEditors {
	private PropertyEditors() {
	}

	/** An input for {@code definition}: a choice for enumerations and booleans, text otherwise. */
	static Control create(Composite parent, PropertyDefinition definition, Runnable onChange) {
		if (definition != null && ("enumeration".equals(definition.type()) && !definition.options().isEmpty()
				|| "bool".equals(definition.type()))) {
			Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			Map<String, String> values = new LinkedHashMap<>();
			values.put("", "");
			if ("bool".equals(definition.type())) {
				values.put("Yes", "true");
				values.put("No", "false");
			} else {
				definition.options().stream().filter(o -> !o.hidden()).forEach(o -> values.put(o.label(), o.value()));
			}
			combo.setItems(values.keySet().toArray(String[]::new));
			combo.setData("values", values);
			combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			combo.addListener(SWT.Selection, e -> onChange.run());
			return combo;
		}
		boolean multiLine = definition != null && ("textarea".equals(definition.fieldType()) || "html".equals(definition.fieldType()));
		Text text = new Text(parent, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 260;
		if (multiLine) {
			data.heightHint = 60;
		}
		if (definition != null && "date".equals(definition.type())) {
			text.setMessage("yyyy-mm-dd");
		}
		text.setLayoutData(data);
		text.addListener(SWT.Modify, e -> onChange.run());
		return text;
	}

	/** The value an input holds, "" when empty. */
	@SuppressWarnings("unchecked")
	static String value(Control input) {
		if (input instanceof Combo combo) {
			Map<String, String> values = (Map<String, String>) combo.getData("values");
			int index = combo.getSelectionIndex();
			return index < 0 ? "" : values.get(combo.getItem(index));
		}
		return ((Text) input).getText().strip();
	}

	/** Shows {@code value} in an input made by {@link #create}. */
	@SuppressWarnings("unchecked")
	static void set(Control input, String value) {
		String shown = value == null ? "" : value;
		if (input instanceof Combo combo) {
			Map<String, String> values = (Map<String, String>) combo.getData("values");
			int index = 0;
			for (Map.Entry<String, String> entry : values.entrySet()) {
				if (entry.getValue().equals(shown)) {
					combo.select(index);
					return;
				}
				index++;
			}
			combo.add(shown); // a value no longer among the options: shown as it is
			values.put(shown, shown);
			combo.select(combo.getItemCount() - 1);
			return;
		}
		((Text) input).setText(shown);
	}

	static String label(Map<String, PropertyDefinition> definitions, String name) {
		PropertyDefinition definition = definitions.get(name);
		return definition == null || definition.label() == null ? name : definition.label();
	}

	/** An option's label for enumeration values, else the value itself. */
	static String display(Map<String, PropertyDefinition> definitions, String name, String value) {
		if (value == null) {
			return "";
		}
		PropertyDefinition definition = definitions.get(name);
		if (definition != null) {
			for (PropertyDefinition.Option option : definition.options()) {
				if (option.value().equals(value)) {
					return option.label();
				}
			}
		}
		return value;
	}
}
