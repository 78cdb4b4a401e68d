package org.pipedesk.ui.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.pipedesk.client.AutomationType;
import org.pipedesk.client.EmailTemplate;
import org.pipedesk.client.PropertyDefinition;
import org.pipedesk.client.Stage;

/**
 * Inputs generated from automation parameter descriptors, one per parameter type: a text field (STRING, URL), a
 * multi-line text (TEXT), a validated number field (NUMBER), a checkbox (BOOLEAN), and combos of the options
 * (OPTION), the pipeline's statuses (STATUS), the live properties (PROPERTY) or the templates (TEMPLATE). A type
 * this client does not know yet gets a text field, so a third-party type is editable without a client change.
 */
final class ParameterEditors {
	private ParameterEditors() {
	}

	/** What STATUS, PROPERTY and TEMPLATE parameters choose from. */
	record Choices(List<Stage> statuses, Map<String, PropertyDefinition> properties, List<EmailTemplate> templates) {
		static final Choices NONE = new Choices(List.of(), Map.of(), List.of());
	}

	/** One parameter's label and input; combos keep their shown label to value map. */
	static final class Input {
		final AutomationType.Parameter parameter;
		final Control control;
		private final Map<String, String> choices;

		private Input(AutomationType.Parameter parameter, Control control, Map<String, String> choices) {
			this.parameter = parameter;
			this.control = control;
			this.choices = choices;
		}

		/** The value the input holds, "" when empty. */
		String value() {
			if (control instanceof Button check) {
				return Boolean.toString(check.getSelection());
			}
			if (control instanceof Combo combo) {
				int index = combo.getSelectionIndex();
				return index < 0 ? "" : choices.get(combo.getItem(index));
			}
			return ((Text) control).getText().strip();
		}

		/** Why the value cannot be sent, or null: a required one missing, a number that is not one. */
		String problem() {
			String value = value();
			if (value.isEmpty()) {
				return parameter.required() ? name() + " is required" : null;
			}
			if ("NUMBER".equals(parameter.type())) {
				try {
					new BigDecimal(value);
				} catch (NumberFormatException e) {
					return name() + " must be a number";
				}
			}
			return null; // the other forms (URLs, a status of the pipeline, ...) the server checks on save
		}

		private String name() {
			return parameter.label() == null || parameter.label().isBlank() ? parameter.name() : parameter.label();
		}
	}

	/**
	 * Adds a row for {@code parameter} to {@code parent} (a two-column grid): its label (required ones marked *), its
	 * input showing {@code value} (the descriptor's default when null) and its description. Inputs are tagged
	 * {@code idPrefix + name}.
	 */
	static Input create(Composite parent, AutomationType.Parameter parameter, Choices choices, String value,
			String idPrefix, Runnable onChange) {
		Label label = Widgets.tag(new Label(parent, SWT.NONE), idPrefix + "label." + parameter.name());
		label.setText((parameter.label() == null || parameter.label().isBlank() ? parameter.name() : parameter.label())
				+ (parameter.required() ? " *" : ""));
		label.setToolTipText(parameter.description());
		String shown = value != null ? value : parameter.defaultValue();
		Map<String, String> options = options(parameter, choices);
		Control control;
		if (options != null) {
			control = combo(parent, options, shown, onChange);
		} else if ("BOOLEAN".equals(parameter.type())) {
			Button check = new Button(parent, SWT.CHECK);
			check.setSelection("true".equals(shown));
			check.addListener(SWT.Selection, e -> onChange.run());
			control = check;
		} else {
			control = text(parent, parameter.type(), shown, onChange);
		}
		control.setToolTipText(parameter.description());
		Widgets.tag(control, idPrefix + parameter.name());
		if (parameter.description() != null && !parameter.description().isBlank()) {
			new Label(parent, SWT.NONE);
			Label description = new Label(parent, SWT.WRAP);
			description.setText(parameter.description());
			description.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			description.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		}
		return new Input(parameter, control, options);
	}

	/** Shown label to value for the choice types (an empty choice first when optional); null for the others. */
	private static Map<String, String> options(AutomationType.Parameter parameter, Choices choices) {
		Map<String, String> options = new LinkedHashMap<>();
		if (!parameter.required()) {
			options.put("", "");
		}
		switch (parameter.type() == null ? "" : parameter.type()) {
		case "OPTION" -> parameter.options().forEach(o -> options.put(o, o));
		case "STATUS" -> choices.statuses().forEach(s -> options.put(s.label() + (s.closed() ? " (closed)" : ""), s.id()));
		case "PROPERTY" -> choices.properties().values().stream()
				.sorted(Comparator.comparing(p -> String.valueOf(p.label()).toLowerCase()))
				.forEach(p -> options.put(p.label() + "  (" + p.name() + ")", p.name()));
		case "TEMPLATE" -> choices.templates().forEach(t -> options.put(t.name() + (t.marketing() ? " (marketing)" : ""), t.id()));
		default -> {
			return null;
		}
		}
		return options;
	}

	private static Combo combo(Composite parent, Map<String, String> options, String value, Runnable onChange) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		options.keySet().forEach(combo::add);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		if (value != null && !value.isEmpty()) {
			String shown = options.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey)
					.findFirst().orElse(null);
			if (shown == null) { // no longer among the choices (a status deleted since): shown as it is
				shown = value + " (unknown)";
				options.put(shown, value);
				combo.add(shown);
			}
			combo.select(combo.indexOf(shown));
		} else if (options.containsKey("")) {
			combo.select(0);
		}
		combo.addListener(SWT.Selection, e -> onChange.run());
		return combo;
	}

	private static Text text(Composite parent, String type, String value, Runnable onChange) {
		boolean multiLine = "TEXT".equals(type);
		Text text = new Text(parent, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 360;
		if (multiLine) {
			data.heightHint = 70;
		}
		text.setLayoutData(data);
		text.setMessage(switch (type == null ? "" : type) {
		case "URL" -> "https://...";
		case "NUMBER" -> "a number";
		default -> "";
		});
		text.setText(value == null ? "" : value);
		text.addListener(SWT.Modify, e -> onChange.run());
		return text;
	}

	/** The non-empty values of {@code inputs} by parameter name. */
	static Map<String, String> values(List<Input> inputs) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Input input : inputs) {
			String value = input.value();
			if (!value.isEmpty()) {
				values.put(input.parameter.name(), value);
			}
		}
		return values;
	}

	/**
	 * A one-line summary of parameter values for lists, in the descriptor's order (values it does not know after,
	 * by name), with labels instead of ids where the choices know them.
	 */
	static String summary(AutomationType type, Map<String, String> values, Choices choices) {
		List<AutomationType.Parameter> known = type == null ? List.of() : type.parameters();
		List<String> names = new java.util.ArrayList<>(known.stream().map(AutomationType.Parameter::name)
				.filter(values::containsKey).toList());
		values.keySet().stream().filter(name -> !names.contains(name)).sorted().forEach(names::add);
		StringBuilder text = new StringBuilder();
		for (String name : names) {
			AutomationType.Parameter parameter = known.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
			String value = values.get(name);
			Map<String, String> options = parameter == null ? null : options(parameter, choices);
			if (options != null) {
				value = options.entrySet().stream().filter(e -> e.getValue().equals(values.get(name)))
						.map(Map.Entry::getKey).findFirst().orElse(value);
			}
			String oneLine = value.replaceAll("\\s+", " ");
			text.append(text.isEmpty() ? "" : ", ")
					.append(parameter == null || parameter.label() == null ? name : parameter.label())
					.append(": ").append(oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine);
		}
		return text.toString();
	}
}
