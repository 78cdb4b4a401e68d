package org.pipedesk.channel.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pipedesk.channel.email.internal.Threading.Match;
import org.pipedesk.channel.email.internal.Threading.Rule;

class ThreadingTest {
	private static final Map<String, Long> MESSAGES = Map.of("<out-1@pipedesk>", 7L, "<in-1@customer>", 7L);
	private static final Set<String> AGENTS = Set.of("support@desk.example", "agent@desk.example");

	private static Threading.Lookup lookup(boolean reopened) {
		return new Threading.Lookup() {
			@Override
			public Optional<Long> ticketOfMessage(String messageId) {
				return Optional.ofNullable(MESSAGES.get(messageId));
			}

			@Override
			public boolean ticketExists(long ticketId) {
				return ticketId == 7 || ticketId == 8;
			}

			@Override
			public boolean reopened(long ticketId) {
				return reopened;
			}
		};
	}

	private static ParsedMail mail(String from, String subject, String inReplyTo, List<String> references,
			String automatic) {
		return new ParsedMail("<new@customer>", inReplyTo, references, from, null, subject, "text", null, List.of(),
				automatic, List.of());
	}

	private static Match match(ParsedMail mail) {
		return Threading.match(mail, AGENTS, lookup(false));
	}

	@Test
	void replyByInReplyToIsACustomerReply() {
		Match m = match(mail("c@x.com", "Re: help", "<out-1@pipedesk>", List.of(), null));
		assertEquals(7L, m.ticketId());
		assertEquals(Rule.IN_REPLY_TO, m.rule());
		assertTrue(m.customerReply());
	}

	@Test
	void referencesMatchWhenInReplyToIsUnknown() {
		Match m = match(mail("c@x.com", "Re: help", "<unknown@x>", List.of("<in-1@customer>", "<other@x>"), null));
		assertEquals(Rule.REFERENCES, m.rule());
		assertEquals(7L, m.ticketId());
	}

	@Test
	void subjectTokenMatchesANewThreadWithoutStatusChangeUnlessReopened() {
		Match m = match(mail("c@x.com", "Another question [#PD-8]", null, List.of(), null));
		assertEquals(8L, m.ticketId());
		assertEquals(Rule.SUBJECT_TOKEN, m.rule());
		assertFalse(m.customerReply(), m.note());
		Match reopened = Threading.match(mail("c@x.com", "Another question [#PD-8]", null, List.of(), null), AGENTS,
				lookup(true));
		assertTrue(reopened.customerReply(), reopened.note());
	}

	@Test
	void tokenOfAMissingTicketIsNoMatchAndSaysWhy() {
		Match m = match(mail("c@x.com", "Hi [#PD-99]", null, List.of(), null));
		assertNull(m.ticketId());
		assertEquals(Rule.NONE, m.rule());
		assertTrue(m.note().contains("99"), m.note());
	}

	@Test
	void newConversationHasNoTicket() {
		Match m = match(mail("c@x.com", "Printer on fire", null, List.of(), null));
		assertNull(m.ticketId());
		assertTrue(m.note().contains("no ticket token"), m.note());
	}

	@Test
	void forwardedMailRepliesToForwardsAgentMailboxesAndMachinesDoNotChangeStatus() {
		assertFalse(match(mail("c@x.com", "Fwd: help", "<out-1@pipedesk>", List.of(), null)).customerReply());
		assertFalse(match(mail("c@x.com", "Re: Fwd: help", "<out-1@pipedesk>", List.of(), null)).customerReply());
		assertFalse(match(mail("agent@desk.example", "Re: help", "<out-1@pipedesk>", List.of(), null)).customerReply());
		Match auto = match(mail("c@x.com", "Out of office", "<out-1@pipedesk>", List.of(), "Auto-Submitted: auto-replied"));
		assertEquals(7L, auto.ticketId());
		assertFalse(auto.customerReply());
		assertTrue(auto.note().contains("machine"), auto.note());
	}

	@Test
	void tokenIsAddedOnce() {
		assertEquals("Help [#PD-5]", Threading.withToken("Help", 5));
		assertEquals("Help [#PD-5]", Threading.withToken("Help [#PD-5]", 5));
	}
}
