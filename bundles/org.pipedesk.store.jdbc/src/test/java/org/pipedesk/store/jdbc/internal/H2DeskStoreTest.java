package org.pipedesk.store.jdbc.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;

/** The store's contract on H2, the embedded default: a file database in a fresh data directory per test. */
class H2DeskStoreTest extends DeskStoreContract {
	@TempDir
	Path dataDirectory;

	@Override
	protected DataSource database() {
		return JdbcDeskStore.h2(dataDirectory);
	}
}
