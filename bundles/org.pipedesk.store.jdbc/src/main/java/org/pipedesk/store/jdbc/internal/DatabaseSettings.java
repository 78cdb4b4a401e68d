package org.pipedesk.store.jdbc.internal;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Which database the store opens and how it logs in. One source decides all three values, so a ConfigAdmin URL is
 * never paired with a password from the command line: ConfigAdmin ({@code url} set), else the framework properties
 * {@code pipedesk.db.*} (the launcher's {@code --db-*} options; the password may come from the environment), else an
 * H2 file database in the data directory.
 * The password never appears in {@link #toString()} nor in any message of this class: those go to logs.
 *
 * @param source where the settings came from, for the log
 */
record DatabaseSettings(String url, String user, String password, String source) {
	/** Framework/system properties naming the database; the launcher sets the first two from --db-url and --db-user. */
	static final String URL_PROPERTY = "pipedesk.db.url";
	static final String USER_PROPERTY = "pipedesk.db.user";
	static final String PASSWORD_PROPERTY = "pipedesk.db.password";
	/**
	 * Environment variable holding the password when {@link #PASSWORD_PROPERTY} is not set: the launcher passes
	 * the password this way, because a JVM's command line (-D...) is visible to every user of the machine.
	 */
	static final String PASSWORD_VARIABLE = "PIPEDESK_DB_PASSWORD";

	static final String H2_PREFIX = "jdbc:h2:";
	static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

	/** {@code password=...} inside a JDBC URL (PostgreSQL query parameter or H2 setting). */
	private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

	/**
	 * The settings in force: the ConfigAdmin values when they name a URL, else the framework properties read through
	 * {@code frameworkProperty} when they name one (the password from {@code environment} when no property holds
	 * it), else the embedded H2 default in {@code dataDirectory}.
	 */
	static DatabaseSettings resolve(String configuredUrl, String configuredUser, String configuredPassword,
			UnaryOperator<String> frameworkProperty, UnaryOperator<String> environment, Path dataDirectory) {
		if (!blank(configuredUrl)) {
			return new DatabaseSettings(configuredUrl.strip(), orEmpty(configuredUser), orEmpty(configuredPassword),
					"ConfigAdmin " + JdbcDeskStore.PID);
		}
		String propertyUrl = frameworkProperty.apply(URL_PROPERTY);
		if (!blank(propertyUrl)) {
			String password = frameworkProperty.apply(PASSWORD_PROPERTY);
			return new DatabaseSettings(propertyUrl.strip(), orEmpty(frameworkProperty.apply(USER_PROPERTY)),
					orEmpty(password != null ? password : environment.apply(PASSWORD_VARIABLE)),
					"framework property " + URL_PROPERTY);
		}
		return h2File(dataDirectory);
	}

	/**
	 * The embedded default: an H2 file database {@code pipedesk} in {@code directory} (H2 creates the folders).
	 * H2 writes commits to its file up to half a second later, so a killed server lost tickets it had answered 201
	 * for (AutomationRestartIT, EmailKillIT kill the real product); the store writes each changing commit before the
	 * call returns ({@link H2GroupCommit}; the OS may still hold it: power loss needs PostgreSQL's fsync).
	 * {@code QUERY_CACHE_SIZE=128}: H2 keeps 8 parsed statements per connection by default, fewer than a ticket create
	 * or an automation batch runs, so it parsed every statement again (5% of a create's CPU, a third of the
	 * automation worker's time).
	 */
	static DatabaseSettings h2File(Path directory) {
		return new DatabaseSettings(H2_PREFIX + "file:" + directory.toAbsolutePath().resolve("pipedesk")
				+ ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128",
				"pipedesk", "", "default: H2 file database in the data directory");
	}

	/**
	 * A data source for these settings, from the driver's own DataSource class: inside OSGi, DriverManager does not
	 * see drivers in other bundles.
	 */
	DataSource dataSource() {
		if (url.startsWith(H2_PREFIX)) {
			JdbcDataSource h2 = new JdbcDataSource();
			h2.setURL(url);
			h2.setUser(user);
			h2.setPassword(password);
			return h2;
		}
		if (url.startsWith(POSTGRESQL_PREFIX)) {
			PGSimpleDataSource postgres = new PGSimpleDataSource();
			try {
				postgres.setURL(url);
			} catch (IllegalArgumentException e) {
				// the driver's message repeats the URL, which may hold a password
				throw new IllegalArgumentException("Invalid PostgreSQL JDBC URL '" + redactedUrl()
						+ "' (from " + source + "): expected jdbc:postgresql://host[:port]/database[?parameters]");
			}
			// user and password given apart from the URL win; empty ones leave the URL's own in place
			if (!user.isEmpty()) {
				postgres.setUser(user);
			}
			if (!password.isEmpty()) {
				postgres.setPassword(password);
			}
			return postgres;
		}
		throw new IllegalArgumentException("Unsupported JDBC URL '" + redactedUrl() + "' (from " + source
				+ "): Pipedesk supports " + H2_PREFIX + " and " + POSTGRESQL_PREFIX + " URLs");
	}

	/** The URL with any password in it masked. */
	String redactedUrl() {
		return redact(url);
	}

	static String redact(String url) {
		return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
	}

	/** For logs: URL (password masked), user and source; never the password. */
	@Override
	public String toString() {
		return redactedUrl() + (user.isEmpty() ? "" : " as user " + user) + " (" + source + ")";
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
