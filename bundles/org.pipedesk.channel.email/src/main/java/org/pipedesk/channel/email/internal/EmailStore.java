package org.pipedesk.channel.email.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.pipedesk.channel.email.internal.EmailChannel.Endpoint;
import org.pipedesk.channel.email.internal.EmailChannel.Tls;
import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.store.jdbc.sql.Jdbc;

/** The email tables (migration V6), read and written on the connection of a core store transaction. */
final class EmailStore {
	private EmailStore() {
	}

	static Connection connection(StoreTransaction tx) {
		return Jdbc.connection(tx);
	}

	static RuntimeException failed(SQLException e) {
		return Jdbc.failed(e);
	}

	// --- channels

	private static final String CHANNEL_COLUMNS = "id, name, address, imap_host, imap_port, imap_tls, imap_user, "
			+ "imap_password, imap_folder, smtp_host, smtp_port, smtp_tls, smtp_user, smtp_password, pipeline_id, "
			+ "status_id, create_tickets, enabled, agent_addresses, poll_seconds, version, created_at, updated_at";

	static List<EmailChannel> channels(Connection c) {
		try (PreparedStatement ps = c.prepareStatement("SELECT " + CHANNEL_COLUMNS + " FROM email_channel ORDER BY id");
				ResultSet rs = ps.executeQuery()) {
			List<EmailChannel> all = new ArrayList<>();
			while (rs.next()) {
				all.add(channel(rs));
			}
			return all;
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	static Optional<EmailChannel> channel(Connection c, long id) {
		try (PreparedStatement ps = c
				.prepareStatement("SELECT " + CHANNEL_COLUMNS + " FROM email_channel WHERE id = ?")) {
			ps.setLong(1, id);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(channel(rs)) : Optional.empty();
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	static Optional<EmailChannel> channelByAddress(Connection c, String address) {
		try (PreparedStatement ps = c
				.prepareStatement("SELECT " + CHANNEL_COLUMNS + " FROM email_channel WHERE address = ?")) {
			ps.setString(1, address);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(channel(rs)) : Optional.empty();
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	private static EmailChannel channel(ResultSet rs) throws SQLException {
		String agents = rs.getString("agent_addresses");
		Set<String> agentSet = agents.isBlank() ? Set.of()
				: Arrays.stream(agents.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
		return new EmailChannel(rs.getLong("id"), rs.getString("name"), rs.getString("address"),
				new Endpoint(rs.getString("imap_host"), rs.getInt("imap_port"), Tls.valueOf(rs.getString("imap_tls")),
						rs.getString("imap_user"), rs.getString("imap_password")),
				rs.getString("imap_folder"),
				new Endpoint(rs.getString("smtp_host"), rs.getInt("smtp_port"), Tls.valueOf(rs.getString("smtp_tls")),
						rs.getString("smtp_user"), rs.getString("smtp_password")),
				rs.getString("pipeline_id"), rs.getString("status_id"), rs.getBoolean("create_tickets"),
				rs.getBoolean("enabled"), agentSet, rs.getInt("poll_seconds"), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	static long insertChannel(Connection c, EmailChannel ch, Instant now) {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO email_channel (name, address, imap_host, "
				+ "imap_port, imap_tls, imap_user, imap_password, imap_folder, smtp_host, smtp_port, smtp_tls, "
				+ "smtp_user, smtp_password, pipeline_id, status_id, create_tickets, enabled, agent_addresses, "
				+ "poll_seconds, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)",
				Statement.RETURN_GENERATED_KEYS)) {
			int i = bindChannel(ps, ch);
			ps.setTimestamp(i++, Timestamp.from(now));
			ps.setTimestamp(i, Timestamp.from(now));
			ps.executeUpdate();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** Writes the channel if its version is still {@code ch.version()}; false when someone else changed it. */
	static boolean updateChannel(Connection c, EmailChannel ch, Instant now) {
		try (PreparedStatement ps = c.prepareStatement("UPDATE email_channel SET name = ?, address = ?, "
				+ "imap_host = ?, imap_port = ?, imap_tls = ?, imap_user = ?, imap_password = ?, imap_folder = ?, "
				+ "smtp_host = ?, smtp_port = ?, smtp_tls = ?, smtp_user = ?, smtp_password = ?, pipeline_id = ?, "
				+ "status_id = ?, create_tickets = ?, enabled = ?, agent_addresses = ?, poll_seconds = ?, "
				+ "version = version + 1, updated_at = ? WHERE id = ? AND version = ?")) {
			int i = bindChannel(ps, ch);
			ps.setTimestamp(i++, Timestamp.from(now));
			ps.setLong(i++, ch.id());
			ps.setLong(i, ch.version());
			return ps.executeUpdate() == 1;
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	private static int bindChannel(PreparedStatement ps, EmailChannel ch) throws SQLException {
		int i = 1;
		ps.setString(i++, ch.name());
		ps.setString(i++, ch.address());
		ps.setString(i++, ch.imap().host());
		ps.setInt(i++, ch.imap().port());
		ps.setString(i++, ch.imap().tls().name());
		ps.setString(i++, ch.imap().user());
		ps.setString(i++, ch.imap().password());
		ps.setString(i++, ch.imapFolder());
		ps.setString(i++, ch.smtp().host());
		ps.setInt(i++, ch.smtp().port());
		ps.setString(i++, ch.smtp().tls().name());
		ps.setString(i++, ch.smtp().user());
		ps.setString(i++, ch.smtp().password());
		ps.setString(i++, ch.pipelineId());
		ps.setString(i++, ch.statusId());
		ps.setBoolean(i++, ch.createTickets());
		ps.setBoolean(i++, ch.enabled());
		ps.setString(i++, String.join(",", ch.agentAddresses()));
		ps.setInt(i++, ch.pollSeconds());
		return i;
	}

	// --- mailbox state

	record MailboxState(long uidValidity, long lastUid) {
	}

	static Optional<MailboxState> mailboxState(Connection c, long channelId) {
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT uid_validity, last_uid FROM email_mailbox_state WHERE channel_id = ? FOR UPDATE")) {
			ps.setLong(1, channelId);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(new MailboxState(rs.getLong(1), rs.getLong(2))) : Optional.empty();
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	static void saveMailboxState(Connection c, long channelId, long uidValidity, long lastUid, Instant now,
			String error) {
		try (PreparedStatement up = c.prepareStatement("UPDATE email_mailbox_state SET uid_validity = ?, "
				+ "last_uid = ?, last_poll_at = ?, last_error = ? WHERE channel_id = ?")) {
			up.setLong(1, uidValidity);
			up.setLong(2, lastUid);
			up.setTimestamp(3, Timestamp.from(now));
			up.setString(4, truncate(error, 2000));
			up.setLong(5, channelId);
			if (up.executeUpdate() == 1) {
				return;
			}
		} catch (SQLException e) {
			throw failed(e);
		}
		try (PreparedStatement in = c.prepareStatement("INSERT INTO email_mailbox_state (channel_id, uid_validity, "
				+ "last_uid, last_poll_at, last_error) VALUES (?,?,?,?,?)")) {
			in.setLong(1, channelId);
			in.setLong(2, uidValidity);
			in.setLong(3, lastUid);
			in.setTimestamp(4, Timestamp.from(now));
			in.setString(5, truncate(error, 2000));
			in.executeUpdate();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	static void savePollError(Connection c, long channelId, String error, Instant now) {
		try (PreparedStatement up = c.prepareStatement(
				"UPDATE email_mailbox_state SET last_poll_at = ?, last_error = ? WHERE channel_id = ?")) {
			up.setTimestamp(1, Timestamp.from(now));
			up.setString(2, truncate(error, 2000));
			up.setLong(3, channelId);
			if (up.executeUpdate() == 0) {
				try (PreparedStatement in = c.prepareStatement("INSERT INTO email_mailbox_state (channel_id, "
						+ "uid_validity, last_uid, last_poll_at, last_error) VALUES (?, -1, 0, ?, ?)")) {
					in.setLong(1, channelId);
					in.setTimestamp(2, Timestamp.from(now));
					in.setString(3, truncate(error, 2000));
					in.executeUpdate();
				}
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	record PollStatus(long uidValidity, long lastUid, Instant lastPollAt, String lastError) {
	}

	static Optional<PollStatus> pollStatus(Connection c, long channelId) {
		try (PreparedStatement ps = c.prepareStatement("SELECT uid_validity, last_uid, last_poll_at, last_error "
				+ "FROM email_mailbox_state WHERE channel_id = ?")) {
			ps.setLong(1, channelId);
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					return Optional.empty();
				}
				Timestamp at = rs.getTimestamp(3);
				return Optional.of(new PollStatus(rs.getLong(1), rs.getLong(2), at == null ? null : at.toInstant(),
						rs.getString(4)));
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	// --- contacts

	/**
	 * The contacts of the addresses (lower case) that {@code names} lists, created on first mail; a contact's name is
	 * filled in when it was unknown (the value: the first name the batch's mail gave, or null). One query for those
	 * known, one batch of inserts for the new, one of updates for names learned: however many messages. Returns
	 * the contact ids by address.
	 */
	static Map<String, Long> contacts(Connection c, Map<String, String> names, Instant now) {
		Map<String, Long> ids = new HashMap<>();
		List<Long> unnamed = new ArrayList<>();
		List<String> unnamedNames = new ArrayList<>();
		List<String> addresses = new ArrayList<>(names.keySet());
		try {
			for (List<String> chunk : chunks(addresses)) {
				try (PreparedStatement ps = c.prepareStatement("SELECT id, address, name FROM email_contact WHERE address IN ("
						+ Jdbc.placeholders(chunk.size()) + ")")) {
					for (int i = 0; i < chunk.size(); i++) {
						ps.setString(i + 1, chunk.get(i));
					}
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							String address = rs.getString(2);
							ids.put(address, rs.getLong(1));
							if (rs.getString(3) == null && names.get(address) != null) {
								unnamed.add(rs.getLong(1));
								unnamedNames.add(names.get(address));
							}
						}
					}
				}
			}
			if (!unnamed.isEmpty()) {
				try (PreparedStatement up = c.prepareStatement("UPDATE email_contact SET name = ? WHERE id = ?")) {
					for (int i = 0; i < unnamed.size(); i++) {
						up.setString(1, truncate(unnamedNames.get(i), 320));
						up.setLong(2, unnamed.get(i));
						up.addBatch();
					}
					up.executeBatch();
				}
			}
			List<String> fresh = addresses.stream().filter(a -> !ids.containsKey(a)).toList();
			if (!fresh.isEmpty()) {
				try (PreparedStatement in = c.prepareStatement(
						"INSERT INTO email_contact (address, name, created_at) VALUES (?,?,?)", new String[] { "id" })) {
					for (String address : fresh) {
						in.setString(1, address);
						in.setString(2, truncate(names.get(address), 320));
						in.setTimestamp(3, Timestamp.from(now));
						in.addBatch();
					}
					in.executeBatch();
					List<Long> keys = Jdbc.generatedIds(in, fresh.size());
					for (int i = 0; i < fresh.size(); i++) {
						ids.put(fresh.get(i), keys.get(i));
					}
				}
			}
			return ids;
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** A contact: an address mail came from, its display name, and whether it agreed to marketing email. */
	record Contact(long id, String address, String name, boolean marketingContact, long version, Instant createdAt,
			Instant updatedAt) {
	}

	private static final String CONTACT_COLUMNS = "id, address, name, marketing_contact, version, created_at, "
			+ "updated_at";

	static Optional<Contact> contactById(Connection c, long id) {
		return oneContact(c, "SELECT " + CONTACT_COLUMNS + " FROM email_contact WHERE id = ?", ps -> ps.setLong(1, id));
	}

	static Optional<Contact> contactByAddress(Connection c, String address) {
		return oneContact(c, "SELECT " + CONTACT_COLUMNS + " FROM email_contact WHERE address = ?",
				ps -> ps.setString(1, address.strip().toLowerCase(Locale.ROOT)));
	}

	/**
	 * The ticket's contact: the sender of its first received message. One statement: the (ticket_id, direction,
	 * state, id, contact_id) index is read in order and stops at the first entry, then one primary-key read of the
	 * contact. Ordered by the index's columns, not by id alone: H2 keeps a statement's plan, and one made while the
	 * table was nearly empty walked the primary key in id order checking every message (see {@link #ticketThread}).
	 */
	static Optional<Contact> ticketContact(Connection c, long ticketId) {
		return oneContact(c, "SELECT c.id, c.address, c.name, c.marketing_contact, c.version, c.created_at, "
				+ "c.updated_at FROM email_contact c WHERE c.id = (SELECT m.contact_id FROM email_message m "
				+ "WHERE m.ticket_id = ? AND m.direction = 'IN' AND m.state = 'RECEIVED' "
				+ "ORDER BY m.ticket_id, m.direction, m.state, m.id "
				+ "FETCH FIRST 1 ROWS ONLY)", ps -> ps.setLong(1, ticketId));
	}

	/** Contacts by id, after {@code afterId}, at most {@code limit}. */
	static List<Contact> contacts(Connection c, long afterId, int limit) {
		try (PreparedStatement ps = c.prepareStatement("SELECT " + CONTACT_COLUMNS + " FROM email_contact WHERE id > ? "
				+ "ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")) {
			ps.setLong(1, afterId);
			List<Contact> all = new ArrayList<>();
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					all.add(contact(rs));
				}
			}
			return all;
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** Sets the marketing flag if the contact's version is still {@code version}; false when it is not. */
	static boolean updateContact(Connection c, long id, boolean marketingContact, long version, Instant now) {
		try (PreparedStatement ps = c.prepareStatement("UPDATE email_contact SET marketing_contact = ?, "
				+ "version = version + 1, updated_at = ? WHERE id = ? AND version = ?")) {
			ps.setBoolean(1, marketingContact);
			ps.setTimestamp(2, Timestamp.from(now));
			ps.setLong(3, id);
			ps.setLong(4, version);
			return ps.executeUpdate() == 1;
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	private static Optional<Contact> oneContact(Connection c, String sql, Binder binder) {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			binder.bind(ps);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(contact(rs)) : Optional.empty();
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	private static Contact contact(ResultSet rs) throws SQLException {
		Timestamp updated = rs.getTimestamp(7);
		return new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getLong(5),
				rs.getTimestamp(6).toInstant(), updated == null ? null : updated.toInstant());
	}

	// --- messages

	/** A stored message, in or out. */
	record StoredMessage(long id, long channelId, String direction, String state, String messageId, Long ticketId,
			Long contactId, Long imapUid, String inReplyTo, String references, String fromAddress, String toAddress,
			String subject, String textBody, String htmlBody, String threadRule, String threadNote,
			boolean statusUpdate, boolean fromTicket, String reason, String problems, int attempts,
			Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt, String idempotencyKey) {
	}

	private static final String MESSAGE_COLUMNS = "id, channel_id, direction, state, message_id, ticket_id, "
			+ "contact_id, imap_uid, in_reply_to, references_ids, from_address, to_address, subject, text_body, "
			+ "html_body, thread_rule, thread_note, status_update, from_ticket, reason, problems, attempts, "
			+ "next_attempt_at, last_error, created_at, sent_at, idempotency_key";

	private static final String INSERT_MESSAGE = "INSERT INTO email_message (channel_id, direction, state, "
			+ "message_id, ticket_id, contact_id, imap_uid, in_reply_to, references_ids, from_address, to_address, "
			+ "subject, text_body, html_body, thread_rule, thread_note, status_update, from_ticket, reason, problems, "
			+ "attempts, next_attempt_at, last_error, created_at, sent_at, idempotency_key) "
			+ "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

	static long insertMessage(Connection c, StoredMessage m) {
		return insertMessages(c, List.of(m)).get(0);
	}

	/** Inserts the messages in one batch, in order (their ids ascend in that order); returns the ids. */
	static List<Long> insertMessages(Connection c, List<StoredMessage> messages) {
		if (messages.isEmpty()) {
			return List.of();
		}
		try (PreparedStatement ps = c.prepareStatement(INSERT_MESSAGE, new String[] { "id" })) {
			for (StoredMessage m : messages) {
				bindMessage(ps, m);
				ps.addBatch();
			}
			ps.executeBatch();
			return Jdbc.generatedIds(ps, messages.size());
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	private static void bindMessage(PreparedStatement ps, StoredMessage m) throws SQLException {
		int i = 1;
		ps.setLong(i++, m.channelId());
		ps.setString(i++, m.direction());
		ps.setString(i++, m.state());
		ps.setString(i++, truncate(m.messageId(), 998));
		setLong(ps, i++, m.ticketId());
		setLong(ps, i++, m.contactId());
		setLong(ps, i++, m.imapUid());
		ps.setString(i++, truncate(m.inReplyTo(), 998));
		ps.setString(i++, truncate(m.references(), 8000));
		ps.setString(i++, truncate(m.fromAddress(), 320));
		ps.setString(i++, truncate(m.toAddress(), 320));
		ps.setString(i++, truncate(m.subject(), 2000));
		ps.setString(i++, truncate(m.textBody(), 1_000_000));
		ps.setString(i++, truncate(m.htmlBody(), 1_000_000));
		ps.setString(i++, m.threadRule());
		ps.setString(i++, truncate(m.threadNote(), 2000));
		ps.setBoolean(i++, m.statusUpdate());
		ps.setBoolean(i++, m.fromTicket());
		ps.setString(i++, truncate(m.reason(), 2000));
		ps.setString(i++, truncate(m.problems(), 4000));
		ps.setInt(i++, m.attempts());
		ps.setTimestamp(i++, m.nextAttemptAt() == null ? null : Timestamp.from(m.nextAttemptAt()));
		ps.setString(i++, truncate(m.lastError(), 2000));
		ps.setTimestamp(i++, Timestamp.from(m.createdAt()));
		ps.setTimestamp(i++, m.sentAt() == null ? null : Timestamp.from(m.sentAt()));
		ps.setString(i, m.idempotencyKey());
	}

	/** An attachment of the message with row id {@code messageRowId}. */
	record NewAttachment(long messageRowId, ParsedMail.Attachment attachment) {
	}

	/** Inserts the attachments in one batch. */
	static void insertAttachments(Connection c, List<NewAttachment> attachments) {
		if (attachments.isEmpty()) {
			return;
		}
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO email_attachment (message_id, file_name, "
				+ "content_type, size_bytes, content) VALUES (?,?,?,?,?)")) {
			for (NewAttachment n : attachments) {
				ParsedMail.Attachment a = n.attachment();
				ps.setLong(1, n.messageRowId());
				ps.setString(2, truncate(a.fileName(), 1000));
				ps.setString(3, truncate(a.contentType(), 255));
				ps.setLong(4, a.content().length);
				ps.setBytes(5, a.content());
				ps.addBatch();
			}
			ps.executeBatch();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	record AttachmentInfo(long id, String fileName, String contentType, long size) {
	}

	static List<AttachmentInfo> attachments(Connection c, long messageRowId) {
		try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name, content_type, size_bytes "
				+ "FROM email_attachment WHERE message_id = ? ORDER BY id")) {
			ps.setLong(1, messageRowId);
			List<AttachmentInfo> all = new ArrayList<>();
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					all.add(new AttachmentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
				}
			}
			return all;
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	static boolean messageExists(Connection c, long channelId, String messageId) {
		try (PreparedStatement ps = c
				.prepareStatement("SELECT 1 FROM email_message WHERE channel_id = ? AND message_id = ?")) {
			ps.setLong(1, channelId);
			ps.setString(2, truncate(messageId, 998));
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next();
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/**
	 * Which of the Message-IDs (each at most 998 characters, as stored) the channel has a message of, in or out, and
	 * the ticket each is on (a null value: a message on no ticket). One query per 500 ids.
	 */
	static Map<String, Long> knownMessages(Connection c, long channelId, Collection<String> messageIds) {
		Map<String, Long> known = new HashMap<>();
		for (List<String> chunk : chunks(new ArrayList<>(messageIds))) {
			try (PreparedStatement ps = c.prepareStatement("SELECT message_id, ticket_id FROM email_message "
					+ "WHERE channel_id = ? AND message_id IN (" + Jdbc.placeholders(chunk.size()) + ")")) {
				ps.setLong(1, channelId);
				for (int i = 0; i < chunk.size(); i++) {
					ps.setString(i + 2, chunk.get(i));
				}
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						known.put(rs.getString(1), nullableLong(rs, "ticket_id"));
					}
				}
			} catch (SQLException e) {
				throw failed(e);
			}
		}
		return known;
	}

	/** Lists of at most 500, for IN lists with one parameter each (databases cap the parameters per statement). */
	private static <T> List<List<T>> chunks(List<T> all) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 500) {
			chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
		}
		return chunks;
	}



	static Optional<StoredMessage> messageByIdempotencyKey(Connection c, String key) {
		return oneMessage(c, "idempotency_key = ?", ps -> ps.setString(1, key));
	}

	static Optional<StoredMessage> message(Connection c, long id) {
		return oneMessage(c, "id = ?", ps -> ps.setLong(1, id));
	}

	/** A ticket's messages, oldest first, after row {@code afterId}, at most {@code limit}. */
	static List<StoredMessage> ticketMessages(Connection c, long ticketId, long afterId, int limit) {
		// ordered as the (ticket_id, id) index, so the plan reads the ticket's messages only (see ticketThread)
		return messages(c, "ticket_id = ? AND id > ? ORDER BY ticket_id, id FETCH FIRST " + limit + " ROWS ONLY", ps -> {
			ps.setLong(1, ticketId);
			ps.setLong(2, afterId);
		});
	}

	/** A channel's inbound messages in one state (QUARANTINED, IGNORED), newest first. */
	static List<StoredMessage> channelMessages(Connection c, long channelId, String direction, String state,
			long beforeId, int limit) {
		return messages(c, "channel_id = ? AND direction = ? AND state = ? AND id < ? ORDER BY id DESC FETCH FIRST "
				+ limit + " ROWS ONLY", ps -> {
					ps.setLong(1, channelId);
					ps.setString(2, direction);
					ps.setString(3, state);
					ps.setLong(4, beforeId);
				});
	}

	/** A queued outbound message that is due, with its ticket (null for mail not sent from a ticket). */
	record Due(long id, Long ticketId) {
	}

	/** Outbound messages due to be sent now, oldest first; each sender locks its message ({@link #lockQueued}). */
	static List<Due> dueOutbound(Connection c, Instant now, int limit) {
		try (PreparedStatement ps = c.prepareStatement("SELECT id, ticket_id FROM email_message WHERE direction = 'OUT' "
				+ "AND state = 'QUEUED' AND next_attempt_at <= ? ORDER BY next_attempt_at, id FETCH FIRST " + limit
				+ " ROWS ONLY")) {
			ps.setTimestamp(1, Timestamp.from(now));
			List<Due> due = new ArrayList<>();
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					due.add(new Due(rs.getLong(1), nullableLong(rs, "ticket_id")));
				}
			}
			return due;
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** Locks a queued outbound message for sending; empty when another sender has it or it is no longer queued. */
	static Optional<StoredMessage> lockQueued(Connection c, long id) {
		return oneMessage(c, "id = ? AND direction = 'OUT' AND state = 'QUEUED' FOR UPDATE", ps -> ps.setLong(1, id));
	}

	static void markOutbound(Connection c, long id, String state, int attempts, Instant nextAttemptAt,
			String lastError, Instant sentAt) {
		try (PreparedStatement ps = c.prepareStatement("UPDATE email_message SET state = ?, attempts = ?, "
				+ "next_attempt_at = ?, last_error = ?, sent_at = ? WHERE id = ?")) {
			ps.setString(1, state);
			ps.setInt(2, attempts);
			ps.setTimestamp(3, nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt));
			ps.setString(4, truncate(lastError, 2000));
			ps.setTimestamp(5, sentAt == null ? null : Timestamp.from(sentAt));
			ps.setLong(6, id);
			ps.executeUpdate();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** The newest message of a ticket's thread (in or out), whose id a reply names in In-Reply-To. */
	static Optional<StoredMessage> lastThreadMessage(Connection c, long ticketId) {
		return oneMessage(c, "ticket_id = ? AND state IN ('RECEIVED', 'QUEUED', 'SENT') ORDER BY id DESC "
				+ "FETCH FIRST 1 ROWS ONLY", ps -> ps.setLong(1, ticketId));
	}

	/** The Message-IDs of a ticket's thread, oldest first, for References. */
	static List<String> threadMessageIds(Connection c, long ticketId, int limit) {
		try (PreparedStatement ps = c.prepareStatement("SELECT message_id FROM email_message WHERE ticket_id = ? "
				+ "AND state IN ('RECEIVED', 'QUEUED', 'SENT') ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")) {
			ps.setLong(1, ticketId);
			List<String> ids = new ArrayList<>();
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					ids.add(0, rs.getString(1));
				}
			}
			return ids;
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** The channel and contact address of a ticket's thread: those of its first inbound message. */
	record TicketThread(long channelId, String contactAddress) {
	}

	static Optional<TicketThread> ticketThread(Connection c, long ticketId) {
		// Ordered by the (ticket_id, direction, state, id, contact_id) index's columns rather than by id: H2 plans a
		// statement once and keeps the plan with the connection's parsed statements; planned on a nearly empty table,
		// "ORDER BY id FETCH FIRST 1" walked the primary key from the oldest message checking each, so every
		// automatic reply read all the mail stored before it (37% of the engine's time in the mail benchmark on H2).
		try (PreparedStatement ps = c.prepareStatement("SELECT channel_id, from_address FROM email_message "
				+ "WHERE ticket_id = ? AND direction = 'IN' AND state = 'RECEIVED' "
				+ "ORDER BY ticket_id, direction, state, id FETCH FIRST 1 ROWS ONLY")) {
			ps.setLong(1, ticketId);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(new TicketThread(rs.getLong(1), rs.getString(2))) : Optional.empty();
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	interface Binder {
		void bind(PreparedStatement ps) throws SQLException;
	}

	private static Optional<StoredMessage> oneMessage(Connection c, String where, Binder binder) {
		List<StoredMessage> all = messages(c, where, binder);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
	}

	private static List<StoredMessage> messages(Connection c, String where, Binder binder) {
		try (PreparedStatement ps = c.prepareStatement("SELECT " + MESSAGE_COLUMNS + " FROM email_message WHERE " + where)) {
			binder.bind(ps);
			List<StoredMessage> all = new ArrayList<>();
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					all.add(message(rs));
				}
			}
			return all;
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	private static StoredMessage message(ResultSet rs) throws SQLException {
		Timestamp next = rs.getTimestamp("next_attempt_at");
		Timestamp sent = rs.getTimestamp("sent_at");
		return new StoredMessage(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("direction"),
				rs.getString("state"), rs.getString("message_id"), nullableLong(rs, "ticket_id"),
				nullableLong(rs, "contact_id"), nullableLong(rs, "imap_uid"), rs.getString("in_reply_to"),
				rs.getString("references_ids"), rs.getString("from_address"), rs.getString("to_address"),
				rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
				rs.getString("thread_rule"), rs.getString("thread_note"), rs.getBoolean("status_update"),
				rs.getBoolean("from_ticket"), rs.getString("reason"), rs.getString("problems"), rs.getInt("attempts"),
				next == null ? null : next.toInstant(), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant(),
				rs.getString("idempotency_key"));
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : v;
	}

	private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
		if (value == null) {
			ps.setNull(i, Types.BIGINT);
		} else {
			ps.setLong(i, value);
		}
	}

	static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}
}
