package org.pipedesk.store.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a committed H2 transaction reach the database file before the call returns, so a killed server keeps every
 * change it answered for, while several concurrent commits share one write (group commit).
 * <p>
 * H2 (MVStore) commits in memory and writes to its file in the background, up to {@code WRITE_DELAY} (500 ms) later.
 * {@code WRITE_DELAY=0} writes every commit at once, but costs a file write per commit (about 1 ms of CPU per ticket
 * create) and stops the background thread that compacts the file, which then grew tenfold. Here the first committer
 * that needs a write runs {@code CHECKPOINT} (H2's "write what is unsaved"); committers that arrive meanwhile wait
 * and are covered by the next write, one for all of them. The background writer and its compaction stay on.
 * Read-only transactions do not wait.
 */
final class H2GroupCommit {
	private static final Logger LOG = LoggerFactory.getLogger(H2GroupCommit.class);
	/** H2's id of the session's open transaction, NULL while it changed nothing: asked just before the commit. */
	private static final String TRANSACTION_ID = "SELECT TRANSACTION_ID()";

	// a lock that parks its waiters: with a monitor, the committers woken together spun on it (7% of a create)
	private final ReentrantLock lock = new ReentrantLock();
	private final Condition writeEnded = lock.newCondition();
	/** Commits that asked to be written, numbered. */
	private long requested;
	/** Every commit up to this number is in the file. */
	private long written;
	private boolean writing;

	/**
	 * The group commit for the database of {@code dataSource}, or null when its user may not run {@code CHECKPOINT}
	 * (H2 wants admin rights: the embedded default's user has them, a user-supplied URL's may not); then commits reach
	 * the file as H2 is configured to write them, which is logged.
	 */
	static H2GroupCommit probe(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CHECKPOINT");
			return new H2GroupCommit();
		} catch (SQLException e) {
			LOG.warn("H2 refused CHECKPOINT ({}): commits reach the database file only as H2 writes them (WRITE_DELAY),"
					+ " so a killed server may lose the last ones", e.getMessage());
			return null;
		}
	}

	/** Whether the open transaction of {@code connection} changed anything (then its commit must be written). */
	static boolean hasChanges(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(TRANSACTION_ID)) {
			return rs.next() && rs.getObject(1) != null;
		}
	}

	/**
	 * Returns once everything committed so far is in the file; called right after a commit that changed data.
	 * {@code connection} (the committer's own, its transaction ended) runs the write when no other is running.
	 */
	void awaitWritten(Connection connection) throws SQLException {
		long upTo;
		lock.lock();
		try {
			long mine = ++requested;
			while (true) {
				while (writing && written < mine) {
					writeEnded.awaitUninterruptibly();
				}
				if (written >= mine) {
					return;
				}
				writing = true;
				upTo = requested; // this write covers every commit that asked so far
				lock.unlock();
				boolean done = false;
				try (Statement statement = connection.createStatement()) {
					statement.execute("CHECKPOINT");
					// ends the (empty) transaction the statement opened: else the pool rolls it back when the
					// connection returns, and an H2 rollback empties the session's cache of parsed statements, so
					// every statement of the connection's next transactions was parsed again
					connection.commit();
					done = true;
				} finally {
					lock.lock();
					writing = false;
					if (done) {
						written = Math.max(written, upTo);
					}
					writeEnded.signalAll();
				}
			}
		} finally {
			lock.unlock();
		}
	}
}
