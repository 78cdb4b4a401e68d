package org.pipedesk.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway is handed the migrations by name (see {@link Migrations}): none may be forgotten. A restart skips Flyway
 * only when the schema history holds exactly these migrations with Flyway's own checksums of them.
 */
class MigrationsTest {
	@TempDir
	Path dataDirectory;

	@Test
	void aNewDatabaseIsLeftToFlywayAndAMigratedOneWithTheSameFilesIsNot() throws SQLException {
		DataSource database = JdbcDeskStore.h2(dataDirectory);
		assertFalse(Migrations.applied(database));
		new JdbcDeskStore(database, 2).close();
		assertTrue(Migrations.applied(database));
		Map<String, Integer> stored = new HashMap<>();
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT \"script\", \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
			while (rs.next()) {
				stored.put(rs.getString(1), rs.getInt(2));
			}
		}
		Map<String, Integer> computed = new HashMap<>();
		Migrations.FILES.forEach(file -> computed.put(file, Migrations.checksum(file)));
		assertEquals(stored, computed, "our checksums must be Flyway's");
	}

	@Test
	void aMigrationChangedAfterItWasAppliedIsLeftToFlywaysValidation() throws SQLException {
		DataSource database = JdbcDeskStore.h2(dataDirectory);
		new JdbcDeskStore(database, 2).close();
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1"
					+ " WHERE \"script\" = '" + Migrations.FILES.get(0) + "'");
		}
		assertFalse(Migrations.applied(database));
	}

	@Test
	void everyMigrationFileIsListedForFlyway() throws IOException {
		Path folder = Path.of("src/main/resources", Migrations.FOLDER);
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(files.map(p -> p.getFileName().toString()).sorted().toList(),
					Migrations.FILES.stream().sorted().toList());
		}
	}
}
