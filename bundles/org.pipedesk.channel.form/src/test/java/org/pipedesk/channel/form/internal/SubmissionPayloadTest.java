package org.pipedesk.channel.form.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pipedesk.channel.web.RateLimit;
import org.pipedesk.core.api.ValidationException;

class SubmissionPayloadTest {
	private static Map<String, List<String>> parse(String type, String body) {
		return SubmissionPayload.parse(type, body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void flatJsonHubSpotJsonAndFormEncodedGiveTheSameFields() {
		Map<String, List<String>> expected = Map.of("email", List.of("a@b.c"), "topics", List.of("A", "B"),
				"count", List.of("3"));
		assertEquals(expected, parse("application/json", "{\"email\":\"a@b.c\",\"topics\":[\"A\",\"B\"],\"count\":3,\"x\":null}"));
		assertEquals(expected, parse("application/json; charset=utf-8", "{\"fields\":[{\"name\":\"email\",\"value\":\"a@b.c\"},"
				+ "{\"name\":\"topics\",\"value\":\"A\"},{\"name\":\"topics\",\"value\":\"B\"},{\"name\":\"count\",\"value\":3}],"
				+ "\"context\":{\"pageUri\":\"x\"}}"));
		assertEquals(expected, parse("application/x-www-form-urlencoded", "email=a%40b.c&topics=A&topics=B&count=3"));
		assertEquals(Map.of("name", List.of("Zoë Ä+")), parse("application/x-www-form-urlencoded", "name=Zo%C3%AB+%C3%84%2B"));
	}

	@Test
	void unreadableBodiesAreRefusedNamingWhy() {
		assertEquals("json.well-formed", assertThrows(ValidationException.class,
				() -> parse("application/json", "{\"a\":")).violations().get(0).rule());
		assertEquals("form.body-readable", assertThrows(ValidationException.class,
				() -> parse("application/json", "[1]")).violations().get(0).rule());
		assertEquals("a", assertThrows(ValidationException.class,
				() -> parse("application/json", "{\"a\":{\"b\":1}}")).violations().get(0).field());
		assertEquals("form.body-readable", assertThrows(ValidationException.class,
				() -> parse("application/x-www-form-urlencoded", "a=%zz")).violations().get(0).rule());
	}

	@Test
	void unknownFieldsAndEveryMissingRequiredFieldAreListedAtOnce() {
		FormDefinition form = new FormDefinition("f", "F", "0", "1", true,
				List.of(new FormDefinition.Field("subject", "subject", true, null),
						new FormDefinition.Field("email", "content", true, null),
						new FormDefinition.Field("priority", "hs_ticket_priority", false, null)),
				65536, new RateLimit(10, 60), List.of(), "website", "Thanks", 1, null, null);
		ValidationException e = assertThrows(ValidationException.class,
				() -> FormSubmissions.properties(form, Map.of("extra", List.of("1"), "subject", List.of(" "))));
		assertEquals(List.of("extra:form.field-known", "subject:form.field-required", "email:form.field-required"),
				e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList());
		assertEquals(Map.of("subject", "Hi", "content", "x", "source_type", "FORM"), FormSubmissions.properties(form,
				Map.of("subject", List.of("Hi"), "email", List.of("x"), "website", List.of(""))));
	}
}
