package org.pipedesk.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.pipedesk.client.AutomationClient;
import org.pipedesk.client.AutomationRule;
import org.pipedesk.client.AutomationType;
import org.pipedesk.client.EmailTemplate;
import org.pipedesk.client.Pipeline;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.PropertyDefinition;
import org.pipedesk.client.StatusChain;
import org.pipedesk.client.StatusUpdateTriggers;
import org.pipedesk.client.Ticket;
import org.pipedesk.client.TicketSearch;
import org.pipedesk.ui.Session;

/**
 * A pipeline's Automate tab, as in HubSpot: the status update triggers (move the ticket when an email is sent to
 * the customer or the customer replies); per status, the chain of actions run when a ticket reaches it (add, edit,
 * comment, clone, move, delete one or cut to the end); the pipeline's other rules with their triggers; the email
 * templates with their editor and preview. Editors come from the server's type descriptors. Each change is one
 * server call; the tab then shows the server's state again, or its refusal in the view's status strip.
 */
final class AutomateTab {
	private static final Set<String> STATUS_UPDATE_TRIGGERS = Set.of("email.sent-to-customer", "customer.replied");

	private final Session session;
	private final StatusStrip strip;
	private final ScrolledComposite scroll;
	private final Composite content;
	private final Font bold;
	private Pipeline pipeline;
	private Map<String, PropertyDefinition> properties = Map.of();
	private Loaded loaded;

	/** Everything the tab shows, read together in the background. */
	record Loaded(String pipelineId, StatusUpdateTriggers triggers, List<StatusChain> chains, List<AutomationRule> rules,
			List<AutomationType> actionTypes, List<AutomationType> triggerTypes, List<EmailTemplate> templates,
			String sampleTicketId) {
	}

	AutomateTab(Composite parent, Session session, StatusStrip strip) {
		this.session = session;
		this.strip = strip;
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		content = Widgets.tag(new Composite(scroll, SWT.NONE), "automate");
		content.setLayout(new GridLayout(1, false));
		scroll.setContent(content);
		FontData[] data = content.getFont().getFontData();
		for (FontData d : data) {
			d.setStyle(SWT.BOLD);
		}
		bold = new Font(content.getDisplay(), data);
		content.addDisposeListener(e -> bold.dispose());
	}

	Control control() {
		return scroll;
	}

	/** What the tab shows now (null before the first load). */
	Loaded loaded() {
		return loaded;
	}

	/** Shows the automation of {@code shown}, read from the server. */
	void show(Pipeline shown, Map<String, PropertyDefinition> definitions) {
		this.pipeline = shown;
		this.properties = definitions;
		load(null);
	}

	private void load(String outcome) {
		Pipeline current = pipeline;
		if (current == null || !session.connected()) {
			return;
		}
		PipedeskClient client = session.client();
		AutomationClient automation = client.automation();
		strip.run("Loading the automation of " + current.label(), () -> {
			List<Ticket> newest = client.search(new TicketSearch().filter("hs_pipeline", "EQ", current.id())
					.sort("hs_object_id", true).properties(List.of("subject")).limit(1)).results();
			return new Loaded(current.id(), automation.statusUpdateTriggers(current.id()),
					automation.statusChains(current.id()), automation.rules(current.id()), automation.actionTypes(),
					automation.triggerTypes(), automation.templates(), newest.isEmpty() ? null : newest.get(0).id());
		}, read -> {
			if (pipeline == null || !read.pipelineId().equals(pipeline.id())) {
				return; // another pipeline was chosen meanwhile
			}
			loaded = read;
			fill();
			if (outcome != null) {
				strip.info(outcome);
			}
		});
	}

	/** Runs a change, then shows the server's state with {@code outcome}; a refusal stays in the strip. */
	private <T> void change(String what, Callable<T> call, String outcome) {
		strip.run(what, call, done -> load(outcome));
	}

	private ParameterEditors.Choices choices() {
		return new ParameterEditors.Choices(pipeline.stages(), properties, loaded.templates());
	}

