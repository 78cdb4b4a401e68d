package org.pipedesk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pipedesk.client.AutomationClient;
import org.pipedesk.client.AutomationRule;
import org.pipedesk.client.AutomationType;
import org.pipedesk.client.EmailTemplate;
import org.pipedesk.client.Pipeline;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.PipedeskException;
import org.pipedesk.client.StatusUpdateTriggers;
import org.pipedesk.client.Ticket;
import org.pipedesk.ui.Session;

/**
 * The Automate tab of the pipeline settings as an admin drives it: real SWT widgets against the real server (with
 * its automation bundles) in the same OSGi runtime; every change is checked on the server. Screens are saved as
 * target/screenshots/*.png.
 */
class AutomateUiIT {
	private final Ui ui = new Ui();
	private final PipedeskClient client = TestServer.client();
	private final AutomationClient automation = client.automation();
	private final Session session = new Session();
	private final AtomicReference<Throwable> failure = new AtomicReference<>();
	private Shell shell;
	private PipelineSettingsView view;

	AutomateUiIT() {
		session.connect(client);
	}

	@AfterEach
	void closeShell() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
	}

	private Pipeline newPipeline(String name) {
		return client.createPipeline(name + " " + UUID.randomUUID().toString().substring(0, 8), List.of(
				new PipedeskClient.NewStage("New", "OPEN"), new PipedeskClient.NewStage("Waiting", "OPEN"),
				new PipedeskClient.NewStage("Solved", "CLOSED")));
	}

	/** The settings view on {@code pipeline}, its Automate tab shown and loaded. */
	private AutomateTab openAutomate(Pipeline pipeline) {
		shell = ui.shell("Pipedesk - Automate");
		view = new PipelineSettingsView(shell, session);
		ui.open(shell);
		ui.until("pipelines loaded", () -> view.strip().idle() && !view.pipelines().pipelines().isEmpty());
		view.reload(pipeline.id());
		ui.until("the pipeline shown", () -> view.strip().idle() && pipeline.id().equals(view.pipelines().selectedId()));
		view.showAutomateTab();
		ui.until("its automation loaded", () -> view.strip().idle() && view.automate().loaded() != null
				&& view.automate().loaded().pipelineId().equals(pipeline.id()));
		return view.automate();
	}

	/** Clicks {@code id} in the view and waits until the change went through and the strip says {@code outcome}. */
	private void clickAndAwait(String id, String outcome) {
		Ui.click(Ui.find(shell, id, Button.class));
		ui.until(outcome, () -> failure.get() != null || view.strip().idle() && view.strip().message().startsWith(outcome));
		Ui.check(failure);
	}

	private void confirmWhenAsked(String title) {
		ui.whenShellOpens(title, failure, dialog -> Ui.click(Ui.button(dialog, "OK")));
	}

	private List<AutomationRule.Action> chainOf(Pipeline pipeline, int status) {
		List<AutomationRule> rules = automation.statusChains(pipeline.id()).get(status).rules();
		return rules.isEmpty() ? List.of() : rules.get(0).actions();
	}

	private static List<String> texts(List<AutomationRule.Action> actions) {
		return actions.stream().map(a -> a.parameters().containsKey("text") ? a.parameters().get("text")
				: a.parameters().get("message")).toList();
	}

	@Test
	void statusUpdateTriggersAndAStatusChainAreEditedThroughTheDescriptorGeneratedEditors() {
		Pipeline pipeline = newPipeline("Automate UI");
		String fresh = pipeline.stages().get(0).id();
		String waiting = pipeline.stages().get(1).id();
		openAutomate(pipeline);

		// Status update triggers: on, with the status to move to.
		Ui.find(shell, "automate.trigger.emailSent", Button.class).setSelection(true);
		Ui.select(Ui.find(shell, "automate.trigger.emailSent.status", Combo.class), "Waiting");
		clickAndAwait("automate.triggers.save", "Saved the status update triggers");
		StatusUpdateTriggers triggers = automation.statusUpdateTriggers(pipeline.id());
		assertEquals(new StatusUpdateTriggers.Trigger(true, waiting), triggers.emailSentToCustomer());
		assertFalse(triggers.customerReplied().enabled());
		assertTrue(Ui.find(shell, "automate.trigger.emailSent", Button.class).getSelection(), "shown as saved");

		// Add an action to New: its inputs come from the type's descriptor, required ones marked.
		ui.whenShellOpens(ActionEditorDialog.addTitle("New"), failure, dialog -> {
			Button ok = Ui.find(dialog, "action.ok", Button.class);
			assertFalse(ok.isEnabled(), "no type chosen yet");
			Ui.select(Ui.find(dialog, "action.type", Combo.class), "Send internal notification");
			assertEquals("Message *", Ui.find(dialog, "action.param.label.message", Label.class).getText());
			assertEquals("User or team", Ui.find(dialog, "action.param.label.recipient", Label.class).getText());
			Combo kind = Ui.find(dialog, "action.param.recipientKind", Combo.class);
			assertEquals(List.of("USER", "TEAM", "OWNER"), List.of(kind.getItems()));
			assertEquals("OWNER", kind.getText(), "the descriptor's default");
			assertTrue((Ui.find(dialog, "action.param.message", Text.class).getStyle() & SWT.MULTI) != 0, "TEXT: multi-line");
			assertFalse(ok.isEnabled(), "the message is required");
			assertEquals("Message is required", Ui.find(dialog, "action.problem", Label.class).getText());
			Ui.find(dialog, "action.param.message", Text.class).setText("New: {{ticket.subject}}");
			assertTrue(ok.isEnabled());
			ui.screenshot(dialog, "automate-action-editor");
			Ui.click(ok);
		});
		clickAndAwait("automate.chain.add." + fresh, "Added an action to New");
		List<AutomationRule.Action> chain = chainOf(pipeline, 0);
		assertEquals(1, chain.size());
		assertEquals("notify", chain.get(0).actionType());
		assertEquals(Map.of("recipientKind", "OWNER", "message", "New: {{ticket.subject}}"), chain.get(0).parameters());

		ui.whenShellOpens(ActionEditorDialog.addTitle("New"), failure, dialog -> {
			Ui.select(Ui.find(dialog, "action.type", Combo.class), "Add internal note");
			Ui.find(dialog, "action.param.text", Text.class).setText("second");
			Ui.find(dialog, "action.comment", Text.class).setText("keeps a trace");
			Ui.click(Ui.find(dialog, "action.ok", Button.class));
		});
		clickAndAwait("automate.chain.add." + fresh, "Added an action to New");
		chain = chainOf(pipeline, 0);
		assertEquals(List.of("New: {{ticket.subject}}", "second"), texts(chain));
		assertEquals("keeps a trace", chain.get(1).comment());
		String first = chain.get(0).id();
		assertEquals("\u201Ckeeps a trace\u201D", Ui.find(shell, "automate.action.commentText." + chain.get(1).id(),
				Label.class).getText());

		// Comment on the first action.
		ui.whenShellOpens("Comment on action 1", failure, dialog -> {
			Ui.editableText(dialog).setText("tells the owner");
			Ui.click(Ui.button(dialog, "OK"));
		});
		clickAndAwait("automate.action.comment." + first, "Saved the comment");
		assertEquals("tells the owner", chainOf(pipeline, 0).get(0).comment());

		// Edit its message: the editor shows the saved values, its type fixed.
		ui.whenShellOpens(ActionEditorDialog.editTitle("New"), failure, dialog -> {
			assertFalse(Ui.find(dialog, "action.type", Combo.class).isEnabled());
			Text message = Ui.find(dialog, "action.param.message", Text.class);
			assertEquals("New: {{ticket.subject}}", message.getText());
			assertEquals("tells the owner", Ui.find(dialog, "action.comment", Text.class).getText());
			message.setText("Edited: {{ticket.subject}}");
			Ui.click(Ui.find(dialog, "action.ok", Button.class));
		});
		clickAndAwait("automate.action.edit." + first, "Saved the action");
		assertEquals(List.of("Edited: {{ticket.subject}}", "second"), texts(chainOf(pipeline, 0)));
		assertEquals("tells the owner", chainOf(pipeline, 0).get(0).comment(), "the comment kept");

		// Clone it (the copy goes right after it), move the original down, cut the chain from the second action.
		clickAndAwait("automate.action.clone." + first, "Cloned action 1");
		chain = chainOf(pipeline, 0);
		assertEquals(List.of("Edited: {{ticket.subject}}", "Edited: {{ticket.subject}}", "second"), texts(chain));
		assertNotEquals(first, chain.get(1).id());
		String copy = chain.get(1).id();
		clickAndAwait("automate.action.down." + first, "Moved action 1 down");
		assertEquals(List.of(copy, first, chain.get(2).id()), chainOf(pipeline, 0).stream().map(AutomationRule.Action::id).toList());
		assertFalse(Ui.find(shell, "automate.action.up." + copy, Button.class).isEnabled(), "the first cannot go up");
		ui.screenshot(shell, "pipeline-automate");

		confirmWhenAsked("Delete action");
		clickAndAwait("automate.action.deleteToEnd." + first, "Deleted action 2 and all after it");
		assertEquals(List.of(copy), chainOf(pipeline, 0).stream().map(AutomationRule.Action::id).toList());
		confirmWhenAsked("Delete action");
		clickAndAwait("automate.action.delete." + copy, "Deleted action 1");
		assertEquals(List.of(), chainOf(pipeline, 0));
		assertTrue(Ui.has(shell, "automate.chain.empty." + fresh));
	}

	@Test
	void theServersValidationMessageIsShownAndNothingIsStored() {
		Pipeline pipeline = newPipeline("Automate refusal");
		String fresh = pipeline.stages().get(0).id();
		openAutomate(pipeline);
		PipedeskException expected = assertThrows(PipedeskException.class, () -> automation.addStatusAction(pipeline.id(),
				fresh, new AutomationRule.NewAction("webhook", Map.of("url", "not a url", "secret", "s"), null, null)));

		ui.whenShellOpens(ActionEditorDialog.addTitle("New"), failure, dialog -> {
			Ui.select(Ui.find(dialog, "action.type", Combo.class), "Call a webhook");
			Ui.find(dialog, "action.param.url", Text.class).setText("not a url");
			Ui.find(dialog, "action.param.secret", Text.class).setText("s");
			Ui.click(Ui.find(dialog, "action.ok", Button.class));
		});
		Ui.click(Ui.find(shell, "automate.chain.add." + fresh, Button.class));
		ui.until("the refusal", () -> failure.get() != null || view.strip().idle()
				&& view.strip().message().equals(expected.describe()));
		Ui.check(failure);
		assertTrue(view.strip().message().contains("'url' must be an http or https URL"), view.strip().message());
		assertEquals(List.of(), chainOf(pipeline, 0));
		ui.screenshot(shell, "pipeline-automate-refused");
	}

	@Test
	void otherRulesAreCreatedWithTheirTriggersActionsAndShowTheirProblems() {
		Pipeline pipeline = newPipeline("Automate rules");
		String waiting = pipeline.stages().get(1).id();
		openAutomate(pipeline);

		ui.whenShellOpens(RuleDialog.CREATE_TITLE, failure, dialog -> {
			Ui.find(dialog, "rule.label", Text.class).setText("Left waiting");
			Ui.select(Ui.find(dialog, "rule.trigger.type", Combo.class), "Ticket left status");
			assertEquals("Status *", Ui.find(dialog, "rule.trigger.param.label.statusId", Label.class).getText());
			Combo status = Ui.find(dialog, "rule.trigger.param.statusId", Combo.class);
			assertEquals(List.of("New", "Waiting", "Solved (closed)"), List.of(status.getItems()), "STATUS: the pipeline's");
			Ui.select(status, "Waiting");
			Ui.click(Ui.find(dialog, "rule.ok", Button.class));
		});
		clickAndAwait("automate.rule.create", "Created the rule");
		AutomationRule rule = automation.rules(pipeline.id()).get(0);
		assertEquals("Left waiting", rule.label());
		assertEquals("ticket.left-status", rule.triggerType());
		assertEquals(Map.of("statusId", waiting), rule.triggerParameters());
		assertEquals("Left waiting: when Ticket left status (Status: Waiting)",
				Ui.find(shell, "automate.rule." + rule.id(), Label.class).getText());

		ui.whenShellOpens(ActionEditorDialog.addTitle("Left waiting"), failure, dialog -> {
			Ui.select(Ui.find(dialog, "action.type", Combo.class), "Set property");
			Combo property = Ui.find(dialog, "action.param.property", Combo.class);
			Ui.select(property, "Priority  (hs_ticket_priority)"); // PROPERTY: the live properties
			Ui.find(dialog, "action.param.value", Text.class).setText("HIGH");
			Ui.click(Ui.find(dialog, "action.ok", Button.class));
		});
		clickAndAwait("automate.rule.add." + rule.id(), "Added an action to Left waiting");
		assertEquals(Map.of("property", "hs_ticket_priority", "value", "HIGH"),
				automation.rule(pipeline.id(), rule.id()).actions().get(0).parameters());

		// The status it waits for is deleted: the server's check finds the problem, the tab shows it.
		client.deleteStage(pipeline.id(), waiting, null);
		view.reload(pipeline.id());
		ui.until("reloaded", () -> view.strip().idle() && view.automate().loaded() != null
				&& view.automate().loaded().chains().size() == 2);
		AutomationRule broken = automation.rule(pipeline.id(), rule.id());
		assertFalse(broken.problems().isEmpty(), "the server finds the problem");
		assertEquals("Problem: " + broken.problems().get(0).message(),
				Ui.find(shell, "automate.problem." + rule.id() + ".0", Label.class).getText());
		ui.screenshot(shell, "pipeline-automate-rules");

		// Edit the rule: off, and waiting for New instead.
		ui.whenShellOpens(RuleDialog.EDIT_TITLE, failure, dialog -> {
			Combo status = Ui.find(dialog, "rule.trigger.param.statusId", Combo.class);
			assertEquals(waiting + " (unknown)", status.getText(), "a status deleted since, shown as it is");
			Ui.select(status, "New");
			Ui.find(dialog, "rule.enabled", Button.class).setSelection(false);
			Ui.click(Ui.find(dialog, "rule.ok", Button.class));
		});
		clickAndAwait("automate.rule.edit." + rule.id(), "Saved Left waiting");
		AutomationRule fixed = automation.rule(pipeline.id(), rule.id());
		assertEquals(Map.of("statusId", pipeline.stages().get(0).id()), fixed.triggerParameters());
		assertFalse(fixed.enabled());
		assertTrue(fixed.problems().isEmpty());
		assertEquals(broken.actions(), fixed.actions(), "the chain kept, ids and all");

		confirmWhenAsked("Delete rule");
		clickAndAwait("automate.rule.delete." + rule.id(), "Deleted Left waiting");
		assertEquals(List.of(), automation.rules(pipeline.id()));
	}

	@Test
	void theTemplateEditorSavesAndPreviewsForTheNewestTicket() {
		Pipeline pipeline = newPipeline("Automate templates");
		Ticket ticket = client.createTicket(Map.of("hs_pipeline", pipeline.id(), "hs_pipeline_stage",
				pipeline.stages().get(0).id(), "subject", "Printer <on> fire"));
		openAutomate(pipeline);
		String name = "Follow-up " + UUID.randomUUID().toString().substring(0, 8);

		AtomicBoolean edited = ui.whenShellOpens(TemplateEditorDialog.title(null), failure, dialog -> {
			assertEquals(ticket.id(), Ui.find(dialog, "template.preview.ticket", Text.class).getText(),
					"the pipeline's newest ticket to preview with");
			Ui.find(dialog, "template.name", Text.class).setText(name);
			Ui.find(dialog, "template.subject", Text.class).setText("About {{ticket.subject}}");
			Ui.find(dialog, "template.body", Text.class).setText("<p>Hello {{contact.firstname}}: {{ticket.subject}}</p>");
			Ui.find(dialog, "template.preview.firstName", Text.class).setText("Ada");
			Ui.click(Ui.find(dialog, "template.preview", Button.class)); // saves first: the server renders what it stores
			Label subject = Ui.find(dialog, "template.preview.subject", Label.class);
			ui.until("the preview", () -> subject.getText().startsWith("Subject:"));
			assertEquals("Subject: About Printer <on> fire", subject.getText());
			assertEquals("<p>Hello Ada: Printer &lt;on&gt; fire</p>",
					Ui.find(dialog, "template.preview.html", Text.class).getText(), "values HTML-escaped");
			ui.screenshot(dialog, "template-editor-preview");
			Ui.click(Ui.find(dialog, "template.close", Button.class));
		});
		Ui.click(Ui.find(shell, "automate.template.new", Button.class));
		ui.until("the template saved", () -> failure.get() != null || edited.get() && view.strip().idle()
				&& view.strip().message().equals("Saved the email template"));
		Ui.check(failure);
		EmailTemplate saved = automation.templates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
		assertEquals("About {{ticket.subject}}", saved.subject());
		Table table = Ui.find(shell, "automate.templates", Table.class);
		assertTrue(List.of(table.getItems()).stream().anyMatch(i -> i.getText(0).equals(name) && i.getText(2).equals("Custom")));

		// A built-in's marketing flag is not offered: built-ins are transactional.
		table.select(0);
		ui.whenShellOpens(TemplateEditorDialog.title(automation.template("ticket-received")), failure, dialog -> {
			assertFalse(Ui.find(dialog, "template.marketing", Button.class).isEnabled());
			Ui.click(Ui.find(dialog, "template.close", Button.class));
		});
		Ui.click(Ui.find(shell, "automate.template.edit", Button.class));
		Ui.check(failure);
	}

	@Test
	void aThirdPartyTypeGetsItsEditorFromItsDescriptorAlone() {
		Pipeline pipeline = newPipeline("Automate third party");
		AutomationType sms = new AutomationType("acme.sms", "Send an SMS", "A type no client knows", List.of(
				new AutomationType.Parameter("to", "Phone", "E.164", "STRING", true, List.of(), null),
				new AutomationType.Parameter("retries", "Retries", null, "NUMBER", true, List.of(), null),
				new AutomationType.Parameter("flash", "Flash message", null, "BOOLEAN", false, List.of(), "true"),
				new AutomationType.Parameter("carrier", "Carrier", null, "OPTION", false, List.of("ACME", "GLOBEX"), null),
				new AutomationType.Parameter("text", "Text", null, "TEXT", true, List.of(), null),
				new AutomationType.Parameter("callback", "Callback", null, "URL", false, List.of(), null),
				new AutomationType.Parameter("then", "Then move to", null, "STATUS", false, List.of(), null),
				new AutomationType.Parameter("template", "Template", null, "TEMPLATE", false, List.of(), null),
				new AutomationType.Parameter("color", "Colour", null, "COLOR", false, List.of(), null)));
		ParameterEditors.Choices choices = new ParameterEditors.Choices(pipeline.stages(), DeskData.read(client).properties(),
				automation.templates());
		shell = ui.shell("Pipedesk - third-party type");
		ui.open(shell);

		ActionEditorDialog editor = new ActionEditorDialog(shell, "Add action: SMS", List.of(sms), null, choices);
		AtomicBoolean answered = ui.whenShellOpens("Add action: SMS", failure, dialog -> {
			Ui.select(Ui.find(dialog, "action.type", Combo.class), "Send an SMS");
			assertInstanceOf(Text.class, Ui.find(dialog, "action.param.to", org.eclipse.swt.widgets.Control.class));
			assertTrue(Ui.find(dialog, "action.param.flash", Button.class).getSelection(), "BOOLEAN: a checkbox, default on");
			assertEquals(List.of("", "ACME", "GLOBEX"), List.of(Ui.find(dialog, "action.param.carrier", Combo.class).getItems()));
			assertEquals(List.of("", "New", "Waiting", "Solved (closed)"),
					List.of(Ui.find(dialog, "action.param.then", Combo.class).getItems()));
			assertTrue(List.of(Ui.find(dialog, "action.param.template", Combo.class).getItems()).contains("Ticket received"));
			assertInstanceOf(Text.class, Ui.find(dialog, "action.param.color", org.eclipse.swt.widgets.Control.class),
					"an unknown type: a text field");
			assertEquals("Phone *", Ui.find(dialog, "action.param.label.to", Label.class).getText());
			Button ok = Ui.find(dialog, "action.ok", Button.class);
			Ui.find(dialog, "action.param.to", Text.class).setText("+4312345");
			Ui.find(dialog, "action.param.text", Text.class).setText("Hi");
			Ui.find(dialog, "action.param.retries", Text.class).setText("three");
			assertFalse(ok.isEnabled());
			assertEquals("Retries must be a number", Ui.find(dialog, "action.problem", Label.class).getText());
			Ui.find(dialog, "action.param.retries", Text.class).setText("3");
			assertTrue(ok.isEnabled());
			Ui.select(Ui.find(dialog, "action.param.then", Combo.class), "Solved (closed)");
			Ui.find(dialog, "action.param.color", Text.class).setText("#ff0000");
			ui.screenshot(dialog, "automate-third-party-editor");
			Ui.click(ok);
		});
		editor.open();
		ui.until("answered", answered::get);
		Ui.check(failure);
		assertEquals("acme.sms", editor.actionType());
		assertEquals(Map.of("to", "+4312345", "retries", "3", "flash", "true", "text", "Hi", "then",
				pipeline.stages().get(2).id(), "color", "#ff0000"), editor.parameters());
	}
}
