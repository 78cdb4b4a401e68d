package org.pipedesk.channel.email.internal;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pipedesk.channel.email.internal.EmailStore.StoredMessage;

/**
 * The email rows of one inbound transaction, read and written per batch instead of per message: which of the
 * batch's Message-IDs (its messages' and those their threading headers name) the channel already has, read in one
 * query up front; the messages to store, kept in order and written together (contacts, messages and attachments in
 * one statement or JDBC batch each) when {@link #write} is called, before the transaction commits. What is queued
 * counts as stored for {@link #exists} and {@link #ticketOf}, so a later message of the batch sees an earlier one
 * exactly as if it had been written at once.
 */
final class InboundBatch {
	/** A message to store; its contact (by address, null for none) is resolved when written. */
	private record Queued(StoredMessage message, String contactAddress, String contactName,
			List<ParsedMail.Attachment> attachments) {
	}

	private final Connection c;
	/** Message-ID (as stored) to its ticket, null for a message on no ticket: the database's and the queued. */
	private final Map<String, Long> known = new HashMap<>();
	/** The tickets of the stored messages the batch's Message-IDs and threading headers name. */
	private final Set<Long> namedTickets = new LinkedHashSet<>();
	private final List<Queued> queued = new ArrayList<>();

	InboundBatch(Connection c, long channelId, List<ParseOutcome> messages) {
		this.c = c;
		Set<String> ids = new LinkedHashSet<>();
		for (ParseOutcome outcome : messages) {
			ids.add(key(outcome.messageId()));
			if (outcome instanceof ParseOutcome.Parsed parsed) {
				if (parsed.mail().inReplyTo() != null) {
					ids.add(key(parsed.mail().inReplyTo()));
				}
				parsed.mail().references().forEach(id -> ids.add(key(id)));
			}
		}
		known.putAll(EmailStore.knownMessages(c, channelId, ids));
		known.values().stream().filter(id -> id != null).forEach(namedTickets::add);
	}

	/** The tickets of the stored messages that the batch's Message-IDs and threading headers name. */
	Set<Long> namedTickets() {
		return namedTickets;
	}

	/** Message-IDs are stored cut to 998 characters; the keys here are too. */
	private static String key(String messageId) {
		return EmailStore.truncate(messageId, 998);
	}

	/** The channel has a message with this Message-ID (stored, or queued in this batch). */
	boolean exists(String messageId) {
		return known.containsKey(key(messageId));
	}

	/** The ticket of the channel's message with this Message-ID (stored, or queued in this batch). */
	Optional<Long> ticketOf(String messageId) {
		return Optional.ofNullable(known.get(key(messageId)));
	}

	/**
	 * Queues a message; {@code contactAddress} (null for none) becomes its contact, created on first mail, with
	 * {@code contactName} filled in when the contact's name was unknown.
	 */
	void add(StoredMessage message, String contactAddress, String contactName,
			List<ParsedMail.Attachment> attachments) {
		queued.add(new Queued(message, contactAddress == null ? null : contactAddress.toLowerCase(Locale.ROOT),
				contactName, attachments));
		known.put(key(message.messageId()), message.ticketId());
	}

	/** Writes what was queued, in order: the contacts, the messages, their attachments. */
	void write(Instant now) {
		if (queued.isEmpty()) {
			return;
		}
		Map<String, String> names = new LinkedHashMap<>();
		for (Queued q : queued) {
			if (q.contactAddress() != null && names.get(q.contactAddress()) == null) {
				names.put(q.contactAddress(), q.contactName()); // the first name the batch gives
			}
		}
		Map<String, Long> contacts = names.isEmpty() ? Map.of() : EmailStore.contacts(c, names, now);
		List<StoredMessage> rows = queued.stream().map(q -> q.contactAddress() == null ? q.message()
				: withContact(q.message(), contacts.get(q.contactAddress()))).toList();
		List<Long> ids = EmailStore.insertMessages(c, rows);
		List<EmailStore.NewAttachment> attachments = new ArrayList<>();
		for (int i = 0; i < queued.size(); i++) {
			for (ParsedMail.Attachment a : queued.get(i).attachments()) {
				attachments.add(new EmailStore.NewAttachment(ids.get(i), a));
			}
		}
		EmailStore.insertAttachments(c, attachments);
		queued.clear();
	}

	private static StoredMessage withContact(StoredMessage m, Long contactId) {
		return new StoredMessage(m.id(), m.channelId(), m.direction(), m.state(), m.messageId(), m.ticketId(),
				contactId, m.imapUid(), m.inReplyTo(), m.references(), m.fromAddress(), m.toAddress(), m.subject(),
				m.textBody(), m.htmlBody(), m.threadRule(), m.threadNote(), m.statusUpdate(), m.fromTicket(),
				m.reason(), m.problems(), m.attempts(), m.nextAttemptAt(), m.lastError(), m.createdAt(), m.sentAt(),
				m.idempotencyKey());
	}
}
