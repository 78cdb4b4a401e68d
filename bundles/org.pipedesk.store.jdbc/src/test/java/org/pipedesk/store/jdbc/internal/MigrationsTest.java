package org.pipedesk.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Flyway is handed the migrations by name (see {@link Migrations}): none may be forgotten. */
class MigrationsTest {
	@Test
	void everyMigrationFileIsListedForFlyway() throws IOException {
		Path folder = Path.of("src/main/resources", Migrations.FOLDER);
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(files.map(p -> p.getFileName().toString()).sorted().toList(),
					Migrations.FILES.stream().sorted().toList());
		}
	}
}
