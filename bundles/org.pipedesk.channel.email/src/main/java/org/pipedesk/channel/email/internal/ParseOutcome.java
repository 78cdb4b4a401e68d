package org.pipedesk.channel.email.internal;

/** A message either parsed (maybe with problems) or quarantined with the reason, never an exception. */
public sealed interface ParseOutcome {
	String messageId();

	record Parsed(ParsedMail mail) implements ParseOutcome {
		@Override
		public String messageId() {
			return mail.messageId();
		}
	}

	record Quarantined(String messageId, String fromAddress, String subject, String reason) implements ParseOutcome {
	}
}
