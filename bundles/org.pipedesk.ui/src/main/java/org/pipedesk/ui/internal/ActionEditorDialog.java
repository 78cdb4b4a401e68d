package org.pipedesk.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pipedesk.client.AutomationRule;
import org.pipedesk.client.AutomationType;

/**
 * Adds an action to a chain (its type chosen among the server's action types) or edits one (its type fixed): the
 * parameter inputs come from the type's descriptor, required ones marked *, and OK stays disabled until each has a
 * value and numbers are numbers. The server checks the rest on save; the view shows its refusal.
 */
final class ActionEditorDialog extends CheckedDialog {
	private final List<AutomationType> types;
	private final AutomationRule.Action action;
	private final ParameterEditors.Choices choices;
	private TypedParametersForm form;
	private Text comment;
	private String actionType;
	private Map<String, String> parameters = Map.of();
	private String commentText;

	/** @param action the action to edit, or null to add one */
	ActionEditorDialog(Shell parent, String title, List<AutomationType> types, AutomationRule.Action action,
			ParameterEditors.Choices choices) {
		super(parent, title, "action.");
		this.types = List.copyOf(types);
		this.action = action;
		this.choices = choices;
	}

	static String addTitle(String chainLabel) {
		return "Add action: " + chainLabel;
	}

	static String editTitle(String chainLabel) {
		return "Edit action: " + chainLabel;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = gridArea(parent, 2);
		form = new TypedParametersForm(area, "Action", "action.", types, action == null ? null : action.actionType(),
				action != null, action == null ? null : action.parameters(), choices, this::validate);
		new Label(area, SWT.NONE).setText("Comment");
		comment = Widgets.tag(new Text(area, SWT.BORDER), "action.comment");
		comment.setMessage("Why this action (optional; shown in the chain)");
		comment.setText(action == null || action.comment() == null ? "" : action.comment());
		comment.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		problemLine(area, 2);
		return area;
	}

	@Override
	String problem() {
		return form == null ? null : form.problem();
	}

	@Override
	void accept() {
		actionType = form.type().id();
		parameters = form.parameters();
		commentText = comment.getText().strip();
	}

	/** After OK: the action's type id. */
	String actionType() {
		return actionType;
	}

	/** After OK: the non-empty parameter values. */
	Map<String, String> parameters() {
		return parameters;
	}

	/** After OK: the comment, "" for none. */
	String comment() {
		return commentText;
	}
}
