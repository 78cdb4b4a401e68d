package org.pipedesk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pipedesk.model.desk.AutomationRule;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.Parameter;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.validation.DeskValidator;

/** The desk a new installation starts with: HubSpot's default Support pipeline and its default automation. */
class SeedDeskTest {
	private final Desk seed = SeedDesk.create(Instant.parse("2025-01-01T00:00:00Z"));
	private final Pipeline support = seed.getPipelines().get(0);

	private static Map<String, String> values(List<Parameter> parameters) {
		Map<String, String> values = new LinkedHashMap<>();
		parameters.forEach(p -> values.put(p.getName(), p.getValue()));
		return values;
	}

	/** trigger type, trigger parameters, sources, action type, action parameters: what the rule does. */
	private static String shape(AutomationRule rule) {
		assertEquals(1, rule.getActions().size(), rule.getLabel());
		return rule.getTriggerType() + " " + values(rule.getTriggerParameters()) + " " + rule.getSources() + " -> "
				+ rule.getActions().get(0).getActionType() + " " + values(rule.getActions().get(0).getParameters());
	}

	@Test
	void theSupportPipelineHasHubSpotsDefaultAutomation() {
		assertEquals(List.of(
				// the status update triggers: one rule with one "set status" action each (as the Automate API shows them)
				"email.sent-to-customer {} [] -> ticket.set-status {statusId=2}",
				"customer.replied {} [] -> ticket.set-status {statusId=3}",
				// the status chains: "when a ticket reaches a status"
				"ticket.entered-status {statusId=1} [EMAIL, FORM] -> email.send-template {templateId=ticket-received}",
				"ticket.entered-status {statusId=4} [] -> email.send-template {templateId=ticket-closed}"),
				support.getRules().stream().map(SeedDeskTest::shape).toList());
		assertTrue(support.getRules().stream().allMatch(AutomationRule::isEnabled));
		assertEquals("Waiting on contact", support.getStatuses().get(1).getLabel());
		assertEquals("Waiting on us", support.getStatuses().get(2).getLabel());
	}

	@Test
	void ruleAndActionIdsComeFromTheDesksCounterAndTheSeedIsValid() {
		Set<String> ids = new HashSet<>(List.of("0", "1", "2", "3", "4"));
		for (AutomationRule rule : support.getRules()) {
			assertTrue(ids.add(rule.getId()), "rule id " + rule.getId() + " is unique");
			rule.getActions().forEach(a -> assertTrue(ids.add(a.getId()), "action id " + a.getId() + " is unique"));
		}
		long highest = ids.stream().mapToLong(Long::parseLong).max().orElseThrow();
		assertEquals(highest, seed.getLastIssuedId(), "the counter is past every id issued");
		assertEquals(List.of(), DeskValidator.check(seed));
	}
}
