package org.pipedesk.automation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.automation.api.AutomationRecords;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.store.jdbc.sql.Jdbc;

/** Notes and notifications in the automation tables, written in the caller's (the job's) transaction. */
@Component(service = { AutomationRecords.class, JdbcAutomationRecords.class })
public class JdbcAutomationRecords implements AutomationRecords {
	private final DeskStore store;

	@Activate
	public JdbcAutomationRecords(@Reference DeskStore store) {
		this.store = store;
	}

	@Override
	public long addNote(long ticketId, String body, String author) {
		return store.inTransaction(tx -> Jdbc.insert(Jdbc.connection(tx),
				"INSERT INTO ticket_note (ticket_id, body, author, created_at) VALUES (?, ?, ?, ?)", ps -> {
					ps.setLong(1, ticketId);
					ps.setString(2, body);
					ps.setString(3, author);
					ps.setObject(4, Jdbc.timestamp(Instant.now()));
				}));
	}

	@Override
	public long notify(RecipientKind kind, String recipient, long ticketId, String message) {
		long jobId = ExecutionScope.current().jobId();
		return store.inTransaction(tx -> Jdbc.insert(Jdbc.connection(tx),
				"INSERT INTO automation_notification (recipient_kind, recipient, ticket_id, message, job_id, created_at)"
						+ " VALUES (?, ?, ?, ?, ?, ?)",
				ps -> {
					ps.setString(1, kind.name());
					ps.setString(2, recipient);
					ps.setLong(3, ticketId);
					ps.setString(4, message);
					ps.setLong(5, jobId);
					ps.setObject(6, Jdbc.timestamp(Instant.now()));
				}));
	}

	record Note(long id, long ticketId, String body, String author, Instant createdAt) {
	}

	record Notification(long id, String recipientKind, String recipient, long ticketId, String message, long jobId,
			Instant createdAt) {
	}

	List<Note> notes(long ticketId, int limit) {
		return store.inTransaction(tx -> Jdbc.query(Jdbc.connection(tx),
				"SELECT id, ticket_id, body, author, created_at FROM ticket_note WHERE ticket_id = ? ORDER BY id"
						+ " FETCH FIRST " + limit + " ROWS ONLY",
				ps -> ps.setLong(1, ticketId), rs -> {
					List<Note> notes = new ArrayList<>();
					while (rs.next()) {
						notes.add(new Note(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
								Jdbc.instant(rs, 5)));
					}
					return notes;
				}));
	}

	/** Notifications newest first, of one recipient and/or one ticket when given. */
	List<Notification> notifications(String kind, String recipient, Long ticketId, long beforeId, int limit) {
		StringBuilder sql = new StringBuilder("SELECT id, recipient_kind, recipient, ticket_id, message, job_id,"
				+ " created_at FROM automation_notification WHERE id < ?");
		if (kind != null) {
			sql.append(" AND recipient_kind = ? AND recipient = ?");
		}
		if (ticketId != null) {
			sql.append(" AND ticket_id = ?");
		}
		sql.append(" ORDER BY id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
		return store.inTransaction(tx -> Jdbc.query(Jdbc.connection(tx), sql.toString(), ps -> {
			int i = 1;
			ps.setLong(i++, beforeId);
			if (kind != null) {
				ps.setString(i++, kind);
				ps.setString(i++, recipient);
			}
			if (ticketId != null) {
				ps.setLong(i++, ticketId);
			}
		}, rs -> {
			List<Notification> found = new ArrayList<>();
			while (rs.next()) {
				found.add(new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getString(5), rs.getLong(6), Jdbc.instant(rs, 7)));
			}
			return found;
		}));
	}
}
