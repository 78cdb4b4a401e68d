package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.Test;
import org.pipedesk.core.spi.DeskStore;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * On demand only ({@code ./mvnw -B clean verify -Dpipedesk.bench.mail=true}): the email channel with the seeded
 * automation, through GreenMail. (1) Inbound messages per second from the support mailbox to tickets: N messages are
 * delivered first, then the channel is created and reads them (IMAP IDLE on; every new ticket also queues the seeded
 * "Ticket received", which runs meanwhile on the same cores). (2) Latency from the customer's SMTP submission to
 * "Ticket received" in the customer's IMAP mailbox (seen by an IDLE session of the test), one mail at a time, p50 and
 * p99, split by the database's timestamps into: submission to the inbound message stored (IDLE wake-up, fetch, ticket),
 * stored to the reply queued (the automation engine), queued to sent (the outbound queue and SMTP), sent to seen.
 */
@org.junit.jupiter.api.extension.ExtendWith(RunAsSystem.class)
class MailFlowBenchIT {
	@Test
	void inboundRateAndAutoReplyLatency() throws Exception {
		assumeTrue(Boolean.getBoolean("pipedesk.bench.mail"), "benchmark runs on demand only");
		EmailChannelIT.awaitPort(Mailer.smtpPort());
		EmailChannelIT.awaitPort(Mailer.imapPort());
		EmailChannelIT.await("the automation API", () -> Http.get("/pipedesk/v1/automation/templates").status(),
				s -> s == 200);
		int n = Integer.getInteger("pipedesk.bench.mail.messages", 2000);
		int samples = Integer.getInteger("pipedesk.bench.mail.samples", 200);
		String db = System.getProperty("pipedesk.db.url", "H2");
		// -Dpipedesk.bench.mail.idle=false measures the channel polled every pollSeconds instead (IMAP IDLE off)
		boolean idle = !"false".equals(System.getProperty("pipedesk.bench.mail.idle"));
		int pollSeconds = idle ? 3600 : Integer.getInteger("pipedesk.bench.mail.pollSeconds", 5);
		org.osgi.service.cm.Configuration settings = Osgi.service(org.osgi.service.cm.ConfigurationAdmin.class)
				.getConfiguration("org.pipedesk.channel.email", "?");
		if (!idle) {
			settings.update(new java.util.Hashtable<>(Map.of("idle", false)));
			EmailChannelIT.sleep(2000); // ConfigAdmin hands the change to the components asynchronously
		}
		// (0) warm-up, not measured: a server runs this path all day, so the figures are its steady state, not the
		// JIT compiling it (as bench/run warms up single creates); -Dpipedesk.bench.mail.warmup=0 measures it cold
		int warmup = Integer.getInteger("pipedesk.bench.mail.warmup", 1000);
		if (warmup > 0) {
			String warmSupport = EmailChannelIT.unique("support-warmup");
			String warmCustomer = EmailChannelIT.unique("warmup");
			sendMany(warmCustomer, warmSupport, warmup);
			String warmChannel = EmailChannelIT.channel(warmSupport, ",\"pollSeconds\":" + pollSeconds, "0", "1", true);
			long warmId = Long.parseLong(warmChannel);
			EmailChannelIT.await("every warm-up mail read and answered", () -> count("SELECT COUNT(*) FROM email_message "
					+ "WHERE channel_id = ? AND direction = 'OUT' AND state = 'SENT'", warmId), c -> c >= warmup, 600_000);
			Http.patch("/pipedesk/v1/channels/email/" + warmChannel, "{\"enabled\":false}").ok(200);
		}
		String loadBefore = load();

		// (1) throughput: n mails waiting in the support mailbox, then the channel reads them
		String support = EmailChannelIT.unique("support-bench");
		String bulk = EmailChannelIT.unique("bulk");
		long submitStart = System.nanoTime();
		sendMany(bulk, support, n);
		double submitSeconds = (System.nanoTime() - submitStart) / 1e9;
		long start = System.currentTimeMillis();
		CpuMeter cpu = new CpuMeter(MailFlowBenchIT::threadGroup);
		String channelId = EmailChannelIT.channel(support, ",\"pollSeconds\":" + pollSeconds, "0", "1", true);
		long channel = Long.parseLong(channelId);
		EmailChannelIT.await("every bench mail read", () -> count(
				"SELECT COUNT(*) FROM email_message WHERE channel_id = ? AND direction = 'IN'", channel),
				c -> c >= n, 600_000);
		long end = System.currentTimeMillis();
		String cpuInbound = cpu.perItem(n);
		long firstStored = epochMillis("SELECT MIN(created_at) FROM email_message WHERE channel_id = ? "
				+ "AND direction = 'IN'", channel);
		EmailChannelIT.await("every auto-reply sent", () -> count("SELECT COUNT(*) FROM email_message WHERE "
				+ "channel_id = ? AND direction = 'OUT' AND state = 'SENT'", channel), c -> c >= n, 600_000);
		long repliesSent = System.currentTimeMillis();
		String cpuWithReplies = cpu.perItem(n);
		assertEquals(n, count("SELECT COUNT(*) FROM email_message WHERE channel_id = ? AND direction = 'IN' "
				+ "AND state = 'RECEIVED'", channel), "every message became a ticket");
		String loadAfterThroughput = load();

		// (2) latency, one mail at a time, the customer's mailbox watched with IDLE
		String customer = EmailChannelIT.unique("latency");
		Mailer.sendRaw(bulk, customer, Mailer.mail("<w-" + System.nanoTime() + "@x>", bulk, customer, "mailbox", "",
				"makes the customer's mailbox")); // GreenMail makes a mailbox on its first delivery
		Map<String, Long> seen = new ConcurrentHashMap<>();
		try (InboxWatcher watcher = new InboxWatcher(customer, seen)) {
			long[] total = new long[samples];
			long[] inbound = new long[samples];
			long[] engine = new long[samples];
			long[] outbound = new long[samples];
			long[] delivery = new long[samples];
			for (int i = 0; i < samples; i++) {
				String id = "<lat-" + i + "-" + System.nanoTime() + "@example.test>";
				long submitted = System.currentTimeMillis();
				long submittedNanos = System.nanoTime();
				Mailer.sendRaw(customer, support, Mailer.mail(id, customer, support, "Latency " + i + " "
						+ System.nanoTime(), "", "how fast?"));
				try {
					EmailChannelIT.await("the auto-reply to " + id, () -> seen.containsKey(id), arrived -> arrived,
							90_000); // a lost IDLE notification waits for the renewal (60 s)
				} catch (AssertionError timedOut) {
					throw new AssertionError(timedOut.getMessage() + "; " + diagnosis(channelId, id, watcher), timedOut);
				}
				total[i] = (seen.get(id) - submittedNanos) / 1_000_000;
				long[] stamps = stamps(channel, id);
				inbound[i] = stamps[0] - submitted;
				engine[i] = stamps[1] - stamps[0];
				outbound[i] = stamps[2] - stamps[1];
				delivery[i] = total[i] - (stamps[2] - submitted);
			}
			System.out.println(String.format("MAIL BENCH (%s, %s, after %d warm-up messages): %d messages read into tickets in %.2f s = %.0f "
					+ "messages/s (%.0f/s from the first stored; delivering them to GreenMail took %.1f s); their %d "
					+ "auto-replies all sent %.1f s after the start; SMTP submission to \"Ticket received\" in the "
					+ "customer's mailbox over %d mails: p50 %d ms, p99 %d ms, max %d ms (p50/p99 of the parts: inbound %d/%d, "
					+ "engine %d/%d, outbound queue and SMTP %d/%d, delivery to the mailbox %d/%d ms); load average "
					+ "%s before, %s after the throughput part, %s at the end; server JVM CPU per message until every "
					+ "message was a ticket: %s; until every auto-reply was sent: %s",
					db, idle ? "IMAP IDLE" : "polled every " + pollSeconds + " s", warmup, n, (end - start) / 1e3, n / ((end - start) / 1e3), n / ((end - firstStored) / 1e3),
					submitSeconds, n, (repliesSent - start) / 1e3, samples, p(total, 50), p(total, 99), p(total, 100),
					p(inbound, 50), p(inbound, 99), p(engine, 50), p(engine, 99), p(outbound, 50), p(outbound, 99),
					p(delivery, 50), p(delivery, 99), loadBefore, loadAfterThroughput, load(), cpuInbound,
					cpuWithReplies));
		} finally {
			Http.patch("/pipedesk/v1/channels/email/" + channelId, "{\"enabled\":false}").ok(200);
			if (!idle) {
				settings.delete();
			}
		}
	}

