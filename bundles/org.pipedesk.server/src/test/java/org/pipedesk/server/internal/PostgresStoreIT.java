package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketService;

/**
 * Only in the PostgreSQL run of the integration tests (pom.xml), where Equinox starts with {@code pipedesk.db.url},
 * {@code pipedesk.db.user} and {@code PIPEDESK_DB_PASSWORD} as {@code ./pipedesk run --db-*} sets them: the store
 * bundle gets the PostgreSQL driver from the driver's bundle and what the services store lands in PostgreSQL, not in H2. The
 * other ITs of that run drive the same server over its services and HTTP.
 */
@org.junit.jupiter.api.extension.ExtendWith(RunAsSystem.class)
class PostgresStoreIT {
	private static final String PG_DATA_SOURCE = "org.postgresql.ds.PGSimpleDataSource";

	private final BundleContext context = FrameworkUtil.getBundle(PostgresStoreIT.class).getBundleContext();

	@Test
	void theStoreSeesThePostgresqlDriverFromItsBundle() throws ClassNotFoundException {
		Class<?> dataSource = bundle("org.pipedesk.store.jdbc").loadClass(PG_DATA_SOURCE);
		assertEquals("org.postgresql.jdbc", FrameworkUtil.getBundle(dataSource).getSymbolicName());
	}

	@Test
	void aTicketCreatedThroughTheServicesIsARowInPostgresqlAndNoH2DatabaseExists() throws Exception {
		String subject = "Stored in PostgreSQL " + System.nanoTime();
		Ticket ticket = Osgi.service(TicketService.class).create("0", "1", Map.of("subject", subject));

		try (Connection connection = postgres();
				PreparedStatement ps = connection.prepareStatement("SELECT p.prop_value FROM ticket t"
						+ " JOIN ticket_property p ON p.ticket_id = t.id WHERE t.id = ? AND p.prop_name = 'subject'")) {
			ps.setLong(1, ticket.id());
			try (ResultSet rs = ps.executeQuery()) {
				assertTrue(rs.next(), "ticket " + ticket.id() + " is in PostgreSQL");
				assertEquals(subject, rs.getString(1));
			}
		}
		Path data = Path.of(System.getProperty("pipedesk.data"));
		assertFalse(Files.exists(data.resolve("pipedesk.mv.db")), "no H2 database in " + data);
	}

	/** A connection of our own, through the driver's DataSource class as the store sees it (we do not import it). */
	private Connection postgres() throws Exception {
		Class<?> type = bundle("org.pipedesk.store.jdbc").loadClass(PG_DATA_SOURCE);
		Object dataSource = type.getConstructor().newInstance();
		type.getMethod("setURL", String.class).invoke(dataSource, System.getProperty("pipedesk.db.url"));
		type.getMethod("setUser", String.class).invoke(dataSource, System.getProperty("pipedesk.db.user"));
		type.getMethod("setPassword", String.class).invoke(dataSource, System.getenv("PIPEDESK_DB_PASSWORD"));
		return (Connection) type.getMethod("getConnection").invoke(dataSource);
	}

	private Bundle bundle(String symbolicName) {
		return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError("No bundle " + symbolicName));
	}
}
