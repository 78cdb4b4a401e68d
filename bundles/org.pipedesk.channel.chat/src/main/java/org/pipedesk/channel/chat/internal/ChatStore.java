package org.pipedesk.channel.chat.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.pipedesk.channel.web.RateLimit;
import org.pipedesk.store.jdbc.sql.Jdbc;

/** The chat tables (migration V7), read and written on the connection of a core store transaction. */
final class ChatStore {
	private ChatStore() {
	}


	// --- settings (one row, id 1)

	static Optional<ChatSettings> settings(Connection c) {
		try (PreparedStatement ps = c.prepareStatement("SELECT enabled, pipeline_id, status_id, max_message_chars, "
				+ "rate_requests, rate_seconds, poll_requests, poll_seconds, allowed_origins, version, updated_at "
				+ "FROM chat_settings WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
			if (!rs.next()) {
				return Optional.empty();
			}
			String origins = rs.getString("allowed_origins");
			return Optional.of(new ChatSettings(rs.getBoolean("enabled"), rs.getString("pipeline_id"),
					rs.getString("status_id"), rs.getInt("max_message_chars"),
					new RateLimit(rs.getInt("rate_requests"), rs.getInt("rate_seconds")),
					new RateLimit(rs.getInt("poll_requests"), rs.getInt("poll_seconds")),
					origins.isEmpty() ? List.of() : Arrays.asList(origins.split(",")), rs.getLong("version"),
					rs.getTimestamp("updated_at").toInstant()));
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}

	/** Saves the settings if their stored version is still {@code s.version()} (0: none stored); false otherwise. */
	static boolean saveSettings(Connection c, ChatSettings s, Instant now) {
		String sql = s.version() == 0
				? "INSERT INTO chat_settings (enabled, pipeline_id, status_id, max_message_chars, rate_requests, "
						+ "rate_seconds, poll_requests, poll_seconds, allowed_origins, updated_at, version, id) "
						+ "VALUES (?,?,?,?,?,?,?,?,?,?,1,1)"
				: "UPDATE chat_settings SET enabled = ?, pipeline_id = ?, status_id = ?, max_message_chars = ?, "
						+ "rate_requests = ?, rate_seconds = ?, poll_requests = ?, poll_seconds = ?, allowed_origins = ?, "
						+ "updated_at = ?, version = version + 1 WHERE id = 1 AND version = ?";
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			ps.setBoolean(1, s.enabled());
			ps.setString(2, s.pipelineId());
			ps.setString(3, s.statusId());
			ps.setInt(4, s.maxMessageChars());
			ps.setInt(5, s.rateLimit().requests());
			ps.setInt(6, s.rateLimit().perSeconds());
			ps.setInt(7, s.pollRateLimit().requests());
			ps.setInt(8, s.pollRateLimit().perSeconds());
			ps.setString(9, String.join(",", s.allowedOrigins()));
			ps.setTimestamp(10, Timestamp.from(now));
			if (s.version() != 0) {
				ps.setLong(11, s.version());
			}
			return ps.executeUpdate() == 1;
		} catch (SQLException e) {
			if ("23505".equals(e.getSQLState())) { // someone else saved the first settings meanwhile
				return false;
			}
			throw Jdbc.failed(e);
		}
	}

	// --- conversations

	record Conversation(String id, long ticketId, String secretHash, String visitorName, String visitorEmail,
			String state, String sourceAddress, int lastSeq, Instant createdAt, Instant closedAt, String closedBy) {
		boolean open() {
			return "OPEN".equals(state);
		}
	}

	record Message(int seq, String author, Long authorUserId, String authorName, String text, Instant createdAt) {
	}

	private static final String CONVERSATION_COLUMNS = "id, ticket_id, secret_hash, visitor_name, visitor_email, "
			+ "state, source_address, last_seq, created_at, closed_at, closed_by";

	static void insertConversation(Connection c, Conversation conversation) {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO chat_conversation (" + CONVERSATION_COLUMNS
				+ ") VALUES (?,?,?,?,?,?,?,?,?,NULL,NULL)")) {
			ps.setString(1, conversation.id());
			ps.setLong(2, conversation.ticketId());
			ps.setString(3, conversation.secretHash());
			ps.setString(4, conversation.visitorName());
			if (conversation.visitorEmail() == null) {
				ps.setNull(5, Types.VARCHAR);
			} else {
				ps.setString(5, conversation.visitorEmail());
			}
			ps.setString(6, conversation.state());
			ps.setString(7, conversation.sourceAddress());
			ps.setInt(8, 0);
			ps.setTimestamp(9, Timestamp.from(conversation.createdAt()));
			ps.executeUpdate();
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}

	/** The conversation; {@code lock} takes its row lock, which orders the messages added to it. */
	static Optional<Conversation> conversation(Connection c, String id, boolean lock) {
		return one(c, "SELECT " + CONVERSATION_COLUMNS + " FROM chat_conversation WHERE id = ?" + (lock ? " FOR UPDATE" : ""),
				id);
	}

	static Optional<Conversation> conversationOfTicket(Connection c, long ticketId, boolean lock) {
		return one(c, "SELECT " + CONVERSATION_COLUMNS + " FROM chat_conversation WHERE ticket_id = ?"
				+ (lock ? " FOR UPDATE" : ""), ticketId);
	}

	private static Optional<Conversation> one(Connection c, String sql, Object key) {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			ps.setObject(1, key);
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					return Optional.empty();
				}
				Timestamp closed = rs.getTimestamp("closed_at");
				return Optional.of(new Conversation(rs.getString("id"), rs.getLong("ticket_id"),
						rs.getString("secret_hash"), rs.getString("visitor_name"), rs.getString("visitor_email"),
						rs.getString("state"), rs.getString("source_address"), rs.getInt("last_seq"),
						rs.getTimestamp("created_at").toInstant(), closed == null ? null : closed.toInstant(),
						rs.getString("closed_by")));
			}
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}

	/** Appends a message to a conversation whose row the caller locked; returns its number. */
	static int appendMessage(Connection c, Conversation locked, String author, Long userId, String name, String text,
			Instant now) {
		int seq = locked.lastSeq() + 1;
		try (PreparedStatement up = c.prepareStatement("UPDATE chat_conversation SET last_seq = ? WHERE id = ?");
				PreparedStatement in = c.prepareStatement("INSERT INTO chat_message (conversation_id, seq, author, "
						+ "author_user_id, author_name, body, created_at) VALUES (?,?,?,?,?,?,?)")) {
			up.setInt(1, seq);
			up.setString(2, locked.id());
			up.executeUpdate();
			in.setString(1, locked.id());
			in.setInt(2, seq);
			in.setString(3, author);
			if (userId == null) {
				in.setNull(4, Types.BIGINT);
			} else {
				in.setLong(4, userId);
			}
			in.setString(5, name);
			in.setString(6, text);
			in.setTimestamp(7, Timestamp.from(now));
			in.executeUpdate();
			return seq;
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}

	static void close(Connection c, String id, String closedBy, Instant now) {
		try (PreparedStatement ps = c.prepareStatement(
				"UPDATE chat_conversation SET state = 'CLOSED', closed_at = ?, closed_by = ? WHERE id = ? AND state = 'OPEN'")) {
			ps.setTimestamp(1, Timestamp.from(now));
			ps.setString(2, closedBy);
			ps.setString(3, id);
			ps.executeUpdate();
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}

	/** Messages numbered above {@code after}, oldest first, at most {@code limit} (the primary key's order). */
	static List<Message> messages(Connection c, String conversationId, int after, int limit) {
		try (PreparedStatement ps = c.prepareStatement("SELECT seq, author, author_user_id, author_name, body, "
				+ "created_at FROM chat_message WHERE conversation_id = ? AND seq > ? ORDER BY conversation_id, seq")) {
			ps.setString(1, conversationId);
			ps.setInt(2, after);
			ps.setMaxRows(limit);
			try (ResultSet rs = ps.executeQuery()) {
				List<Message> page = new ArrayList<>();
				while (rs.next()) {
					long userId = rs.getLong("author_user_id");
					Long user = rs.wasNull() ? null : userId;
					page.add(new Message(rs.getInt("seq"), rs.getString("author"), user,
							rs.getString("author_name"), rs.getString("body"), rs.getTimestamp("created_at").toInstant()));
				}
				return page;
			}
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}
}