	/**
	 * The server's threads by what they do: reading mail into tickets (the IDLE watcher, the poll timer, which reads
	 * a channel until its IDLE session runs, the fetching and parsing threads), the automation engine, the SMTP sender.
	 */
	private static String threadGroup(String name) {
		if (name.matches("pipedesk-email-idle-\\d+") || name.equals("pipedesk-email-poll")
				|| name.startsWith("pipedesk-email-inbound")) {
			return "inbound";
		}
		if (name.startsWith("pipedesk-automation-")) {
			return "engine";
		}
		return name.startsWith("pipedesk-email-send") ? "sender" : "other threads";
	}

	private static long p(long[] values, int percentile) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) (sorted.length * percentile / 100.0))];
	}

	private static String load() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + "/" + parts[1] + "/" + parts[2];
		} catch (Exception e) {
			return "?";
		}
	}

	/** Delivers {@code n} new conversations to {@code to} over one SMTP connection. */
	private static void sendMany(String from, String to, int n) throws Exception {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
		try {
			Properties properties = new Properties();
			properties.setProperty("mail.smtp.from", from);
			Session session = Session.getInstance(properties);
			SMTPTransport transport = new SMTPTransport(session,
					new URLName("smtp", Mailer.HOST, Mailer.smtpPort(), null, null, null));
			transport.connect();
			try {
				for (int i = 0; i < n; i++) {
					String raw = Mailer.mail("<bulk-" + i + "-" + System.nanoTime() + "@example.test>",
							"Bulk Customer <" + from + ">", to, "Bench " + i + " " + System.nanoTime(), "",
							"Message " + i + " of the benchmark.");
					MimeMessage message = new MimeMessage(session,
							new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))) {
						@Override
						protected void updateMessageID() {
						}
					};
					transport.sendMessage(message, new InternetAddress[] { new InternetAddress(to) });
				}
			} finally {
				transport.close();
			}
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private interface Query<T> {
		T run(Connection c) throws SQLException;
	}

	private static <T> T sql(Query<T> query) {
		return Osgi.service(DeskStore.class).inTransaction(tx -> {
			try {
				return query.run(tx.unwrap(Connection.class).orElseThrow());
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** The number in the one row and column {@code select} answers for the channel. */
	private static long count(String select, long channelId) {
		return scalar(select, channelId, rs -> rs.getLong(1));
	}

	private static long epochMillis(String select, long channelId) {
		return scalar(select, channelId, rs -> rs.getTimestamp(1).getTime());
	}

	private interface Column {
		long read(ResultSet rs) throws SQLException;
	}

	private static long scalar(String select, long channelId, Column column) {
		return sql(c -> {
			try (PreparedStatement ps = c.prepareStatement(select)) {
				ps.setLong(1, channelId);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					return column.read(rs);
				}
			}
		});
	}

	/** Where a mail whose auto-reply never arrived got stuck. */
	private static String diagnosis(String channelId, String inboundMessageId, InboxWatcher watcher) {
		String rows = sql(c -> {
			StringBuilder found = new StringBuilder();
			try (PreparedStatement ps = c.prepareStatement("SELECT m.direction, m.state, m.ticket_id, m.created_at, "
					+ "m.sent_at, m.attempts, m.last_error FROM email_message m WHERE m.ticket_id = (SELECT i.ticket_id "
					+ "FROM email_message i WHERE i.message_id = ?) OR m.message_id = ? ORDER BY m.id")) {
				ps.setString(1, inboundMessageId);
				ps.setString(2, inboundMessageId);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						found.append("[").append(rs.getString(1)).append(" ").append(rs.getString(2)).append(" ticket ")
								.append(rs.getLong(3)).append(" created ").append(rs.getTimestamp(4)).append(" sent ")
								.append(rs.getTimestamp(5)).append(" attempts ").append(rs.getInt(6)).append(" ")
								.append(rs.getString(7)).append("] ");
					}
				}
			}
			return found.length() == 0 ? "the inbound message is not stored" : found.toString();
		});
		return "messages: " + rows + "; mailbox: " + Http.get("/pipedesk/v1/channels/email/" + channelId).ok(200)
				.path("mailbox") + "; the test's inbox watcher " + (watcher.alive() ? "runs" : "has stopped");
	}

	/** The inbound message's stored time, the reply's queued time and its sent time (epoch millis). */
	private static long[] stamps(long channelId, String inboundMessageId) {
		return sql(c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT i.created_at, o.created_at, o.sent_at FROM "
					+ "email_message i JOIN email_message o ON o.ticket_id = i.ticket_id AND o.direction = 'OUT' "
					+ "WHERE i.channel_id = ? AND i.message_id = ?")) {
				ps.setLong(1, channelId);
				ps.setString(2, inboundMessageId);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					return new long[] { rs.getTimestamp(1).getTime(), rs.getTimestamp(2).getTime(),
							rs.getTimestamp(3).getTime() };
				}
			}
		});
	}

	/** The test's IDLE session on a customer's INBOX: records when each reply (by In-Reply-To) arrived. */
	private static final class InboxWatcher implements AutoCloseable {
		private final IMAPStore store;
		private final IMAPFolder folder;
		private final Thread thread;
		private volatile boolean stopped;

		InboxWatcher(String address, Map<String, Long> seen) throws Exception {
			ClassLoader previous = Thread.currentThread().getContextClassLoader();
			Thread.currentThread().setContextClassLoader(SMTPTransport.class.getClassLoader());
			try {
				store = new IMAPStore(Session.getInstance(new Properties()),
						new URLName("imap", Mailer.HOST, Mailer.imapPort(), "INBOX", address, address));
				store.connect();
				folder = (IMAPFolder) store.getFolder("INBOX");
				folder.open(Folder.READ_ONLY);
			} finally {
				Thread.currentThread().setContextClassLoader(previous);
			}
			int[] read = { folder.getMessageCount() };
			thread = Thread.ofPlatform().daemon().name("bench-inbox").start(() -> {
				Thread.currentThread().setContextClassLoader(SMTPTransport.class.getClassLoader());
				while (!stopped) {
					try {
						folder.idle(true);
						long now = System.nanoTime();
						// what arrives while this reads is announced in the answer to the FETCH: read until quiet
						for (int count = folder.getMessageCount(); count > read[0]; count = folder.getMessageCount()) {
							List<Message> fresh = new ArrayList<>(Arrays.asList(folder.getMessages(read[0] + 1, count)));
							read[0] = count;
							for (Message m : fresh) {
								String[] inReplyTo = m.getHeader("In-Reply-To");
								if (inReplyTo != null) {
									seen.putIfAbsent(inReplyTo[0], now);
								}
							}
							now = System.nanoTime();
						}
					} catch (Exception e) {
						if (!stopped) {
							System.out.println("bench inbox watcher: " + e);
						}
						return;
					}
				}
			});
		}

		boolean alive() {
			return thread.isAlive();
		}

		@Override
		public void close() throws Exception {
			stopped = true;
			try {
				folder.close(false); // ends the IDLE
			} finally {
				store.close();
			}
			thread.join(5000);
		}
	}
}
