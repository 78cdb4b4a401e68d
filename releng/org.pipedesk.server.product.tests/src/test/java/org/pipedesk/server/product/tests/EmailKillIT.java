package org.pipedesk.server.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Inbound mail exactly once when the server is killed in the middle of reading a mailbox (issue 5, point 4): the
 * support mailbox holds many new conversations; the server is killed (SIGKILL) while it turns them into tickets and
 * started again on the same database. Every message becomes exactly one ticket: none lost, none doubled.
 */
class EmailKillIT {
	private static final int MESSAGES = 1000;
	private static final String SUPPORT = "support@pipedesk.local";

	private GreenMail mail;

	@BeforeEach
	void startMailServer() {
		mail = new GreenMail(new ServerSetup[] { new ServerSetup(ServerProcess.freePort(), "127.0.0.1", "smtp"),
				new ServerSetup(ServerProcess.freePort(), "127.0.0.1", "imap") });
		mail.start();
	}

	@AfterEach
	void stopMailServer() {
		mail.stop();
	}

	@Test
	void everyMessageBecomesOneTicketWhenTheServerIsKilledMidBatch() throws Exception {
		GreenMailUser support = mail.setUser(SUPPORT, "support", "support");
		Session session = Session.getInstance(new Properties());
		for (int i = 0; i < MESSAGES; i++) {
			String raw = "Message-ID: <kill-" + i + "@customers.example>\r\nFrom: Customer " + i + " <customer-" + i
					+ "@customers.example>\r\nTo: " + SUPPORT + "\r\nSubject: Kill test " + i
					+ "\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nMessage "
					+ i + " needs an answer.\r\n";
			support.deliver(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
		}

		try (ServerProcess server = new ServerProcess("email-kill")) {
			String channels = "/pipedesk/v1/channels/email";
			server.start(channels);
			Api api = server.api();
			api.post(channels, "{\"name\":\"Support\",\"address\":\"" + SUPPORT + "\",\"imap\":{\"host\":\"127.0.0.1\","
					+ "\"port\":" + mail.getImap().getPort() + ",\"tls\":\"NONE\",\"user\":\"support\","
					+ "\"password\":\"support\"},\"smtp\":{\"host\":\"127.0.0.1\",\"port\":" + mail.getSmtp().getPort()
					+ ",\"tls\":\"NONE\"},\"pipelineId\":\"0\",\"statusId\":\"1\",\"pollSeconds\":1}", 201);

			// Killed while the server works through the backlog: some tickets made, not all. The poller reads batch
			// after batch until the folder is read (no pause between polls), so this is always mid-backlog. It waits
			// for a second batch to show: a batch is visible to other transactions a moment before H2's group commit
			// has it in the file, and the reader starts the next batch only once that write returned, so the first
			// batch seen is then surely on disk (killing in that moment once lost the only batch seen so far).
			int[] firstSeen = { 0 };
			ServerProcess.await("a second batch of tickets from the mailbox", Duration.ofSeconds(120), () -> {
				int made = ticketCount(api);
				assertTrue(made < MESSAGES, "the whole mailbox was read before the test could kill the server");
				if (firstSeen[0] == 0) {
					firstSeen[0] = made;
				}
				return firstSeen[0] > 0 && made > firstSeen[0];
			});
			server.kill();
			long restartedAt = System.currentTimeMillis();

			server.start(channels);
			ServerProcess.await("a ticket for each of the " + MESSAGES + " messages", Duration.ofSeconds(300),
					() -> ticketCount(api) >= MESSAGES);
			Thread.sleep(3000); // more polls: nothing is read twice
			Map<String, Integer> bySubject = subjects(api);
			assertEquals(MESSAGES, bySubject.size(), "one ticket per message");
			for (int i = 0; i < MESSAGES; i++) {
				assertEquals(1, bySubject.getOrDefault("Kill test " + i, 0), "tickets for message " + i);
			}
			// Mid-batch: some tickets were made before the kill, the others after the new start.
			int afterRestart = ticketCount(api, "{\"propertyName\":\"createdate\",\"operator\":\"GTE\",\"value\":\""
					+ restartedAt + "\"}");
			assertTrue(afterRestart > 0 && afterRestart < MESSAGES, afterRestart + " of " + MESSAGES
					+ " tickets were made after the restart: not a kill mid-batch");
			System.out.println("EmailKillIT: killed with " + (MESSAGES - afterRestart) + " of " + MESSAGES
					+ " messages turned into tickets");
		}
	}

	private static int ticketCount(Api api) {
		return ticketCount(api, "{\"propertyName\":\"hs_pipeline\",\"operator\":\"EQ\",\"value\":\"0\"}");
	}

	private static int ticketCount(Api api, String filter) {
		return api.post("/crm/v3/objects/tickets/search", "{\"filterGroups\":[{\"filters\":[" + filter + "]}],\"limit\":1}",
				200).path("total").asInt();
	}

	private static Map<String, Integer> subjects(Api api) {
		Map<String, Integer> bySubject = new HashMap<>();
		String after = null;
		do {
			JsonNode page = api.post("/crm/v3/objects/tickets/search", "{\"filterGroups\":[{\"filters\":[{\"propertyName\":"
					+ "\"hs_pipeline\",\"operator\":\"EQ\",\"value\":\"0\"}]}],\"properties\":[\"subject\"],"
					+ "\"sorts\":[{\"propertyName\":\"hs_object_id\",\"direction\":\"ASCENDING\"}],\"limit\":200"
					+ (after == null ? "" : ",\"after\":\"" + after + "\"") + "}", 200);
			page.path("results").forEach(t -> bySubject.merge(t.path("properties").path("subject").asText(), 1, Integer::sum));
			JsonNode next = page.path("paging").path("next").path("after");
			after = next.isMissingNode() || next.isNull() ? null : next.asText();
		} while (after != null);
		return bySubject;
	}
}
