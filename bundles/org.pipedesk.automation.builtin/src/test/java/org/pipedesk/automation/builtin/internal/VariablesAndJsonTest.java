package org.pipedesk.automation.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pipedesk.core.api.Ticket;

class VariablesAndJsonTest {
	private static final Ticket TICKET = new Ticket(7, "0", "2", Map.of("subject", "Printer $1 \\ on fire"), 3,
			Instant.EPOCH, Instant.EPOCH);

	@Test
	void variablesAreReplacedByTheTicketsValues() {
		assertEquals("Ticket 7 (status 2, pipeline 0): Printer $1 \\ on fire, owner ''",
				Variables.render("Ticket {{ticket.id}} (status {{ ticket.status }}, pipeline {{ticket.pipeline}}): "
						+ "{{ticket.subject}}, owner '{{ticket.hubspot_owner_id}}'", TICKET));
		assertEquals("", Variables.render(null, TICKET));
	}

	@Test
	void jsonEscapesStrings() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("text", "a \"quote\"\n\\ and \u0001");
		value.put("number", 3);
		value.put("none", null);
		value.put("nested", Map.of("ok", true));
		assertEquals("{\"text\":\"a \\\"quote\\\"\\n\\\\ and \\u0001\",\"number\":3,\"none\":null,\"nested\":{\"ok\":true}}",
				Json.write(value));
	}

	@Test
	void theSignatureIsTheHmacSha256OfTheBody() throws Exception {
		// RFC 4231 test case 2
		assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
				BuiltInActions.Webhook.sign("Jefe".getBytes(StandardCharsets.UTF_8), "what do ya want for nothing?"));
	}
}
