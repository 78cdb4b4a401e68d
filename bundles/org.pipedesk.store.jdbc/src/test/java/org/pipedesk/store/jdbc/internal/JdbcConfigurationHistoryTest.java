package org.pipedesk.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pipedesk.core.api.AuditEntry;
import org.pipedesk.core.api.AuditEntry.Action;
import org.pipedesk.core.api.AuditEntry.ObjectType;
import org.pipedesk.core.api.ConfigurationVersion;
import org.pipedesk.core.spi.StoredChange;
import org.pipedesk.core.spi.StoredConfiguration;

/** The configuration change log against a real H2 file database. */
class JdbcConfigurationHistoryTest {
	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@TempDir
	Path dataDirectory;
	private JdbcDeskStore store;

	@BeforeEach
	void open() {
		store = new JdbcDeskStore(JdbcDeskStore.h2(dataDirectory), 4);
		store.inTransaction(tx -> {
			for (long v = 1; v <= 3; v++) {
				tx.appendConfiguration(new StoredConfiguration(v, "<desk v='" + v + "'/>", "system", "v" + v, NOW.plusSeconds(v)));
			}
			tx.configurationHistory().appendChangeSet(new ConfigurationVersion(1, "system", "seeded", NOW, 2),
					List.of(new StoredChange(ObjectType.PIPELINE, "0", "0", Action.CREATE, "{\"id\":\"0\"}"),
							new StoredChange(ObjectType.STATUS, "1", "0", Action.CREATE, "{\"id\":\"1\"}")));
			tx.configurationHistory().appendChangeSet(new ConfigurationVersion(2, "alice", "renamed", NOW.plusSeconds(2), 2),
					List.of(new StoredChange(ObjectType.PIPELINE, "0", "0", Action.UPDATE, "{\"id\":\"0\",\"v\":2}"),
							new StoredChange(ObjectType.STATUS, "1", "0", Action.UPDATE, "{\"id\":\"1\",\"v\":2}")));
			return null;
		});
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void versionsAreListedNewestFirstFromTheirChangeSets() {
		List<ConfigurationVersion> versions = store.inTransaction(tx -> tx.configurationHistory().versions(Long.MAX_VALUE, 10));
		assertEquals(List.of(2L, 1L), versions.stream().map(ConfigurationVersion::version).toList());
		assertEquals(new ConfigurationVersion(2, "alice", "renamed", NOW.plusSeconds(2), 2), versions.get(0));
		assertEquals(List.of(1L), store.inTransaction(tx -> tx.configurationHistory().versions(2, 10))
				.stream().map(ConfigurationVersion::version).toList());
		assertTrue(store.inTransaction(tx -> tx.configurationHistory().version(3)).isEmpty());
	}

	@Test
	void versionsWithoutAChangeSetAreFoundForTheBackfill() {
		assertEquals(List.of(3L), store.inTransaction(tx -> tx.configurationHistory().versionsWithoutChangeSet(10)));
		assertEquals("<desk v='3'/>",
				store.inTransaction(tx -> tx.configurationHistory().configuration(3)).orElseThrow().document());
	}

	@Test
	void anObjectsChangesComeNewestFirstWithWhoAndWhenAndPageByCursor() {
		List<AuditEntry> all = store.inTransaction(
				tx -> tx.configurationHistory().changes(ObjectType.STATUS, "1", "0", Long.MAX_VALUE, Integer.MAX_VALUE, 10));
		assertEquals(List.of(Action.UPDATE, Action.CREATE), all.stream().map(AuditEntry::action).toList());
		AuditEntry newest = all.get(0);
		assertEquals("alice", newest.author());
		assertEquals("renamed", newest.summary());
		assertEquals(NOW.plusSeconds(2), newest.timestamp());
		assertEquals("{\"id\":\"1\",\"v\":2}", newest.snapshot());
		assertEquals("2.1", newest.cursor());

		List<AuditEntry> older = store.inTransaction(
				tx -> tx.configurationHistory().changes(ObjectType.STATUS, "1", "0", 2, 1, 10));
		assertEquals(List.of(Action.CREATE), older.stream().map(AuditEntry::action).toList());
		assertTrue(store.inTransaction(
				tx -> tx.configurationHistory().changes(ObjectType.STATUS, "1", "5", Long.MAX_VALUE, Integer.MAX_VALUE, 10))
				.isEmpty(), "a status is audited within its pipeline");
		assertEquals(2, store.inTransaction(
				tx -> tx.configurationHistory().changes(ObjectType.PIPELINE, "0", null, Long.MAX_VALUE, Integer.MAX_VALUE, 10))
				.size());
	}
}
