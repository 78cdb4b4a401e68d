package org.pipedesk.store.jdbc.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

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
			"V8__contact_marketing.sql");

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