	// --- building the tab

	private void fill() {
		for (Control old : content.getChildren()) {
			old.dispose();
		}
		statusUpdateTriggers();
		statusChains();
		otherRules();
		templates();
		content.layout(true, true);
		scroll.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private Group group(String title, String id, int columns) {
		Group group = Widgets.tag(new Group(content, SWT.NONE), id);
		group.setText(title);
		group.setLayout(new GridLayout(columns, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return group;
	}

	private Label label(Composite parent, String text, String id, int span) {
		Label label = Widgets.tag(new Label(parent, SWT.WRAP), id);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		return label;
	}

	private void statusUpdateTriggers() {
		Group group = group("Status update triggers", "automate.triggers", 2);
		Combo emailSent = triggerRow(group, "When an email is sent to the customer, move the ticket to",
				"automate.trigger.emailSent", loaded.triggers().emailSentToCustomer());
		Combo replied = triggerRow(group, "When the customer replies, move the ticket to",
				"automate.trigger.customerReplied", loaded.triggers().customerReplied());
		Widgets.button(group, "Save triggers", "automate.triggers.save", () -> saveTriggers(emailSent, replied));
	}

	private Combo triggerRow(Composite group, String text, String id, StatusUpdateTriggers.Trigger trigger) {
		Button on = Widgets.tag(new Button(group, SWT.CHECK), id);
		on.setText(text);
		on.setSelection(trigger != null && trigger.enabled());
		Combo status = Widgets.tag(new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN), id + ".status");
		status.add("");
		pipeline.stages().forEach(s -> status.add(s.label()));
		status.select(0);
		for (int i = 0; i < pipeline.stages().size(); i++) {
			if (trigger != null && pipeline.stages().get(i).id().equals(trigger.statusId())) {
				status.select(i + 1);
			}
		}
		status.setData(on);
		return status;
	}

	private void saveTriggers(Combo emailSent, Combo replied) {
		StatusUpdateTriggers triggers = new StatusUpdateTriggers(trigger(emailSent), trigger(replied));
		String pipelineId = pipeline.id();
		AutomationClient automation = session.client().automation();
		change("Saving the status update triggers", () -> automation.setStatusUpdateTriggers(pipelineId, triggers),
				"Saved the status update triggers");
	}

	private StatusUpdateTriggers.Trigger trigger(Combo status) {
		int index = status.getSelectionIndex();
		String statusId = index <= 0 ? null : pipeline.stages().get(index - 1).id();
		return new StatusUpdateTriggers.Trigger(((Button) status.getData()).getSelection(), statusId);
	}

	private void statusChains() {
		Group group = group("When a ticket reaches a status (its actions run in order)", "automate.chains", 1);
		for (StatusChain chain : loaded.chains()) {
			Label header = label(group, chain.label(), "automate.chain." + chain.statusId(), 1);
			header.setFont(bold);
			for (AutomationRule rule : chain.rules()) {
				if (chain.rules().size() > 1 || !rule.enabled()) {
					label(group, ruleName(rule) + (rule.enabled() ? "" : " (off)"), "automate.chain.rule." + rule.id(), 1);
				}
				ruleState(group, rule);
				actions(group, rule, chain.label());
			}
			if (chain.rules().stream().allMatch(r -> r.actions().isEmpty())) {
				label(group, "No actions.", "automate.chain.empty." + chain.statusId(), 1);
			}
			Widgets.button(group, "+ Add action", "automate.chain.add." + chain.statusId(), () -> addAction(chain.label(),
					(automation, action) -> automation.addStatusAction(pipeline.id(), chain.statusId(), action)));
		}
	}

	/** The pipeline's rules that are neither a status's chain nor a status update trigger (those have sections). */
	private List<AutomationRule> rulesWithoutSection(List<AutomationRule> all) {
		Set<String> inChains = loaded.chains().stream().flatMap(c -> c.rules().stream()).map(AutomationRule::id)
				.collect(Collectors.toSet());
		return all.stream().filter(r -> !inChains.contains(r.id()) && !isStatusUpdateTrigger(r)).toList();
	}

	/** As the server tells a status update trigger: its trigger, and one "set status" action. */
	private static boolean isStatusUpdateTrigger(AutomationRule rule) {
		return STATUS_UPDATE_TRIGGERS.contains(rule.triggerType()) && rule.actions().size() == 1
				&& "ticket.set-status".equals(rule.actions().get(0).actionType());
	}

	private void otherRules() {
		Group group = group("Other rules", "automate.rules", 1);
		for (AutomationRule rule : rulesWithoutSection(loaded.rules())) {
			Composite header = new Composite(group, SWT.NONE);
			header.setLayout(new GridLayout(3, false));
			header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			AutomationType trigger = type(loaded.triggerTypes(), rule.triggerType());
			String when = (trigger == null ? rule.triggerType() + " (unavailable)" : trigger.label())
					+ (rule.triggerParameters().isEmpty() ? ""
							: " (" + ParameterEditors.summary(trigger, rule.triggerParameters(), choices()) + ")");
			Label name = label(header, ruleName(rule) + ": when " + when + (rule.enabled() ? "" : "  (off)"),
					"automate.rule." + rule.id(), 1);
			name.setFont(bold);
			Widgets.button(header, "Edit rule...", "automate.rule.edit." + rule.id(), () -> editRule(rule));
			Widgets.button(header, "Delete rule", "automate.rule.delete." + rule.id(), () -> deleteRule(rule));
			ruleState(group, rule);
			actions(group, rule, ruleName(rule));
			Widgets.button(group, "+ Add action", "automate.rule.add." + rule.id(), () -> addAction(ruleName(rule),
					(automation, action) -> automation.addAction(pipeline.id(), rule.id(), action)));
		}
		Widgets.button(group, "+ Create rule...", "automate.rule.create", () -> editRule(null));
	}

	private static String ruleName(AutomationRule rule) {
		return rule.label() == null || rule.label().isBlank() ? "Rule " + rule.id() : rule.label();
	}

	/** A rule that cannot run (a type's bundle is gone) or whose check finds problems says so, in red. */
	private void ruleState(Composite parent, AutomationRule rule) {
		if (!rule.available()) {
			Label unavailable = label(parent, "Unavailable: no bundle provides " + String.join(", ", rule.missingTypes())
					+ " now. The rule is kept and does not run until it returns.", "automate.unavailable." + rule.id(), 1);
			unavailable.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		}
		for (int i = 0; i < rule.problems().size(); i++) {
			Label problem = label(parent, "Problem: " + rule.problems().get(i).message(),
					"automate.problem." + rule.id() + "." + i, 1);
			problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		}
	}

	private static AutomationType type(List<AutomationType> types, String id) {
		return types.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
	}

	private void actions(Composite parent, AutomationRule rule, String chainLabel) {
		List<AutomationRule.Action> actions = rule.actions();
		for (int i = 0; i < actions.size(); i++) {
			AutomationRule.Action action = actions.get(i);
			int position = i;
			AutomationType type = type(loaded.actionTypes(), action.actionType());
			Composite row = new Composite(parent, SWT.NONE);
			GridLayout layout = new GridLayout(8, false);
			layout.marginHeight = 0;
			row.setLayout(layout);
			row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			String summary = ParameterEditors.summary(type, action.parameters(), choices());
			label(row, (i + 1) + ". " + (type == null ? action.actionType() + " (unavailable)" : type.label())
					+ (summary.isEmpty() ? "" : ": " + summary), "automate.action." + action.id(), 1);
			String id = action.id();
			Button edit = Widgets.button(row, "Edit...", "automate.action.edit." + id, () -> editAction(rule, action, chainLabel));
			edit.setEnabled(type != null);
			Widgets.button(row, "Comment...", "automate.action.comment." + id, () -> comment(rule, action, position));
			Widgets.button(row, "Clone", "automate.action.clone." + id, () -> chainEdit("Cloning action " + (position + 1),
					a -> a.cloneAction(pipeline.id(), rule.id(), id), "Cloned action " + (position + 1)));
			Button up = Widgets.button(row, "\u2191", "automate.action.up." + id, () -> chainEdit("Moving action " + (position + 1),
					a -> a.moveAction(pipeline.id(), rule.id(), id, position - 1), "Moved action " + (position + 1) + " up"));
			up.setEnabled(position > 0);
			Button down = Widgets.button(row, "\u2193", "automate.action.down." + id, () -> chainEdit("Moving action " + (position + 1),
					a -> a.moveAction(pipeline.id(), rule.id(), id, position + 1), "Moved action " + (position + 1) + " down"));
			down.setEnabled(position < actions.size() - 1);
			Widgets.button(row, "Delete", "automate.action.delete." + id, () -> delete(rule, action, position, false));
			Widgets.button(row, "Delete this and all after", "automate.action.deleteToEnd." + id,
					() -> delete(rule, action, position, true));
			if (action.comment() != null && !action.comment().isBlank()) {
				Label comment = label(row, "\u201C" + action.comment() + "\u201D", "automate.action.commentText." + id, 8);
				comment.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			}
		}
	}

	// --- changes

	/** One edit of a chain through the automation API. */
	private interface ChainEdit {
		AutomationRule apply(AutomationClient automation);
	}

	private void chainEdit(String what, ChainEdit edit, String outcome) {
		AutomationClient automation = session.client().automation();
		change(what, () -> edit.apply(automation), outcome);
	}

	/** Where an added action goes: a status's chain, or a rule. */
	private interface AddTo {
		AutomationRule add(AutomationClient automation, AutomationRule.NewAction action);
	}

	private void addAction(String chainLabel, AddTo target) {
		ActionEditorDialog dialog = new ActionEditorDialog(content.getShell(), ActionEditorDialog.addTitle(chainLabel),
				loaded.actionTypes(), null, choices());
		if (dialog.open() != Window.OK) {
			return;
		}
		AutomationRule.NewAction action = new AutomationRule.NewAction(dialog.actionType(), dialog.parameters(),
				dialog.comment().isEmpty() ? null : dialog.comment(), null);
		chainEdit("Adding an action to " + chainLabel, a -> target.add(a, action), "Added an action to " + chainLabel);
	}

	private void editAction(AutomationRule rule, AutomationRule.Action action, String chainLabel) {
		ActionEditorDialog dialog = new ActionEditorDialog(content.getShell(), ActionEditorDialog.editTitle(chainLabel),
				loaded.actionTypes(), action, choices());
		if (dialog.open() != Window.OK) {
			return;
		}
		Map<String, String> parameters = dialog.parameters();
		String comment = dialog.comment();
		chainEdit("Saving the action", a -> a.editAction(pipeline.id(), rule.id(), action.id(), parameters, comment),
				"Saved the action");
	}

	private void comment(AutomationRule rule, AutomationRule.Action action, int position) {
		InputDialog dialog = new InputDialog(content.getShell(), "Comment on action " + (position + 1),
				"Why this action (empty: no comment):", action.comment() == null ? "" : action.comment(), null);
		if (dialog.open() != Window.OK) {
			return;
		}
		String comment = dialog.getValue().strip();
		chainEdit("Saving the comment", a -> a.editAction(pipeline.id(), rule.id(), action.id(), null, comment),
				comment.isEmpty() ? "Removed the comment" : "Saved the comment");
	}

	private void delete(AutomationRule rule, AutomationRule.Action action, int position, boolean toEnd) {
		int after = rule.actions().size() - position - 1;
		String question = toEnd && after > 0 ? "Delete action " + (position + 1) + " and the " + after + " after it?"
				: "Delete action " + (position + 1) + "?";
		if (!MessageDialog.openConfirm(content.getShell(), "Delete action", question)) {
			return;
		}
		chainEdit("Deleting", a -> a.deleteAction(pipeline.id(), rule.id(), action.id(), toEnd),
				toEnd ? "Deleted action " + (position + 1) + " and all after it" : "Deleted action " + (position + 1));
	}

	private void editRule(AutomationRule rule) {
		RuleDialog dialog = new RuleDialog(content.getShell(), loaded.triggerTypes(), rule, choices());
		if (dialog.open() != Window.OK) {
			return;
		}
		AutomationRule.Definition definition = dialog.definition();
		String pipelineId = pipeline.id();
		AutomationClient automation = session.client().automation();
		if (rule == null) {
			change("Creating the rule", () -> automation.createRule(pipelineId, definition), "Created the rule");
		} else {
			change("Saving " + ruleName(rule), () -> automation.replaceRule(pipelineId, rule.id(), definition),
					"Saved " + ruleName(rule));
		}
	}

	private void deleteRule(AutomationRule rule) {
		if (!MessageDialog.openConfirm(content.getShell(), "Delete rule", "Delete " + ruleName(rule)
				+ " and its " + rule.actions().size() + " action(s)?")) {
			return;
		}
		String pipelineId = pipeline.id();
		AutomationClient automation = session.client().automation();
		change("Deleting " + ruleName(rule), () -> {
			automation.deleteRule(pipelineId, rule.id());
			return rule.id();
		}, "Deleted " + ruleName(rule));
	}

	// --- email templates

	private void templates() {
		Group group = group("Email templates (for \"Send email to the contact\")", "automate.templates.group", 1);
		Table table = Widgets.table(group, "automate.templates", new String[][] { { "Name", "220" }, { "Subject", "380" },
				{ "Kind", "220" } });
		((GridData) table.getLayoutData()).heightHint = 110;
		for (EmailTemplate template : loaded.templates()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { template.name(), template.subject(), kind(template) });
			item.setData(template);
		}
		table.addListener(SWT.DefaultSelection, e -> editTemplate(selected(table)));
		Composite buttons = new Composite(group, SWT.NONE);
		buttons.setLayout(new GridLayout(4, false));
		Widgets.button(buttons, "New template...", "automate.template.new", () -> editTemplate(null));
		Widgets.button(buttons, "Edit...", "automate.template.edit", () -> {
			if (selected(table) != null) {
				editTemplate(selected(table));
			}
		});
		Widgets.button(buttons, "Reset to default", "automate.template.reset", () -> resetTemplate(selected(table)));
		Widgets.button(buttons, "Delete", "automate.template.delete", () -> deleteTemplate(selected(table)));
	}

	private static String kind(EmailTemplate template) {
		if (template.builtIn()) {
			return template.edited() ? "Built-in, edited" : "Built-in";
		}
		return template.marketing() ? "Custom, marketing" : "Custom";
	}

	private EmailTemplate selected(Table table) {
		int index = table.getSelectionIndex();
		if (index < 0) {
			strip.info("Choose a template first");
			return null;
		}
		return (EmailTemplate) table.getItem(index).getData();
	}

	/** Opens the template editor (null: a new template); the tab reloads when it saved. */
	void editTemplate(EmailTemplate template) {
		TemplateEditorDialog dialog = new TemplateEditorDialog(content.getShell(), session, template,
				loaded.sampleTicketId());
		dialog.open();
		if (dialog.saved()) {
			load("Saved the email template");
		}
	}

	private void resetTemplate(EmailTemplate template) {
		if (template == null) {
			return;
		}
		if (!template.builtIn()) {
			strip.info("Only built-in templates have a default to go back to");
			return;
		}
		AutomationClient automation = session.client().automation();
		change("Resetting " + template.name(), () -> automation.resetTemplate(template.id()), "Reset " + template.name());
	}

	private void deleteTemplate(EmailTemplate template) {
		if (template == null || !MessageDialog.openConfirm(content.getShell(), "Delete template",
				"Delete the email template " + template.name() + "?")) {
			return;
		}
		AutomationClient automation = session.client().automation();
		change("Deleting " + template.name(), () -> {
			automation.deleteTemplate(template.id());
			return template.id();
		}, "Deleted " + template.name());
	}
}
