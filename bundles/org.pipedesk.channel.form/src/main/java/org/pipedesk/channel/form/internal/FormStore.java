package org.pipedesk.channel.form.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pipedesk.channel.form.internal.FormDefinition.Field;
import org.pipedesk.channel.web.RateLimit;
import org.pipedesk.store.jdbc.sql.Jdbc;

/** The form tables (migration V7), read and written on the connection of a core store transaction. */
final class FormStore {
	private FormStore() {
	}


	private static final String COLUMNS = "id, name, pipeline_id, status_id, enabled, max_bytes, rate_requests, "
			+ "rate_seconds, allowed_origins, honeypot_field, thank_you_message, version, created_at, updated_at";

	/** Every form with its fields, by name: two queries whatever the number of forms. */
	static List<FormDefinition> forms(Connection c) {
		Map<String, List<Field>> fields = new LinkedHashMap<>();
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT form_id, name, property, required, label FROM form_field ORDER BY form_id, field_order");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				fields.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(field(rs));
			}
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
		try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM form_definition ORDER BY name, id");
				ResultSet rs = ps.executeQuery()) {
			List<FormDefinition> all = new ArrayList<>();
			while (rs.next()) {
				all.add(form(rs, fields.getOrDefault(rs.getString("id"), List.of())));
			}
			return all;
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}

	static Optional<FormDefinition> form(Connection c, String id) {
		List<Field> fields = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT form_id, name, property, required, label FROM form_field WHERE form_id = ? ORDER BY field_order")) {
			ps.setString(1, id);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					fields.add(field(rs));
				}
			}
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
		try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM form_definition WHERE id = ?")) {
			ps.setString(1, id);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(form(rs, fields)) : Optional.empty();
			}
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}

	private static Field field(ResultSet rs) throws SQLException {
		return new Field(rs.getString("name"), rs.getString("property"), rs.getBoolean("required"),
				rs.getString("label"));
	}

	private static FormDefinition form(ResultSet rs, List<Field> fields) throws SQLException {
		String origins = rs.getString("allowed_origins");
		return new FormDefinition(rs.getString("id"), rs.getString("name"), rs.getString("pipeline_id"),
				rs.getString("status_id"), rs.getBoolean("enabled"), List.copyOf(fields), rs.getInt("max_bytes"),
				new RateLimit(rs.getInt("rate_requests"), rs.getInt("rate_seconds")),
				origins.isEmpty() ? List.of() : Arrays.asList(origins.split(",")), rs.getString("honeypot_field"),
				rs.getString("thank_you_message"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	static void insert(Connection c, FormDefinition form, Instant now) {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO form_definition (name, pipeline_id, status_id, "
				+ "enabled, max_bytes, rate_requests, rate_seconds, allowed_origins, honeypot_field, "
				+ "thank_you_message, id, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,1,?,?)")) {
			int i = bind(ps, form);
			ps.setString(i++, form.id());
			ps.setTimestamp(i++, Timestamp.from(now));
			ps.setTimestamp(i, Timestamp.from(now));
			ps.executeUpdate();
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
		insertFields(c, form);
	}

	/** Writes the form if its version is still {@code form.version()}; false when someone else changed it. */
	static boolean update(Connection c, FormDefinition form, Instant now) {
		try (PreparedStatement ps = c.prepareStatement("UPDATE form_definition SET name = ?, pipeline_id = ?, "
				+ "status_id = ?, enabled = ?, max_bytes = ?, rate_requests = ?, rate_seconds = ?, allowed_origins = ?, "
				+ "honeypot_field = ?, thank_you_message = ?, version = version + 1, updated_at = ? "
				+ "WHERE id = ? AND version = ?")) {
			int i = bind(ps, form);
			ps.setTimestamp(i++, Timestamp.from(now));
			ps.setString(i++, form.id());
			ps.setLong(i, form.version());
			if (ps.executeUpdate() != 1) {
				return false;
			}
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
		try (PreparedStatement ps = c.prepareStatement("DELETE FROM form_field WHERE form_id = ?")) {
			ps.setString(1, form.id());
			ps.executeUpdate();
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
		insertFields(c, form);
		return true;
	}

	private static int bind(PreparedStatement ps, FormDefinition form) throws SQLException {
		int i = 1;
		ps.setString(i++, form.name());
		ps.setString(i++, form.pipelineId());
		ps.setString(i++, form.statusId());
		ps.setBoolean(i++, form.enabled());
		ps.setInt(i++, form.maxBytes());
		ps.setInt(i++, form.rateLimit().requests());
		ps.setInt(i++, form.rateLimit().perSeconds());
		ps.setString(i++, String.join(",", form.allowedOrigins()));
		if (form.honeypotField() == null) {
			ps.setNull(i++, Types.VARCHAR);
		} else {
			ps.setString(i++, form.honeypotField());
		}
		ps.setString(i++, form.thankYouMessage());
		return i;
	}

	private static void insertFields(Connection c, FormDefinition form) {
		try (PreparedStatement ps = c.prepareStatement(
				"INSERT INTO form_field (form_id, field_order, name, property, required, label) VALUES (?,?,?,?,?,?)")) {
			int order = 0;
			for (Field field : form.fields()) {
				ps.setString(1, form.id());
				ps.setInt(2, order++);
				ps.setString(3, field.name());
				ps.setString(4, field.property());
				ps.setBoolean(5, field.required());
				ps.setString(6, field.label());
				ps.addBatch();
			}
			ps.executeBatch();
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}

	// --- submissions

	record Submission(long id, String formId, Long ticketId, String sourceAddress, boolean spam, Instant submittedAt) {
	}

	static long insertSubmission(Connection c, String formId, Long ticketId, String source, boolean spam, Instant now) {
		return Jdbc.insert(c, "INSERT INTO form_submission (form_id, ticket_id, source_address, spam, submitted_at)"
				+ " VALUES (?,?,?,?,?)", ps -> {
					ps.setString(1, formId);
					if (ticketId == null) {
						ps.setNull(2, Types.BIGINT);
					} else {
						ps.setLong(2, ticketId);
					}
					ps.setString(3, source);
					ps.setBoolean(4, spam);
					ps.setTimestamp(5, Timestamp.from(now));
				});
	}

	/** A form's submissions with id below {@code before}, newest first (index form_submission_form_idx). */
	static List<Submission> submissions(Connection c, String formId, long before, int limit) {
		try (PreparedStatement ps = c.prepareStatement("SELECT id, form_id, ticket_id, source_address, spam, "
				+ "submitted_at FROM form_submission WHERE form_id = ? AND id < ? ORDER BY form_id, id DESC")) {
			ps.setString(1, formId);
			ps.setLong(2, before);
			ps.setMaxRows(limit);
			try (ResultSet rs = ps.executeQuery()) {
				List<Submission> page = new ArrayList<>();
				while (rs.next()) {
					long ticketId = rs.getLong("ticket_id");
					Long ticket = rs.wasNull() ? null : ticketId;
					page.add(new Submission(rs.getLong("id"), rs.getString("form_id"), ticket,
							rs.getString("source_address"), rs.getBoolean("spam"),
							rs.getTimestamp("submitted_at").toInstant()));
				}
				return page;
			}
		} catch (SQLException e) {
			throw Jdbc.failed(e);
		}
	}
}
