package org.pipedesk.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pipedesk.client.AutomationRule;
import org.pipedesk.client.AutomationType;

/**
 * A rule's name, whether it runs, and its trigger: the type chosen among the server's trigger types, with the
 * parameter inputs generated from its descriptor. Its actions are edited in the chain, not here.
 */
final class RuleDialog extends CheckedDialog {
	static final String CREATE_TITLE = "Create rule";
	static final String EDIT_TITLE = "Edit rule";
	private final List<AutomationType> triggerTypes;
	private final AutomationRule rule;
	private final ParameterEditors.Choices choices;
	private Text label;
	private Button enabled;
	private TypedParametersForm trigger;
	private AutomationRule.Definition definition;

	/** @param rule the rule to edit, or null for a new one */
	RuleDialog(Shell parent, List<AutomationType> triggerTypes, AutomationRule rule, ParameterEditors.Choices choices) {
		super(parent, rule == null ? CREATE_TITLE : EDIT_TITLE, "rule.");
		this.triggerTypes = List.copyOf(triggerTypes);
		this.rule = rule;
		this.choices = choices;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = gridArea(parent, 2);
		new Label(area, SWT.NONE).setText("Name");
		label = Widgets.tag(new Text(area, SWT.BORDER), "rule.label");
		label.setText(rule == null || rule.label() == null ? "" : rule.label());
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		enabled = Widgets.tag(new Button(area, SWT.CHECK), "rule.enabled");
		enabled.setText("On (runs when triggered)");
		enabled.setSelection(rule == null || rule.enabled());
		enabled.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		trigger = new TypedParametersForm(area, "When", "rule.trigger.", triggerTypes,
				rule == null ? null : rule.triggerType(), false, rule == null ? null : rule.triggerParameters(), choices,
				this::validate);
		problemLine(area, 2);
		return area;
	}

	@Override
	String problem() {
		return trigger == null ? null : trigger.problem();
	}

	@Override
	void accept() {
		String name = label.getText().strip();
		Map<String, String> parameters = trigger.parameters();
		// the chain goes back as it is: actions naming their ids keep them
		definition = new AutomationRule.Definition(name.isEmpty() ? null : name, enabled.getSelection(),
				trigger.type().id(), parameters, rule == null ? List.of() : rule.sources(),
				rule == null ? List.of() : rule.actions());
	}

	/** After OK: the rule to create, or to replace the edited one with. */
	AutomationRule.Definition definition() {
		return definition;
	}
}
