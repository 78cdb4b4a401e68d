package org.pipedesk.store.jdbc.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
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
 * embedded default.
 */
@Component(service = DeskStore.class, configurationPid = JdbcDeskStore.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class JdbcDeskStore implements DeskStore {
	public static final String PID = "org.pipedesk.store.jdbc";
	/** Framework/system property naming the data directory (the launcher sets it from --data). */
	public static final String DATA_DIRECTORY_PROPERTY = "pipedesk.data";
	private static final Logger LOG = LoggerFactory.getLogger(JdbcDeskStore.class);

	@ObjectClassDefinition(name = "Pipedesk JDBC store")
	public @interface Config {
		@AttributeDefinition(description = "JDBC URL; empty means an H2 file database in the data directory")
		String url() default "";

		String user() default "";

		@AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
		String password() default "";

		int maxPoolSize() default 10;
	}

	private final HikariDataSource pool;
	private final ThreadLocal<JdbcTransaction> currentTransaction = new ThreadLocal<>();

	@Activate
	public JdbcDeskStore(BundleContext context, Config config) {
		this(dataSourceFor(config.url(), config.user(), config.password(),
				dataDirectory(context.getProperty(DATA_DIRECTORY_PROPERTY))), config.maxPoolSize());
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
			Flyway.configure(JdbcDeskStore.class.getClassLoader()).dataSource(pool).resourceProvider(new Migrations())
					.load().migrate();
		} catch (RuntimeException e) {
			pool.close();
			throw e;
		}
	}

	/** An H2 file database {@code pipedesk} in {@code directory}. */
	public static DataSource h2(Path directory) {
		try {
			Files.createDirectories(directory);
		} catch (java.io.IOException e) {
			throw new IllegalStateException("Cannot create the data directory " + directory + ": " + e.getMessage(), e);
		}
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:file:" + directory.toAbsolutePath().resolve("pipedesk") + ";DB_CLOSE_ON_EXIT=FALSE");
		h2.setUser("pipedesk");
		h2.setPassword("");
		return h2;
	}

	private static DataSource dataSourceFor(String url, String user, String password, Path dataDirectory) {
		if (url == null || url.isBlank()) {
			LOG.info("Pipedesk data directory: {}", dataDirectory.toAbsolutePath());
			return h2(dataDirectory);
		}
		if (url.startsWith("jdbc:h2:")) {
			JdbcDataSource h2 = new JdbcDataSource();
			h2.setURL(url);
			h2.setUser(user);
			h2.setPassword(password);
			return h2;
		}
		throw new IllegalArgumentException("Unsupported JDBC URL '" + url + "': this version supports jdbc:h2: URLs");
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
			JdbcTransaction tx = new JdbcTransaction(connection);
			currentTransaction.set(tx);
			T result;
			try {
				result = work.run(tx);
				connection.commit();
			} catch (RuntimeException | Error e) {
				rollback(connection, e);
				throw e;
			} finally {
				currentTransaction.remove();
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
