package org.pipedesk.store.jdbc.internal;

import static org.pipedesk.store.jdbc.internal.Sql.failed;
import static org.pipedesk.store.jdbc.internal.Sql.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pipedesk.store.jdbc.internal.Sql.Binder;
import org.pipedesk.store.jdbc.internal.Sql.Reader;
import org.pipedesk.core.api.AuditEntry;
import org.pipedesk.core.api.ConfigurationVersion;
import org.pipedesk.core.spi.ConfigurationHistory;
import org.pipedesk.core.spi.StoredChange;
import org.pipedesk.core.spi.StoredConfiguration;

/**
 * The configuration change log (tables config_change_set, config_change) on the connection of one
 * {@link JdbcTransaction}. Plain, portable SQL.
 */
final class JdbcConfigurationHistory implements ConfigurationHistory {
	private static final String VERSION_COLUMNS = "config_version, author, summary, created_at, change_count";
	private static final int MAX_SUMMARY = 2000;

	private final Connection connection;

	JdbcConfigurationHistory(Connection connection) {
		this.connection = connection;
	}

	@Override
	public void appendChangeSet(ConfigurationVersion version, List<StoredChange> changes) {
		try (PreparedStatement ps = connection.prepareStatement("INSERT INTO config_change_set (" + VERSION_COLUMNS
				+ ") VALUES (?, ?, ?, ?, ?)")) {
			ps.setLong(1, version.version());
			ps.setString(2, version.author());
			ps.setString(3, truncate(version.summary()));
			ps.setObject(4, OffsetDateTime.ofInstant(version.createdAt(), ZoneOffset.UTC));
			ps.setInt(5, changes.size());
			ps.executeUpdate();
		} catch (SQLException e) {
			throw failed(e);
		}
		if (changes.isEmpty()) {
			return;
		}
		try (PreparedStatement ps = connection.prepareStatement("INSERT INTO config_change (config_version, change_no,"
				+ " object_type, object_id, pipeline_id, action, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			int position = 0;
			for (StoredChange change : changes) {
				ps.setLong(1, version.version());
				ps.setInt(2, position++);
				ps.setString(3, change.objectType().name());
				ps.setString(4, change.objectId());
				ps.setString(5, change.pipelineId());
				ps.setString(6, change.action().name());
				ps.setString(7, change.snapshot());
				ps.addBatch();
			}
			ps.executeBatch();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	@Override
	public List<ConfigurationVersion> versions(long beforeVersion, int limit) {
		return query("SELECT " + VERSION_COLUMNS + " FROM config_change_set WHERE config_version < ?"
				+ " ORDER BY config_version DESC FETCH FIRST ? ROWS ONLY", ps -> {
					ps.setLong(1, beforeVersion);
					ps.setInt(2, limit);
				}, rs -> {
					List<ConfigurationVersion> versions = new ArrayList<>();
					while (rs.next()) {
						versions.add(version(rs));
					}
					return versions;
				});
	}

	@Override
	public Optional<ConfigurationVersion> version(long version) {
		return query("SELECT " + VERSION_COLUMNS + " FROM config_change_set WHERE config_version = ?",
				ps -> ps.setLong(1, version), rs -> rs.next() ? Optional.of(version(rs)) : Optional.empty());
	}

	@Override
	public Optional<StoredConfiguration> configuration(long version) {
		return query("SELECT config_version, document, author, summary, created_at FROM desk_config"
				+ " WHERE config_version = ?", ps -> ps.setLong(1, version),
				rs -> rs.next() ? Optional.of(new StoredConfiguration(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getString(4), instant(rs, 5))) : Optional.empty());
	}

	@Override
	public List<Long> versionsWithoutChangeSet(int limit) {
		return query("SELECT c.config_version FROM desk_config c WHERE NOT EXISTS (SELECT 1 FROM config_change_set s"
				+ " WHERE s.config_version = c.config_version) ORDER BY c.config_version FETCH FIRST ? ROWS ONLY",
				ps -> ps.setInt(1, limit), rs -> {
					List<Long> versions = new ArrayList<>();
					while (rs.next()) {
						versions.add(rs.getLong(1));
					}
					return versions;
				});
	}

	@Override
	public List<AuditEntry> changes(AuditEntry.ObjectType objectType, String objectId, String pipelineId,
			long beforeVersion, int beforePosition, int limit) {
		String sql = "SELECT c.config_version, c.change_no, s.author, s.summary, s.created_at, c.object_type,"
				+ " c.object_id, c.pipeline_id, c.action, c.snapshot"
				+ " FROM config_change c JOIN config_change_set s ON s.config_version = c.config_version"
				+ " WHERE c.object_type = ? AND c.object_id = ?" + (pipelineId == null ? "" : " AND c.pipeline_id = ?")
				+ " AND (c.config_version < ? OR (c.config_version = ? AND c.change_no < ?))"
				+ " ORDER BY c.config_version DESC, c.change_no DESC FETCH FIRST ? ROWS ONLY";
		return query(sql, ps -> {
			int i = 1;
			ps.setString(i++, objectType.name());
			ps.setString(i++, objectId);
			if (pipelineId != null) {
				ps.setString(i++, pipelineId);
			}
			ps.setLong(i++, beforeVersion);
			ps.setLong(i++, beforeVersion);
			ps.setInt(i++, beforePosition);
			ps.setInt(i, limit);
		}, rs -> {
			List<AuditEntry> entries = new ArrayList<>();
			while (rs.next()) {
				entries.add(new AuditEntry(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
						instant(rs, 5), AuditEntry.ObjectType.valueOf(rs.getString(6)), rs.getString(7),
						rs.getString(8), AuditEntry.Action.valueOf(rs.getString(9)), rs.getString(10)));
			}
			return entries;
		});
	}

	private static ConfigurationVersion version(ResultSet rs) throws SQLException {
		return new ConfigurationVersion(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4), rs.getInt(5));
	}

	private <T> T query(String sql, Binder binder, Reader<T> reader) {
		return Sql.query(connection, sql, binder, reader);
	}


	private static String truncate(String text) {
		return text == null || text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY);
	}

}
