package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.pipedesk.core.api.DomainEvent;
import org.pipedesk.core.api.NewPipeline;
import org.pipedesk.core.api.NewStatus;
import org.pipedesk.core.api.PipelineInfo;
import org.pipedesk.core.api.PipelineService;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.TicketState;
import org.pipedesk.core.api.DomainEventListener;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The email channel end to end through real protocols: GreenMail (SMTP and IMAP, started by the build beside the
 * OSGi runtime) holds the support and customer mailboxes; the server reads the support mailbox over IMAP (the test
 * asks for a poll through the API instead of waiting for the timer) and sends over SMTP from its durable queue.
 * Each test uses addresses of its own, so the H2 and PostgreSQL runs and the tests never share a mailbox.
 * <p>
 * These tests look at the channel itself, so their channels file tickets into a pipeline without automation
 * ({@link #plainPipeline}): the seeded Support pipeline answers every new email ticket with "Ticket received" and
 * moves tickets on replies (that flow is {@link MailFlowIT}'s), and here every mail in a customer's mailbox and on a
 * ticket's thread must be the channel's own doing.
 */
@org.junit.jupiter.api.extension.ExtendWith(RunAsSystem.class)
class EmailChannelIT {
	private static final List<DomainEvent> EVENTS = new CopyOnWriteArrayList<>();
	private static ServiceRegistration<DomainEventListener> listener;
	/** New, Waiting on contact, Waiting on us, Closed, as the Support pipeline, but without automation rules. */
	private static String plainPipeline;
	/** Its statuses in order. */
	private static List<String> plain;

	@BeforeAll
	static void listen() {
		awaitPort(Mailer.smtpPort());
		awaitPort(Mailer.imapPort());
		listener = FrameworkUtil.getBundle(EmailChannelIT.class).getBundleContext()
				.registerService(DomainEventListener.class, EVENTS::add, null);
		PipelineInfo pipeline = supportLikePipeline("Mail plain");
		plainPipeline = pipeline.id();
		plain = pipeline.statuses().stream().map(StatusInfo::id).toList();
	}

	/** A pipeline with the Support pipeline's statuses and no automation. */
	static PipelineInfo supportLikePipeline(String label) {
		return Osgi.service(PipelineService.class).create(new NewPipeline(label + " " + UUID.randomUUID(), null,
				List.of(new NewStatus("New", null, TicketState.OPEN),
						new NewStatus("Waiting on contact", null, TicketState.OPEN),
						new NewStatus("Waiting on us", null, TicketState.OPEN),
						new NewStatus("Closed", null, TicketState.CLOSED))));
	}

	/** GreenMail starts beside the build, in parallel with the OSGi runtime: wait until it listens. */
	static void awaitPort(int port) {
		long deadline = System.currentTimeMillis() + 30_000;
		while (true) {
			try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
				return;
			} catch (java.io.IOException e) {
				if (System.currentTimeMillis() > deadline) {
					throw new AssertionError("GreenMail does not listen on " + port, e);
				}
				sleep(200);
			}
		}
	}

	@AfterAll
	static void stopListening() {
		listener.unregister();
	}

	static String unique(String name) {
		return name + "-" + System.nanoTime() + "@" + (name.startsWith("support") ? "pipedesk.test" : "example.test");
	}

	/**
	 * Creates a channel reading {@code support}'s GreenMail mailbox into the pipeline without automation; returns its
	 * id. Its timer is off ({@code enabled: false}) so that the test's polls through the API see every message.
	 */
	private static String channel(String support, String extraJson) {
		return channel(support, extraJson, plainPipeline, plain.get(0), false);
	}

	/** A channel into the pipeline and status given; {@code enabled}: read by the server's own IDLE or timer. */
	static String channel(String support, String extraJson, String pipelineId, String statusId, boolean enabled) {
		String json = "{\"name\":\"Support\",\"address\":\"" + support + "\",\"imap\":{\"host\":\"127.0.0.1\",\"port\":"
				+ Mailer.imapPort() + ",\"tls\":\"NONE\",\"user\":\"" + support + "\",\"password\":\"" + support
				+ "\"},\"smtp\":{\"host\":\"127.0.0.1\",\"port\":" + Mailer.smtpPort()
				+ ",\"tls\":\"NONE\"},\"pipelineId\":\"" + pipelineId + "\",\"statusId\":\"" + statusId
				+ "\",\"enabled\":" + enabled + extraJson + "}";
		Http.Reply reply = awaitApi(() -> Http.post("/pipedesk/v1/channels/email", json));
		return reply.ok(201).path("id").asText();
	}

	/** The REST whiteboard registers resources one by one: wait until ours answer. */
	static Http.Reply awaitApi(Supplier<Http.Reply> call) {
		long deadline = System.currentTimeMillis() + 30_000;
		Http.Reply reply = call.get();
		while (reply.status() == 404 && System.currentTimeMillis() < deadline) {
			sleep(200);
			reply = call.get();
		}
		return reply;
	}

	static int poll(String channelId) {
		return Http.post("/pipedesk/v1/channels/email/" + channelId + "/poll", null).ok(200).path("processed").asInt();
	}

	static JsonNode ticketBySubject(String subject) {
		JsonNode results = Http.post("/crm/v3/objects/tickets/search", "{\"filterGroups\":[{\"filters\":[{"
				+ "\"propertyName\":\"subject\",\"operator\":\"EQ\",\"value\":\"" + subject + "\"}]}]}").ok(200)
				.path("results");
		assertEquals(1, results.size(), results.toString());
		return results.get(0);
	}

	static JsonNode emails(String ticketId) {
		return Http.get("/pipedesk/v1/tickets/" + ticketId + "/emails").ok(200).path("results");
	}

	static <T> T await(String what, Supplier<T> value, java.util.function.Predicate<T> done) {
		return await(what, value, done, 30_000);
	}

	static <T> T await(String what, Supplier<T> value, java.util.function.Predicate<T> done, long timeoutMillis) {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		T v = value.get();
		while (!done.test(v)) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting for " + what + ": " + v);
			}
			sleep(200);
			v = value.get();
		}
		return v;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private static long events(Class<? extends DomainEvent> type, long ticketId) {
		return EVENTS.stream().filter(type::isInstance).filter(e -> switch (e) {
		case DomainEvent.CustomerReplied r -> r.ticket().id() == ticketId;
		case DomainEvent.EmailSentToCustomer s -> s.ticket().id() == ticketId;
		default -> false;
		}).count();
	}

	@Test
	void internalNotificationsAreMailedToTheirUserOutsideTheCustomersConversation() {
		String support = unique("support");
		String customer = unique("cora");
		String agentAddress = unique("agent");
		String agent = Http.post("/pipedesk/v1/users", "{\"name\":\"Agent\",\"email\":\"" + agentAddress
				+ "\",\"permissions\":{\"view\":\"ALL\",\"edit\":\"ALL\",\"delete\":\"NONE\",\"unassigned\":true}}")
				.ok(201).path("id").asText();
		String subject = "Notify the agent " + System.nanoTime();
		Mailer.sendRaw(customer, support, Mailer.mail("<notify-" + System.nanoTime() + "@example.test>", customer,
				support, subject, "", "Please look."));
		assertEquals(1, poll(channel(support, "")));
		String ticketId = ticketBySubject(subject).path("id").asText();
		Http.post("/pipedesk/v1/automation/pipelines/" + plainPipeline + "/rules", "{\"label\":\"Tell the agent\","
				+ "\"triggerType\":\"ticket.entered-status\",\"triggerParameters\":{\"statusId\":\"" + plain.get(2)
				+ "\"},\"actions\":[{\"actionType\":\"notify\",\"parameters\":{\"recipientKind\":\"USER\","
				+ "\"recipient\":\"" + agent + "\",\"message\":\"Look at {{ticket.subject}}\"}}]}").ok(201);
		Http.patch("/crm/v3/objects/tickets/" + ticketId, "{\"properties\":{\"hs_pipeline_stage\":\"" + plain.get(2)
				+ "\"}}").ok(200);

		List<Mailer.Received> inbox = await("the notification in the agent's mailbox", () -> Mailer.inbox(agentAddress),
				l -> l.size() == 1);
		assertTrue(inbox.get(0).raw().contains("Look at " + subject), inbox.get(0).raw());
		assertTrue(inbox.get(0).subject().contains("Ticket " + ticketId), inbox.get(0).subject());
		// internal: not in the customer's conversation, not to the customer, no customer-facing event
		assertEquals(1, emails(ticketId).size(), emails(ticketId).toString());
		assertEquals(0, Mailer.inbox(customer).size());
		assertEquals(0, events(DomainEvent.EmailSentToCustomer.class, Long.parseLong(ticketId)));
	}

	@Test
	void newMailMakesATicketAgentReplyIsThreadedCustomerReplyIsAddedOnceAndFiresTheEvent() {
		String support = unique("support");
		String customer = unique("ann");
		String subject = "Printer on fire " + System.nanoTime();
		String firstId = "<first-" + System.nanoTime() + "@example.test>";
		Mailer.sendRaw(customer, support, Mailer.mail(firstId, "Ann <" + customer + ">", support, subject, "",
				"It is burning."));
		String channelId = channel(support, "");
		assertEquals(1, poll(channelId));

		JsonNode ticket = ticketBySubject(subject);
		String ticketId = ticket.path("id").asText();
		assertEquals(plain.get(0), ticket.path("properties").path("hs_pipeline_stage").asText());
		JsonNode full = Http.get("/crm/v3/objects/tickets/" + ticketId).ok(200).path("properties");
		assertEquals("EMAIL", full.path("source_type").asText());
		assertTrue(full.path("content").asText().contains("It is burning."), full.toString());
		JsonNode thread = emails(ticketId);
		assertEquals(1, thread.size());
		assertEquals("IN", thread.get(0).path("direction").asText());
		assertEquals("RECEIVED", thread.get(0).path("state").asText());
		assertEquals("NONE", thread.get(0).path("threadRule").asText());
		assertEquals(customer, thread.get(0).path("from").asText());
		assertEquals(0, poll(channelId), "a second poll reads nothing new");

		// the agent answers from the ticket: queued, sent over SMTP with threading headers, event fired once
		JsonNode queued = Http.post("/pipedesk/v1/tickets/" + ticketId + "/emails", "{\"text\":\"We are on it.\"}")
				.ok(202);
		assertEquals("QUEUED", queued.path("state").asText());
		assertEquals(customer, queued.path("to").asText());
		List<Mailer.Received> inbox = await("the agent's answer in the customer's mailbox",
				() -> Mailer.inbox(customer), l -> l.size() == 1);
		Mailer.Received answer = inbox.get(0);
		assertEquals(firstId, answer.inReplyTo());
		assertTrue(answer.references().contains(firstId), answer.references());
		assertTrue(answer.subject().contains("[#PD-" + ticketId + "]"), answer.subject());
		assertTrue(answer.raw().contains("We are on it."));
		assertEquals(queued.path("messageId").asText(), answer.messageId());
		await("the message marked SENT", () -> emails(ticketId).get(1).path("state").asText(), "SENT"::equals);
		assertEquals(1, events(DomainEvent.EmailSentToCustomer.class, Long.parseLong(ticketId)));

		// the customer replies on the thread: added to the same ticket, "customer replied" once
		String replyId = "<reply-" + System.nanoTime() + "@example.test>";
		String reply = Mailer.mail(replyId, customer, support, "Re: " + answer.subject(),
				"In-Reply-To: " + answer.messageId() + "\r\nReferences: " + firstId + " " + answer.messageId() + "\r\n",
				"Still burning.");
		Mailer.sendRaw(customer, support, reply);
		assertEquals(1, poll(channelId));
		thread = emails(ticketId);
		assertEquals(3, thread.size(), thread.toString());
		assertEquals("IN_REPLY_TO", thread.get(2).path("threadRule").asText());
		assertTrue(thread.get(2).path("statusUpdate").asBoolean());
		assertEquals(1, events(DomainEvent.CustomerReplied.class, Long.parseLong(ticketId)));

		// the same message delivered again (same Message-ID, new UID): read, but no second change
		Mailer.sendRaw(customer, support, reply);
		assertEquals(1, poll(channelId));
		assertEquals(3, emails(ticketId).size());
		assertEquals(1, events(DomainEvent.CustomerReplied.class, Long.parseLong(ticketId)));
		JsonNode mailbox = Http.get("/pipedesk/v1/channels/email/" + channelId).ok(200).path("mailbox");
		assertEquals(3, mailbox.path("lastUid").asLong(), mailbox.toString());
	}

	@Test
	void forwardsAgentMailboxesAutoRepliesAndNewThreadsAreAddedWithoutStatusUpdateUnlessReopened() {
		String support = unique("support");
		String agent = unique("agent");
		String customer = unique("bob");
		String subject = "Invoice wrong " + System.nanoTime();
		String firstId = "<first-" + System.nanoTime() + "@example.test>";
		Mailer.sendRaw(customer, support, Mailer.mail(firstId, customer, support, subject, "", "Please fix."));
		String channelId = channel(support, ",\"agentAddresses\":[\"" + agent + "\"]");
		assertEquals(1, poll(channelId));
		String ticketId = ticketBySubject(subject).path("id").asText();
		String onThread = "In-Reply-To: " + firstId + "\r\n";
		Mailer.sendRaw(customer, support, Mailer.mail("<f-" + System.nanoTime() + "@x>", customer, support,
				"Fwd: " + subject, onThread, "forwarded"));
		Mailer.sendRaw(customer, support, Mailer.mail("<rf-" + System.nanoTime() + "@x>", customer, support,
				"Re: Fwd: " + subject, onThread, "reply to a forward"));
		Mailer.sendRaw(agent, support, Mailer.mail("<a-" + System.nanoTime() + "@x>", agent, support,
				"Re: " + subject, onThread, "from the agent's own mailbox"));
		Mailer.sendRaw(customer, support, Mailer.mail("<o-" + System.nanoTime() + "@x>", customer, support,
				"Out of office", onThread + "Auto-Submitted: auto-replied\r\n", "I am away"));
		Mailer.sendRaw(customer, support, Mailer.mail("<t-" + System.nanoTime() + "@x>", customer, support,
				"Another thing [#PD-" + ticketId + "]", "", "a new thread on the ticket"));
		assertEquals(5, poll(channelId));
		JsonNode thread = emails(ticketId);
		assertEquals(6, thread.size(), thread.toString());
		List<String> notes = new ArrayList<>();
		for (int i = 1; i < 6; i++) {
			assertFalse(thread.get(i).path("statusUpdate").asBoolean(), thread.get(i).toString());
			notes.add(thread.get(i).path("threadNote").asText());
		}
		assertTrue(notes.get(0).startsWith("forwarded"), notes.toString());
		assertTrue(notes.get(1).startsWith("reply to a forwarded"), notes.toString());
		assertTrue(notes.get(2).contains("agent"), notes.toString());
		assertTrue(notes.get(3).contains("machine"), notes.toString());
		assertTrue(notes.get(4).contains("new thread"), notes.toString());
		assertEquals("SUBJECT_TOKEN", thread.get(5).path("threadRule").asText());
		assertEquals(0, events(DomainEvent.CustomerReplied.class, Long.parseLong(ticketId)));

		// closed and reopened: a new thread on the ticket counts as the customer replying
		Http.patch("/crm/v3/objects/tickets/" + ticketId, "{\"properties\":{\"hs_pipeline_stage\":\"" + plain.get(3)
				+ "\"}}").ok(200);
		Http.patch("/crm/v3/objects/tickets/" + ticketId, "{\"properties\":{\"hs_pipeline_stage\":\"" + plain.get(0)
				+ "\"}}").ok(200);
		Mailer.sendRaw(customer, support, Mailer.mail("<t2-" + System.nanoTime() + "@x>", customer, support,
				"One more thing [#PD-" + ticketId + "]", "", "after the reopening"));
		assertEquals(1, poll(channelId));
		JsonNode reopened = emails(ticketId).get(6);
		assertTrue(reopened.path("statusUpdate").asBoolean(), reopened.toString());
		assertEquals(1, events(DomainEvent.CustomerReplied.class, Long.parseLong(ticketId)));
	}

	@Test
	void bouncesAndUnreadableMailNeverMakeTicketsAndTheReasonIsInTheApi() {
		String support = unique("support");
		String channelId = channel(support, "");
		Mailer.sendRaw("mailer-daemon@example.test", support, Mailer.mail("<b-" + System.nanoTime() + "@x>",
				"Mail Delivery System <MAILER-DAEMON@example.test>", support, "Undelivered Mail Returned to Sender",
				"", "The mail system could not deliver your message."));
		Mailer.sendRaw("nobody@example.test", support, "Subject: no sender at all\r\nMessage-ID: <q-" + System.nanoTime()
				+ "@x>\r\n\r\nwho sent this?\r\n");
		assertEquals(2, poll(channelId));
		JsonNode ignored = Http.get("/pipedesk/v1/channels/email/" + channelId + "/messages?state=IGNORED").ok(200)
				.path("results");
		assertEquals(1, ignored.size(), ignored.toString());
		assertTrue(ignored.get(0).path("reason").asText().contains("mail loop"), ignored.toString());
		JsonNode quarantined = Http.get("/pipedesk/v1/channels/email/" + channelId + "/messages").ok(200)
				.path("results");
		assertEquals(1, quarantined.size(), quarantined.toString());
		assertTrue(quarantined.get(0).path("reason").asText().contains("sender"), quarantined.toString());
	}

	@Test
	void mailFromAContactRecordFiresNoTicketEventAndFailedSendsAreRetriedVisibly() {
		String support = unique("support");
		String customer = unique("cleo");
		String channelId = channel(support, "");
		int before = EVENTS.size();
		Http.post("/pipedesk/v1/channels/email/" + channelId + "/send",
				"{\"to\":\"" + customer + "\",\"subject\":\"Hello\",\"text\":\"A note from your account manager\"}")
				.ok(202);
		await("the contact's mail", () -> Mailer.inbox(customer), l -> l.size() == 1);
		assertTrue(EVENTS.subList(before, EVENTS.size()).stream()
				.noneMatch(e -> e instanceof DomainEvent.EmailSentToCustomer), EVENTS.toString());

		// SMTP down: the attempt fails, the error is visible, the message stays queued and goes once SMTP is back
		String subject = "Retry me " + System.nanoTime();
		Mailer.sendRaw(customer, support, Mailer.mail("<r-" + System.nanoTime() + "@x>", customer, support, subject,
				"", "hello"));
		assertEquals(1, poll(channelId));
		String ticketId = ticketBySubject(subject).path("id").asText();
		Http.patch("/pipedesk/v1/channels/email/" + channelId, "{\"smtp\":{\"port\":1}}").ok(200);
		Http.post("/pipedesk/v1/tickets/" + ticketId + "/emails", "{\"text\":\"answer\"}").ok(202);
		JsonNode failing = await("a failed attempt", () -> emails(ticketId).get(1),
				m -> m.path("attempts").asInt() >= 1);
		assertEquals("QUEUED", failing.path("state").asText());
		assertFalse(failing.path("lastError").asText().isBlank(), failing.toString());
		Http.patch("/pipedesk/v1/channels/email/" + channelId, "{\"smtp\":{\"port\":" + Mailer.smtpPort() + "}}")
				.ok(200);
		await("the retried message SENT", () -> emails(ticketId).get(1).path("state").asText(), "SENT"::equals);
		assertEquals(2, await("the answer", () -> Mailer.inbox(customer), l -> l.size() == 2).size());
	}

	/**
	 * One poll reads its messages in one transaction and creates their tickets together: a refused ticket change
	 * quarantines its message only, and a reply to a conversation of the same batch lands on that conversation's ticket.
	 */
	@Test
	void aBatchQuarantinesRefusedTicketsOnlyAndThreadsRepliesWithinTheBatch() {
		PipelineInfo pipeline = supportLikePipeline("Batch");
		String newStatus = pipeline.statuses().get(0).id();
		String properties = "/pipedesk/v1/pipelines/" + pipeline.id() + "/stages/" + newStatus + "/properties";
		Http.put(properties, "{\"statusProperties\":[{\"name\":\"hs_ticket_priority\",\"required\":true}]}").ok(200);
		String support = unique("support");
		String customer = unique("gus");
		String channelId = channel(support, "", pipeline.id(), newStatus, false);
		String refusedA = "Refused A " + System.nanoTime();
		Mailer.sendRaw(customer, support, Mailer.mail("<a-" + System.nanoTime() + "@x>", customer, support, refusedA, "",
				"needs a priority"));
		Mailer.sendRaw("mailer-daemon@example.test", support, Mailer.mail("<b-" + System.nanoTime() + "@x>",
				"MAILER-DAEMON@example.test", support, "Undelivered Mail", "", "bounce"));
		Mailer.sendRaw(customer, support, Mailer.mail("<c-" + System.nanoTime() + "@x>", customer, support,
				"Refused C " + System.nanoTime(), "", "needs a priority too"));
		assertEquals(3, poll(channelId));
		JsonNode quarantined = Http.get("/pipedesk/v1/channels/email/" + channelId + "/messages").ok(200)
				.path("results");
		assertEquals(2, quarantined.size(), quarantined.toString());
		quarantined.forEach(m -> assertTrue(m.path("reason").asText().contains("hs_ticket_priority"), m.toString()));
		assertEquals(1, Http.get("/pipedesk/v1/channels/email/" + channelId + "/messages?state=IGNORED").ok(200)
				.path("results").size());
		assertEquals(3, Http.get("/pipedesk/v1/channels/email/" + channelId).ok(200).path("mailbox").path("lastUid")
				.asLong(), "the position moved past all three");
		assertEquals(0, poll(channelId));

		// no requirement any more: a new conversation and the reply to it, read in one poll, make one ticket
		Http.put(properties, "{\"statusProperties\":[]}").ok(200);
		String subject = "Fine now " + System.nanoTime();
		String firstId = "<e-" + System.nanoTime() + "@example.test>";
		Mailer.sendRaw(customer, support, Mailer.mail(firstId, customer, support, subject, "", "first"));
		Mailer.sendRaw(customer, support, Mailer.mail("<f-" + System.nanoTime() + "@x>", customer, support,
				"Re: " + subject, "In-Reply-To: " + firstId + "\r\n", "and more"));
		assertEquals(2, poll(channelId));
		JsonNode thread = emails(ticketBySubject(subject).path("id").asText());
		assertEquals(2, thread.size(), thread.toString());
		assertEquals("IN_REPLY_TO", thread.get(1).path("threadRule").asText());
	}

	/**
	 * A backlog of more than one batch is read in one poll, batch after batch in mailbox order (the next batch is
	 * fetched and parsed while the one before is written, and each batch's rows are written per kind, not per
	 * message): replies thread onto conversations of the same and of an earlier batch, a reply to a reply of the same
	 * batch onto the same ticket, a second copy of a Message-ID in the batch is a duplicate, and a sender's contact
	 * takes the name that a later mail of the batch gives.
	 */
	@Test
	void aBacklogIsReadBatchAfterBatchInMailboxOrder() {
		PipelineInfo pipeline = supportLikePipeline("Backlog");
		String support = unique("support");
		String channelId = channel(support, "", pipeline.id(), pipeline.statuses().get(0).id(), false);
		String run = Long.toString(System.nanoTime());
		String nameless = unique("nameless");
		for (int i = 0; i < 100; i++) { // the first batch: 99 new conversations and a reply to one of them
			String from = i == 0 ? nameless : i == 5 ? "Named Later <" + nameless + ">" : unique("backlog");
			String header = i == 50 ? "In-Reply-To: " + backlogId(10, run) + "\r\n" : "";
			Mailer.sendRaw(from.contains("<") ? nameless : from, support, Mailer.mail(backlogId(i, run), from, support,
					(i == 50 ? "Re: Backlog 10 " : "Backlog " + i + " ") + run, header, "message " + i));
		}
		for (int i = 100; i < 110; i++) { // the second: replies to the first batch, the last to a reply of its own
			String replyTo = i == 109 ? backlogId(100, run) : backlogId(i - 100, run);
			Mailer.sendRaw(nameless, support, Mailer.mail(backlogId(i, run), nameless, support, "Re: Backlog " + run,
					"In-Reply-To: " + replyTo + "\r\n", "reply " + i));
		}
		Mailer.sendRaw(nameless, support, Mailer.mail(backlogId(109, run), nameless, support, "Re: again " + run,
				"In-Reply-To: " + backlogId(100, run) + "\r\n", "the same Message-ID again"));
		assertEquals(111, poll(channelId));

		assertEquals(99, Http.post("/crm/v3/objects/tickets/search", "{\"filterGroups\":[{\"filters\":[{\"propertyName\":"
				+ "\"hs_pipeline\",\"operator\":\"EQ\",\"value\":\"" + pipeline.id() + "\"}]}],\"limit\":1}").ok(200)
				.path("total").asInt(), "a ticket per new conversation, none for replies and the duplicate");
		JsonNode first = emails(ticketBySubject("Backlog 0 " + run).path("id").asText());
		assertEquals(List.of(backlogId(0, run), backlogId(100, run), backlogId(109, run)),
				first.findValuesAsText("messageId"), "the thread in mailbox order: " + first);
		assertEquals(List.of("NONE", "IN_REPLY_TO", "IN_REPLY_TO"), first.findValuesAsText("threadRule"));
		JsonNode tenth = emails(ticketBySubject("Backlog 10 " + run).path("id").asText());
		assertEquals(List.of(backlogId(10, run), backlogId(50, run)), tenth.findValuesAsText("messageId"),
				"a reply to a new conversation of the same batch: " + tenth);
		assertEquals("Named Later", Http.get("/pipedesk/v1/contacts?email=" + nameless).ok(200).path("results").get(0)
				.path("name").asText(), "the first name a mail of the batch gave");
		assertEquals(0, poll(channelId));
	}

	private static String backlogId(int i, String run) {
		return "<backlog-" + i + "-" + run + "@example.test>";
	}

	@Test
	void passwordsAreNeverEchoedAndBadSettingsAreRefusedAllAtOnce() {
		String support = unique("support");
		String json = "{\"name\":\"S\",\"address\":\"" + support + "\",\"imap\":{\"host\":\"imap.example.test\","
				+ "\"port\":993,\"tls\":\"SSL\",\"user\":\"u\",\"password\":\"s3cret-never-echoed\"},\"smtp\":{"
				+ "\"host\":\"smtp.example.test\",\"user\":\"u\",\"password\":\"s3cret-never-echoed\"},"
				+ "\"pipelineId\":\"0\",\"statusId\":\"1\",\"enabled\":false}";
		JsonNode created = awaitApi(() -> Http.post("/pipedesk/v1/channels/email", json)).ok(201);
		assertFalse(created.toString().contains("s3cret"), created.toString());
		assertTrue(created.path("imap").path("passwordSet").asBoolean());
		assertEquals("STARTTLS", created.path("smtp").path("tls").asText());
		assertEquals(587, created.path("smtp").path("port").asInt());
		assertFalse(Http.get("/pipedesk/v1/channels/email").ok(200).toString().contains("s3cret"));
		Http.post("/pipedesk/v1/channels/email", json).error(409, "CONFLICT");

		JsonNode bad = Http.post("/pipedesk/v1/channels/email", "{\"address\":\"nope\",\"imap\":{\"port\":0},"
				+ "\"smtp\":{\"host\":\"h\"},\"pipelineId\":\"0\",\"statusId\":\"999\",\"pollSeconds\":0}")
				.error(400, "VALIDATION_ERROR");
		List<String> fields = new ArrayList<>();
		bad.path("errors").forEach(e -> fields.add(e.path("in").asText()));
		for (String field : List.of("name", "address", "imap.host", "imap.port", "imap.user", "statusId",
				"pollSeconds")) {
			assertTrue(fields.contains(field), field + " in " + fields);
		}
		assertNotNull(created.path("id").asText());
	}

	/**
	 * Status-update triggers set through the Automate API on a pipeline of the test's own move the ticket when the
	 * agent's email is sent (Waiting on contact) and when the customer replies (Waiting on us); a forwarded reply moves
	 * nothing. (The seeded Support pipeline's triggers, with "Ticket received" and "Ticket closed": MailFlowIT.)
	 */
	@Test
	void agentEmailAndCustomerReplyMoveTheTicketThroughTheStatusUpdateTriggers() {
		PipelineInfo pipeline = supportLikePipeline("Mail");
		List<String> s = pipeline.statuses().stream().map(StatusInfo::id).toList();
		awaitApi(() -> Http.put("/pipedesk/v1/automation/pipelines/" + pipeline.id() + "/status-update-triggers",
				"{\"emailSentToCustomer\":{\"enabled\":true,\"statusId\":\"" + s.get(1) + "\"},"
						+ "\"customerReplied\":{\"enabled\":true,\"statusId\":\"" + s.get(2) + "\"}}")).ok(200);
		String support = unique("support");
		String customer = unique("dora");
		String subject = "Cannot log in " + System.nanoTime();
		String firstId = "<first-" + System.nanoTime() + "@example.test>";
		String channelId = channel(support, "", pipeline.id(), s.get(0), false);
		Mailer.sendRaw(customer, support, Mailer.mail(firstId, customer, support, subject, "", "Help"));
		assertEquals(1, poll(channelId));
		String ticketId = ticketBySubject(subject).path("id").asText();
		Supplier<String> status = () -> Http.get("/crm/v3/objects/tickets/" + ticketId).ok(200).path("properties")
				.path("hs_pipeline_stage").asText();
		assertEquals(s.get(0), status.get());

		Http.post("/pipedesk/v1/tickets/" + ticketId + "/emails", "{\"text\":\"Try resetting.\"}").ok(202);
		await("Waiting on contact", status, s.get(1)::equals);
		Mailer.Received answer = await("the answer", () -> Mailer.inbox(customer), l -> l.size() == 1).get(0);

		Mailer.sendRaw(customer, support, Mailer.mail("<f-" + System.nanoTime() + "@x>", customer, support,
				"Fwd: " + answer.subject(), "In-Reply-To: " + answer.messageId() + "\r\n", "to my colleague"));
		assertEquals(1, poll(channelId));
		sleep(1500); // the automation worker polls every 500 ms: give a wrong move the time to happen
		assertEquals(s.get(1), status.get(), "a forwarded email moves nothing");

		Mailer.sendRaw(customer, support, Mailer.mail("<r-" + System.nanoTime() + "@x>", customer, support,
				"Re: " + answer.subject(), "In-Reply-To: " + answer.messageId() + "\r\n", "Did not work."));
		assertEquals(1, poll(channelId));
		await("Waiting on us", status, s.get(2)::equals);
	}

	@Test
	void attachmentsAreStoredWithinTheConfiguredLimits() throws Exception {
		org.osgi.service.cm.Configuration limits = Osgi.service(org.osgi.service.cm.ConfigurationAdmin.class)
				.getConfiguration("org.pipedesk.channel.email", "?");
		java.util.Dictionary<String, Object> properties = new java.util.Hashtable<>();
		properties.put("maxAttachments", 1);
		limits.update(properties);
		try {
			sleep(1000); // ConfigAdmin hands the change to the component asynchronously
			String support = unique("support");
			String customer = unique("eve");
			String subject = "Two files " + System.nanoTime();
			String channelId = channel(support, "");
			String raw = "From: " + customer + "\r\nTo: " + support + "\r\nSubject: " + subject + "\r\nMessage-ID: <a-"
					+ System.nanoTime() + "@x>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n"
					+ "--B\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>See <b>files</b><script>x()</script></p>\r\n"
					+ "--B\r\nContent-Type: application/pdf; name=\"a.pdf\"\r\nContent-Disposition: attachment; "
					+ "filename=\"a.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
					+ "--B\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=\"b.png\"\r\n"
					+ "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--B--\r\n";
			Mailer.sendRaw(customer, support, raw);
			assertEquals(1, poll(channelId));
			JsonNode message = emails(ticketBySubject(subject).path("id").asText()).get(0);
			assertEquals(1, message.path("attachments").size(), message.toString());
			assertEquals("a.pdf", message.path("attachments").get(0).path("fileName").asText());
			assertEquals(9, message.path("attachments").get(0).path("size").asInt());
			assertTrue(message.path("problems").asText().contains("b.png skipped"), message.toString());
			assertEquals("<p>See <b>files</b></p>", message.path("html").asText());
			assertEquals("See files", message.path("text").asText());
		} finally {
			limits.delete();
		}
	}

	/** Automation's outbound mail goes through the same queue, on the ticket's thread, once per idempotency key. */
	@Test
	void automationMailUsesTheSameQueueOncePerKeyAndIsMarkedAutoSubmitted() throws Exception {
		String support = unique("support");
		String customer = unique("finn");
		String subject = "Auto " + System.nanoTime();
		String firstId = "<first-" + System.nanoTime() + "@example.test>";
		String channelId = channel(support, "");
		Mailer.sendRaw(customer, support, Mailer.mail(firstId, customer, support, subject, "", "hi"));
		assertEquals(1, poll(channelId));
		long ticketId = Long.parseLong(ticketBySubject(subject).path("id").asText());
		org.pipedesk.automation.api.OutboundMail mail = Osgi.service(org.pipedesk.automation.api.OutboundMail.class);
		var message = new org.pipedesk.automation.api.OutboundMail.MailMessage(null, "Ticket received", null,
				"We got your ticket.", ticketId, "rule-1/action-1/run-" + ticketId, java.util.Map.of());
		String id = org.pipedesk.core.api.CallerContext.callAs(org.pipedesk.core.api.Caller.system("automation"), () -> {
			try {
				return mail.send(message);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		assertEquals(id, org.pipedesk.core.api.CallerContext.callAs(org.pipedesk.core.api.Caller.system("automation"),
				() -> {
					try {
						return mail.send(message); // a retried action: the same message, nothing queued
					} catch (Exception e) {
						throw new AssertionError(e);
					}
				}));
		Mailer.Received received = await("the automatic mail", () -> Mailer.inbox(customer), l -> l.size() == 1).get(0);
		assertEquals(id, received.messageId());
		assertEquals("auto-generated", received.autoSubmitted());
		assertEquals(firstId, received.inReplyTo());
		sleep(1000);
		assertEquals(1, Mailer.inbox(customer).size());
		assertEquals(0, events(DomainEvent.EmailSentToCustomer.class, ticketId));
	}
}
