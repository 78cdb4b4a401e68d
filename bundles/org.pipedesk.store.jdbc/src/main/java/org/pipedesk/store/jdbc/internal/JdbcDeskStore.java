package org.pipedesk.store.jdbc.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.pipedesk.core.spi.DeskStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The desk store on a relational database through JDBC: a Hikari connection pool, schema migrations by Flyway,
 * one database transaction per {@link #inTransaction} call. H2 (file database under the data directory) is the
 * embedded default; PostgreSQL is the server database, chosen by configuration ({@link DatabaseSettings}). Both run
 * the same migrations and the same SQL.
 */
@Component(service = DeskStore.class, configurationPid = JdbcDeskStore.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class JdbcDeskStore implements DeskStore {
	public static final String PID = "org.pipedesk.store.jdbc";
	/** Framework/system property naming the data directory (the launcher sets it from --data). */
	public static final String DATA_DIRECTORY_PROPERTY = "pipedesk.data";
	private static final Logger LOG = LoggerFactory.getLogger(JdbcDeskStore.class);

	@ObjectClassDefinition(name = "Pipedesk JDBC store")
	public @interface Config {
		@AttributeDefinition(description = "JDBC URL (jdbc:h2: or jdbc:postgresql:); empty means the framework property "
				+ DatabaseSettings.URL_PROPERTY + ", else an H2 file database in the data directory")
		String url() default "";

		String user() default "";

		@AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
		String password() default "";

		int maxPoolSize() default 10;
	}

	private final HikariDataSource pool;
	/** On an H2 file database: writes each changing commit to the file before the call returns; else null. */
	private final H2GroupCommit groupCommit;
	private final ThreadLocal<JdbcTransaction> currentTransaction = new ThreadLocal<>();
	private final TicketCounts.Known countedProperties = new TicketCounts.Known();
	/** PostgreSQL rather than H2: where their planners need differently shaped SQL for the same answer. */
	private final boolean postgresql;

	@Activate
	public JdbcDeskStore(BundleContext context, Config config) {
		this(dataSource(context, config), config.maxPoolSize());
	}

	private static DataSource dataSource(BundleContext context, Config config) {
		Path dataDirectory = dataDirectory(context.getProperty(DATA_DIRECTORY_PROPERTY));
		DatabaseSettings settings = DatabaseSettings.resolve(config.url(), config.user(), config.password(),
				context::getProperty, System::getenv, dataDirectory);
		if (settings.url().startsWith(DatabaseSettings.H2_PREFIX)) {
			LOG.info("Pipedesk data directory: {}", dataDirectory.toAbsolutePath());
		}
		LOG.info("Pipedesk database: {}", settings); // toString masks the password
		return settings.dataSource();
	}

	/** Opens a store on {@code dataSource} (plain JVM use and tests) and migrates its schema. */
	public JdbcDeskStore(DataSource dataSource, int maxPoolSize) {
		HikariConfig hikari = new HikariConfig();
		hikari.setDataSource(dataSource);
		hikari.setAutoCommit(false);
		hikari.setMaximumPoolSize(maxPoolSize);
		hikari.setPoolName("pipedesk");
		hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
		this.pool = new HikariDataSource(hikari);
		try {
			if (!Migrations.applied(pool)) {
				Flyway.configure(JdbcDeskStore.class.getClassLoader()).dataSource(pool).resourceProvider(new Migrations())
						.load().migrate();
			}
			DatabaseKind kind = kind(pool);
			this.groupCommit = kind.h2File() ? H2GroupCommit.probe(pool) : null;
			this.postgresql = kind.postgresql();
		} catch (RuntimeException e) {
			pool.close();
			throw e;
		}
	}

	/** What the store needs to know of its database: one metadata read at start. */
	private record DatabaseKind(boolean h2File, boolean postgresql) {
	}

	/**
	 * Which database this is: an H2 database kept in a file (not in memory), whose commits reach the file only with
	 * {@link H2GroupCommit}, or PostgreSQL, where some SQL is shaped for its planner.
	 */
	private static DatabaseKind kind(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String product = metaData.getDatabaseProductName();
			return new DatabaseKind("H2".equals(product) && !metaData.getURL().startsWith("jdbc:h2:mem:"),
					"PostgreSQL".equals(product));
		} catch (SQLException e) {
			throw new StoreException("Cannot read the database's metadata: " + e.getMessage(), e);
		}
	}

	/** An H2 file database {@code pipedesk} in {@code directory}. */
	public static DataSource h2(Path directory) {
		return DatabaseSettings.h2File(directory).dataSource();
	}

	static Path dataDirectory(String configured) {
		return Path.of(configured == null || configured.isBlank() ? "data" : configured);
	}

	@Deactivate
	public void close() {
		pool.close();
	}

	@Override
	public <T> T inTransaction(TransactionWork<T> work) {
		JdbcTransaction joined = currentTransaction.get();
		if (joined != null) {
			return work.run(joined); // nested call: part of the caller's transaction
		}
		try (Connection connection = pool.getConnection()) {
			JdbcTransaction tx = new JdbcTransaction(connection, countedProperties, postgresql);
			currentTransaction.set(tx);
			T result;
			boolean written;
			try {
				result = work.run(tx);
				tx.beforeCommit();
				written = groupCommit != null && H2GroupCommit.hasChanges(connection);
				connection.commit();
			} catch (RuntimeException | Error e) {
				rollback(connection, e);
				throw e;
			} finally {
				currentTransaction.remove();
			}
			if (written) {
				groupCommit.awaitWritten(connection);
			}
			tx.committed();
			return result;
		} catch (SQLException e) {
			throw new StoreException("Database transaction failed: " + e.getMessage(), e);
		}
	}

	private static void rollback(Connection connection, Throwable cause) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			cause.addSuppressed(e);
		}
	}

}
