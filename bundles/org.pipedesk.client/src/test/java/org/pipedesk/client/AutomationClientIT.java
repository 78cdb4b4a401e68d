package org.pipedesk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Automation through the client library against the real server (automation bundles running) over real HTTP. */
class AutomationClientIT {
	private final PipedeskClient client = TestServer.client();
	private final AutomationClient automation = client.automation();

	private Pipeline newPipeline() {
		return client.createPipeline("Automate " + UUID.randomUUID(), List.of(new PipedeskClient.NewStage("New", "OPEN"),
				new PipedeskClient.NewStage("Waiting", "OPEN"), new PipedeskClient.NewStage("Solved", "CLOSED")));
	}

	private static AutomationRule.NewAction note(String text) {
		return new AutomationRule.NewAction("ticket.add-note", Map.of("text", text), null, null);
	}

	private static List<String> notes(AutomationRule rule) {
		return rule.actions().stream().map(a -> a.parameters().get("text")).toList();
	}

	@Test
	void typesCarryTheParameterDescriptorsEditorsAreMadeFrom() {
		AutomationType note = TestServer.awaitApi(automation::actionTypes).stream()
				.filter(t -> t.id().equals("ticket.add-note")).findFirst().orElseThrow();
		AutomationType.Parameter text = note.parameters().get(0);
		assertEquals(List.of("text", "TEXT", true), List.of(text.name(), text.type(), text.required()));
		AutomationType notify = automation.actionTypes().stream().filter(t -> t.id().equals("notify")).findFirst().orElseThrow();
		AutomationType.Parameter kind = notify.parameters().get(0);
		assertEquals("OPTION", kind.type());
		assertTrue(kind.options().containsAll(List.of("USER", "TEAM", "OWNER")), kind.options().toString());
		assertTrue(automation.actionTypes().stream().anyMatch(t -> t.parameters().stream().anyMatch(p -> p.type().equals("URL"))));
		AutomationType entered = automation.triggerTypes().stream().filter(t -> t.id().equals("ticket.entered-status"))
				.findFirst().orElseThrow();
		assertEquals("STATUS", entered.parameters().get(0).type());
		assertFalse(entered.label().isBlank());
	}

	@Test
	void statusUpdateTriggersAreSetOneAtATimeAndAnIncompleteOneIsRefused() {
		Pipeline pipeline = newPipeline();
		String waiting = pipeline.stages().get(1).id();
		StatusUpdateTriggers none = TestServer.awaitApi(() -> automation.statusUpdateTriggers(pipeline.id()));
		assertFalse(none.emailSentToCustomer().enabled());
		assertFalse(none.customerReplied().enabled());

		StatusUpdateTriggers saved = automation.setStatusUpdateTriggers(pipeline.id(),
				new StatusUpdateTriggers(new StatusUpdateTriggers.Trigger(true, waiting), null));
		assertEquals(new StatusUpdateTriggers.Trigger(true, waiting), saved.emailSentToCustomer());
		assertFalse(saved.customerReplied().enabled(), "left out: stays as it was");
		assertEquals(saved, automation.statusUpdateTriggers(pipeline.id()));

		PipedeskException refused = assertThrows(PipedeskException.class, () -> automation.setStatusUpdateTriggers(
				pipeline.id(), new StatusUpdateTriggers(null, new StatusUpdateTriggers.Trigger(true, null))));
		assertEquals(400, refused.status());
		assertTrue(refused.describe().contains("status"), refused.describe());
		assertEquals(saved, automation.statusUpdateTriggers(pipeline.id()), "nothing applied");
	}

	@Test
	void aStatusChainIsEditedActionByAction() {
		Pipeline pipeline = newPipeline();
		String fresh = pipeline.stages().get(0).id();
		AutomationRule rule = TestServer.awaitApi(() -> automation.addStatusAction(pipeline.id(), fresh, note("one")));
		assertEquals("ticket.entered-status", rule.triggerType());
		assertEquals(Map.of("statusId", fresh), rule.triggerParameters());
		assertTrue(rule.enabled() && rule.available() && rule.problems().isEmpty(), rule.toString());
		automation.addStatusAction(pipeline.id(), fresh, note("two"));
		rule = automation.addStatusAction(pipeline.id(), fresh, new AutomationRule.NewAction("ticket.add-note",
				Map.of("text", "zero"), "first of all", 0));
		assertEquals(List.of("zero", "one", "two"), notes(rule));
		assertEquals("first of all", rule.actions().get(0).comment());

		List<StatusChain> chains = automation.statusChains(pipeline.id());
		assertEquals(List.of("New", "Waiting", "Solved"), chains.stream().map(StatusChain::label).toList());
		assertEquals(List.of(rule), chains.get(0).rules());
		assertEquals(List.of(), chains.get(1).rules());

		String ruleId = rule.id();
		String one = rule.actions().get(1).id();
		rule = automation.editAction(pipeline.id(), ruleId, one, Map.of("text", "one, edited"), "edited");
		assertEquals(List.of("zero", "one, edited", "two"), notes(rule));
		assertEquals("edited", rule.actions().get(1).comment());
		rule = automation.editAction(pipeline.id(), ruleId, one, null, "");
		assertEquals(null, rule.actions().get(1).comment(), "an empty comment removes it");
		assertEquals("one, edited", rule.actions().get(1).parameters().get("text"), "parameters left as they were");

		rule = automation.cloneAction(pipeline.id(), ruleId, one);
		assertEquals(List.of("zero", "one, edited", "one, edited", "two"), notes(rule));
		assertNotEquals(one, rule.actions().get(2).id(), "the copy has an id of its own");

		String two = rule.actions().get(3).id();
		rule = automation.moveAction(pipeline.id(), ruleId, two, 0);
		assertEquals(List.of("two", "zero", "one, edited", "one, edited"), notes(rule));

		rule = automation.deleteAction(pipeline.id(), ruleId, rule.actions().get(1).id(), false);
		assertEquals(List.of("two", "one, edited", "one, edited"), notes(rule));
		rule = automation.deleteAction(pipeline.id(), ruleId, rule.actions().get(1).id(), true);
		assertEquals(List.of("two"), notes(rule), "cut from the second to the end");
		assertEquals(rule, automation.rule(pipeline.id(), ruleId));
	}

