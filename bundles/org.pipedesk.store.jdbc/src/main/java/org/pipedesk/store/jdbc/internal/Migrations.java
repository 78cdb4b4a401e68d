package org.pipedesk.store.jdbc.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The schema migrations of the store, handed to Flyway by name. Flyway's own class-path scanning finds nothing
 * inside Equinox (bundleresource: URLs), so the store lists its migrations here; MigrationsTest checks this
 * list against the migration folder, so a new file cannot be forgotten.
 */
final class Migrations implements ResourceProvider {
	static final String FOLDER = "org/pipedesk/store/jdbc/migration/";
	static final List<String> FILES = List.of("V1__desk_configuration_and_tickets.sql",
			"V2__ticket_search_history_and_status_time.sql",
			"V3__configuration_change_log.sql",
			"V4__users_teams_tokens.sql",
			"V5__automation_outbox_jobs_runs.sql",
			"V6__email_channel.sql",
			"V7__form_and_chat_channels.sql",
			"V8__contact_marketing.sql",
			"V9__ticket_value_count.sql");

	/**
	 * Whether the database's schema history lists exactly these migrations, each applied successfully and with the
	 * checksum of its file: then there is nothing for Flyway to migrate or validate, and the store skips it (loading
	 * and running Flyway is a noticeable part of a restart's CPU). Any difference, or no history yet, leaves the
	 * decision to Flyway, which migrates or reports what does not match.
	 */
	static boolean applied(DataSource dataSource) {
		Map<String, Integer> history = new HashMap<>();
		try (Connection connection = dataSource.getConnection()) {
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT \"script\", \"checksum\", \"success\""
							+ " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
				while (rs.next()) {
					if (!rs.getBoolean(3) || history.put(rs.getString(1), rs.getInt(2)) != null) {
						return false;
					}
				}
			} finally {
				if (!connection.getAutoCommit()) {
					connection.rollback(); // a failed query (no history table yet) aborts PostgreSQL's transaction
				}
			}
		} catch (SQLException noHistoryYet) {
			return false;
		}
		if (!history.keySet().equals(Set.copyOf(FILES))) {
			return false;
		}
		return FILES.stream().allMatch(file -> history.get(file) == checksum(file));
	}

	/** Flyway 9's checksum of a migration: CRC-32 of its lines' UTF-8 bytes, without line breaks and byte order mark. */
	static int checksum(String file) {
		CRC32 crc = new CRC32();
		try (BufferedReader reader = new BufferedReader(new Migration(file).read())) {
			String line = reader.readLine();
			if (line != null && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			for (; line != null; line = reader.readLine()) {
				crc.update(line.getBytes(StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return (int) crc.getValue();
	}

	@Override
	public LoadableResource getResource(String name) {
		return FILES.contains(name) ? new Migration(name) : null;
	}

	@Override
	public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
		return FILES.stream().filter(f -> f.startsWith(prefix))
				.filter(f -> List.of(suffixes).stream().anyMatch(f::endsWith))
				.map(f -> (LoadableResource) new Migration(f)).toList();
	}

	private static final class Migration extends LoadableResource {
		private final String name;

		Migration(String name) {
			this.name = name;
		}

		@Override
		public Reader read() {
			InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + name);
			return new InputStreamReader(Objects.requireNonNull(in, () -> "Migration missing from the bundle: " + name),
					StandardCharsets.UTF_8);
		}

		@Override
		public String getAbsolutePath() {
			return FOLDER + name;
		}

		@Override
		public String getAbsolutePathOnDisk() {
			return null;
		}

		@Override
		public String getFilename() {
			return name;
		}

		@Override
		public String getRelativePath() {
			return name;
		}
	}
}
