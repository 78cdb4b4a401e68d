package org.pipedesk.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Which database the store opens, from ConfigAdmin, the launcher's framework properties or the H2 default. */
class DatabaseSettingsTest {
	private static final Path DATA = Path.of("/srv/pipedesk-data");
	private static final UnaryOperator<String> NO_ENVIRONMENT = name -> null;
	private static final Map<String, String> LAUNCHER = Map.of(DatabaseSettings.URL_PROPERTY,
			"jdbc:postgresql://db.internal:5433/desk", DatabaseSettings.USER_PROPERTY, "desk",
			DatabaseSettings.PASSWORD_PROPERTY, "launcher-secret");

	@Test
	void withoutConfigurationTheStoreIsAnH2FileDatabaseInTheDataDirectory() {
		DatabaseSettings settings = DatabaseSettings.resolve("", "", "", name -> null, NO_ENVIRONMENT, DATA);
		assertEquals("jdbc:h2:file:/srv/pipedesk-data/pipedesk;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128", settings.url());
		assertInstanceOf(JdbcDataSource.class, settings.dataSource());
	}

	@Test
	void theLauncherPropertiesChooseTheDatabaseWhenConfigAdminNamesNone() {
		DatabaseSettings settings = DatabaseSettings.resolve(null, null, null, LAUNCHER::get, NO_ENVIRONMENT, DATA);
		PGSimpleDataSource postgres = assertInstanceOf(PGSimpleDataSource.class, settings.dataSource());
		assertArrayEquals(new String[] { "db.internal" }, postgres.getServerNames());
		assertArrayEquals(new int[] { 5433 }, postgres.getPortNumbers());
		assertEquals("desk", postgres.getDatabaseName());
		assertEquals("desk", postgres.getUser());
		assertEquals("launcher-secret", postgres.getPassword());
	}

	@Test
	void theLaunchersPasswordComesFromTheEnvironmentUnlessAPropertyHoldsOne() {
		Map<String, String> urlAndUser = Map.of(DatabaseSettings.URL_PROPERTY, "jdbc:postgresql://h/db",
				DatabaseSettings.USER_PROPERTY, "desk");
		Map<String, String> environment = Map.of(DatabaseSettings.PASSWORD_VARIABLE, "env-secret");
		assertEquals("env-secret", DatabaseSettings.resolve("", "", "", urlAndUser::get, environment::get, DATA).password());
		assertEquals("launcher-secret",
				DatabaseSettings.resolve("", "", "", LAUNCHER::get, environment::get, DATA).password());
		assertEquals("", DatabaseSettings.resolve("jdbc:postgresql://cm/db", "u", "", LAUNCHER::get, environment::get,
				DATA).password(), "a ConfigAdmin database takes no password from the launcher");
	}

	@Test
	void aConfigAdminUrlWinsWithItsOwnUserAndPasswordNeverMixedWithTheLaunchers() {
		DatabaseSettings settings = DatabaseSettings.resolve("jdbc:postgresql://cm-host/cmdb", "cm-user", "",
				LAUNCHER::get, NO_ENVIRONMENT, DATA);
		PGSimpleDataSource postgres = (PGSimpleDataSource) settings.dataSource();
		assertEquals("cmdb", postgres.getDatabaseName());
		assertEquals("cm-user", postgres.getUser());
		assertEquals(null, postgres.getPassword(), "the launcher's password belongs to the launcher's database");
		assertTrue(settings.source().contains("ConfigAdmin"), settings.source());
	}

	@Test
	void userAndPasswordInsideThePostgresqlUrlStayWhenNoneAreGivenApart() {
		PGSimpleDataSource postgres = (PGSimpleDataSource) DatabaseSettings
				.resolve("jdbc:postgresql://h/db?user=u&password=in-url", "", "", name -> null, NO_ENVIRONMENT, DATA).dataSource();
		assertEquals("u", postgres.getUser());
		assertEquals("in-url", postgres.getPassword());
	}

	@Test
	void thePasswordNeverShowsInWhatIsLogged() {
		DatabaseSettings apart = DatabaseSettings.resolve(null, null, null, LAUNCHER::get, NO_ENVIRONMENT, DATA);
		assertFalse(apart.toString().contains("launcher-secret"), apart.toString());
		assertTrue(apart.toString().contains("jdbc:postgresql://db.internal:5433/desk as user desk"), apart.toString());

		DatabaseSettings inUrl = DatabaseSettings.resolve(
				"jdbc:postgresql://h/db?user=u&password=url-secret&ssl=true", "", "", name -> null, NO_ENVIRONMENT, DATA);
		assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true (ConfigAdmin org.pipedesk.store.jdbc)",
				inUrl.toString());
		assertEquals("jdbc:h2:file:/x;PASSWORD=***;CIPHER=AES", DatabaseSettings.redact("jdbc:h2:file:/x;PASSWORD=s;CIPHER=AES"));
	}

	@Test
	void anUnsupportedOrBrokenUrlIsRefusedWithoutRepeatingThePassword() {
		IllegalArgumentException unsupported = assertThrows(IllegalArgumentException.class,
				() -> DatabaseSettings.resolve("jdbc:mysql://h/db?password=my-secret", "", "", n -> null, NO_ENVIRONMENT, DATA).dataSource());
		assertTrue(unsupported.getMessage().contains("jdbc:h2: and jdbc:postgresql:"), unsupported.getMessage());
		assertFalse(unsupported.getMessage().contains("my-secret"), unsupported.getMessage());

		IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
				() -> DatabaseSettings.resolve("jdbc:postgresql://h:notaport/db?password=pg-secret", "", "", n -> null, NO_ENVIRONMENT, DATA)
						.dataSource());
		assertFalse(broken.getMessage().contains("pg-secret"), broken.getMessage());
	}
}