	@Test
	void parametersThatDoNotFitTheDescriptorAreRefusedWithTheServersMessage() {
		Pipeline pipeline = newPipeline();
		String fresh = pipeline.stages().get(0).id();
		PipedeskException refused = assertThrows(PipedeskException.class, () -> TestServer.awaitApi(() -> automation
				.addStatusAction(pipeline.id(), fresh, new AutomationRule.NewAction("webhook",
						Map.of("url", "not a url", "secret", "s3cret"), null, null))));
		assertEquals(400, refused.status());
		assertTrue(refused.describe().contains("'url' must be an http or https URL"), refused.describe());
		assertEquals(List.of(), automation.statusChains(pipeline.id()).get(0).rules(), "nothing stored");

		PipedeskException unknown = assertThrows(PipedeskException.class, () -> automation.addStatusAction(pipeline.id(),
				fresh, new AutomationRule.NewAction("no.such-type", Map.of(), null, null)));
		assertEquals(400, unknown.status());
		assertTrue(unknown.problems().stream().anyMatch(p -> "automation.action-type-available".equals(p.code())),
				unknown.describe());
	}

	@Test
	void rulesWithAnyTriggerAreCreatedReplacedAndDeleted() {
		Pipeline pipeline = newPipeline();
		AutomationRule created = TestServer.awaitApi(() -> automation.createRule(pipeline.id(), new AutomationRule.Definition(
				"Escalate", true, "ticket.property-changed", Map.of("property", "hs_ticket_priority", "value", "HIGH"),
				null, List.of(new AutomationRule.Action(null, "ticket.add-note", Map.of("text", "escalated"), null)))));
		assertEquals("Escalate", created.label());
		assertEquals(List.of("escalated"), notes(created));
		String actionId = created.actions().get(0).id();

		AutomationRule.Definition changed = new AutomationRule.Definition("Escalate now", false,
				created.triggerType(), Map.of("property", "hs_ticket_priority"), List.of(), created.actions());
		AutomationRule replaced = automation.replaceRule(pipeline.id(), created.id(), changed);
		assertEquals(Map.of("property", "hs_ticket_priority"), replaced.triggerParameters());
		assertFalse(replaced.enabled());
		assertEquals(actionId, replaced.actions().get(0).id(), "actions naming their id keep it");
		assertEquals(List.of(replaced), automation.rules(pipeline.id()));

		automation.deleteRule(pipeline.id(), created.id());
		assertEquals(List.of(), automation.rules(pipeline.id()));
		assertEquals(404, assertThrows(PipedeskException.class, () -> automation.rule(pipeline.id(), created.id())).status());
	}

	@Test
	void templatesAreCreatedEditedPreviewedResetAndDeleted() {
		Pipeline pipeline = newPipeline();
		Ticket ticket = client.createTicket(Map.of("hs_pipeline", pipeline.id(), "hs_pipeline_stage",
				pipeline.stages().get(0).id(), "subject", "Printer <on> fire"));
		List<EmailTemplate> all = TestServer.awaitApi(automation::templates);
		assertEquals(List.of("ticket-received", "ticket-closed"), all.subList(0, 2).stream().map(EmailTemplate::id).toList());
		assertTrue(all.get(0).builtIn());

		EmailTemplate custom = automation.createTemplate(new EmailTemplate.Content("Follow-up " + UUID.randomUUID(),
				"About {{ticket.subject}}", "<p>Hello {{contact.firstname}}, ticket {{ticket.id}}</p>", true));
		assertFalse(custom.builtIn());
		assertTrue(custom.marketing());
		EmailTemplate.Preview preview = automation.previewTemplate(custom.id(), ticket.id(),
				new EmailTemplate.SampleContact("ada@example.test", "Ada", "L", false));
		assertEquals("About Printer <on> fire", preview.subject());
		assertEquals("<p>Hello Ada, ticket " + ticket.id() + "</p>", preview.html());
		EmailTemplate edited = automation.updateTemplate(custom.id(),
				new EmailTemplate.Content(custom.name(), "Re: {{ticket.subject}}", "<p>{{ticket.subject}}</p>", false));
		assertEquals(edited, automation.template(custom.id()));
		assertEquals("<p>Printer &lt;on&gt; fire</p>", automation.previewTemplate(custom.id(), ticket.id(), null).html(),
				"values are HTML-escaped in the body");

		EmailTemplate received = automation.updateTemplate("ticket-received",
				new EmailTemplate.Content("Ticket received", "We got it", "<p>Thanks</p>", false));
		assertTrue(received.builtIn() && received.edited());
		PipedeskException marketing = assertThrows(PipedeskException.class, () -> automation.updateTemplate(
				"ticket-received", new EmailTemplate.Content("Ticket received", "We got it", "<p>Thanks</p>", true)));
		assertEquals(400, marketing.status());
		assertFalse(automation.resetTemplate("ticket-received").edited());

		PipedeskException builtInKept = assertThrows(PipedeskException.class, () -> automation.deleteTemplate("ticket-closed"));
		assertEquals(409, builtInKept.status());
		automation.deleteTemplate(custom.id());
		assertFalse(automation.templates().stream().anyMatch(t -> t.id().equals(custom.id())));
	}
}
