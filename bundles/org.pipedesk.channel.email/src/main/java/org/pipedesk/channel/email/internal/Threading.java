package org.pipedesk.channel.email.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which ticket an inbound message belongs to, which rule said so (or why none did), and whether it counts as the
 * customer replying (which fires "customer replied", and with it the status automations). Pure: the lookups are
 * given. The rules in order: In-Reply-To names a message of a ticket; References does; the subject carries a ticket
 * token {@code [#PD-123]}. HubSpot's exclusions: forwarded mail, replies to forwarded mail, mail sent by the
 * channel or an agent's connected mailbox, machine-written mail, and a new thread (matched only by the token)
 * do not count as the customer replying, unless the ticket was closed and reopened, when new threads count too.
 */
public final class Threading {
	static final Pattern TOKEN = Pattern.compile("\\[#PD-(\\d{1,18})\\]");
	private static final Pattern FORWARD = Pattern.compile("(?i)^\\s*(fwd?|tr|wg)\\s*:.*");
	private static final Pattern REPLY_TO_FORWARD = Pattern.compile("(?i)^\\s*((re|aw|sv)\\s*:\\s*)+(fwd?|tr|wg)\\s*:.*");

	public enum Rule {
		IN_REPLY_TO, REFERENCES, SUBJECT_TOKEN, NONE
	}

	/** What the store knows about tickets and earlier messages. */
	public interface Lookup {
		/** The ticket a message (in or out) with this Message-ID was recorded on. */
		Optional<Long> ticketOfMessage(String messageId);

		boolean ticketExists(long ticketId);

		/** The ticket has been in a closed status and is open again. */
		boolean reopened(long ticketId);
	}

	/**
	 * The decision: {@code ticketId} null means a new conversation; {@code customerReply} whether the message
	 * counts as the customer replying; {@code note} says why (kept with the message).
	 */
	public record Match(Long ticketId, Rule rule, boolean customerReply, String note) {
	}

	private Threading() {
	}

	public static String token(long ticketId) {
		return "[#PD-" + ticketId + "]";
	}

	/** The subject with the ticket's token, unless it has it already. */
	public static String withToken(String subject, long ticketId) {
		String s = subject == null ? "" : subject;
		return s.contains(token(ticketId)) ? s : (s + " " + token(ticketId)).strip();
	}

	public static Match match(ParsedMail mail, Set<String> agentAddresses, Lookup lookup) {
		Long ticket = null;
		Rule rule = Rule.NONE;
		List<String> tried = new ArrayList<>();
		if (mail.inReplyTo() != null) {
			Optional<Long> t = lookup.ticketOfMessage(mail.inReplyTo());
			if (t.isPresent()) {
				ticket = t.get();
				rule = Rule.IN_REPLY_TO;
			} else {
				tried.add("In-Reply-To " + mail.inReplyTo() + " is no message of a ticket");
			}
		}
		if (ticket == null && !mail.references().isEmpty()) {
			for (int i = mail.references().size() - 1; i >= 0 && ticket == null; i--) {
				Optional<Long> t = lookup.ticketOfMessage(mail.references().get(i));
				if (t.isPresent()) {
					ticket = t.get();
					rule = Rule.REFERENCES;
				}
			}
			if (ticket == null) {
				tried.add("no References name a message of a ticket");
			}
		}
		if (ticket == null) {
			Matcher m = TOKEN.matcher(mail.subject() == null ? "" : mail.subject());
			if (m.find()) {
				long id = Long.parseLong(m.group(1));
				if (lookup.ticketExists(id)) {
					ticket = id;
					rule = Rule.SUBJECT_TOKEN;
				} else {
					tried.add("subject token names ticket " + id + ", which does not exist");
				}
			} else {
				tried.add("no ticket token in the subject");
			}
		}
		if (ticket == null) {
			return new Match(null, Rule.NONE, false,
					tried.isEmpty() ? "no threading headers and no token" : String.join("; ", tried));
		}
		String why = whyNotCustomerReply(mail, agentAddresses, rule, ticket, lookup);
		return new Match(ticket, rule, why == null, why == null ? "customer reply" : why);
	}

	private static String whyNotCustomerReply(ParsedMail mail, Set<String> agentAddresses, Rule rule, long ticket,
			Lookup lookup) {
		String subject = mail.subject() == null ? "" : mail.subject();
		if (mail.automatic() != null) {
			return "written by a machine (" + mail.automatic() + "): no status change";
		}
		if (agentAddresses.contains(mail.fromAddress().toLowerCase(Locale.ROOT))) {
			return "sent from an agent's or the channel's own mailbox: no status change";
		}
		if (REPLY_TO_FORWARD.matcher(subject).matches()) {
			return "reply to a forwarded email: no status change";
		}
		if (FORWARD.matcher(subject).matches()) {
			return "forwarded email: no status change";
		}
		if (rule == Rule.SUBJECT_TOKEN && !lookup.reopened(ticket)) {
			return "a new thread by the contact (matched by the subject token only): no status change";
		}
		return null;
	}
}
