package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.pipedesk.automation.api.OutboundMail;
import org.pipedesk.core.api.PipelineInfo;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.spi.DeskStore;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The whole email flow with the automation a new desk is seeded with (issue 4 point 9, issue 5 points 7 and 8),
 * through real protocols: the customer's mail goes over SMTP into GreenMail, the server watches the support mailbox
 * with IMAP IDLE, the seeded rules of the Support pipeline answer, move and close, and the customer's IMAP mailbox
 * receives "Ticket received" and "Ticket closed" on the thread. The main flow creates no rules of its own.
 */
@org.junit.jupiter.api.extension.ExtendWith(RunAsSystem.class)
class MailFlowIT {
	private static final String AUTOMATION = "/pipedesk/v1/automation";
	/**
	 * How long mail read through IDLE may take: well under a second normally, at most the IDLE renewal (60 s) if the
	 * server's notification was lost (GreenMail can lose one that arrives as IDLE starts), never the hourly poll.
	 */
	private static final long IDLE_WAIT = 90_000;

	@BeforeAll
	static void servers() {
		EmailChannelIT.awaitPort(Mailer.smtpPort());
		EmailChannelIT.awaitPort(Mailer.imapPort());
		EmailChannelIT.await("the automation and contacts APIs", () -> Http.get(AUTOMATION + "/templates").status() == 200
				&& Http.get("/pipedesk/v1/contacts?email=nobody@example.test").status() == 200, ready -> ready);
	}

	private static String status(String ticketId) {
		return Http.get("/crm/v3/objects/tickets/" + ticketId).ok(200).path("properties").path("hs_pipeline_stage")
				.asText();
	}

	/** The ticket's runs of a rule, once {@code count} of them finished (not QUEUED). */
	private static List<JsonNode> finishedRuns(String ticketId, String ruleId, int count) {
		return EmailChannelIT.await(count + " finished run(s) of rule " + ruleId + " for ticket " + ticketId, () -> {
			List<JsonNode> runs = new ArrayList<>();
			Http.get(AUTOMATION + "/runs?limit=100&ticketId=" + ticketId).ok(200).path("results").forEach(run -> {
				if (run.path("ruleId").asText().equals(ruleId) && !run.path("state").asText().equals("QUEUED")) {
					runs.add(run);
				}
			});
			return runs;
		}, runs -> runs.size() >= count);
	}

	/** The seeded Support pipeline's rule whose trigger is {@code triggerType} (with the status, if given). */
	private static String seededRule(String triggerType, String statusId) {
		for (JsonNode rule : Http.get(AUTOMATION + "/pipelines/0/rules").ok(200).path("results")) {
			if (rule.path("triggerType").asText().equals(triggerType) && (statusId == null
					|| statusId.equals(rule.path("triggerParameters").path("statusId").asText()))) {
				return rule.path("id").asText();
			}
		}
		throw new AssertionError("no seeded rule " + triggerType + " " + statusId);
	}

	@Test
	void theSeededAutomationAnswersMovesAndClosesTheCustomersTicketByMail() {
		// the seed: HubSpot's status update triggers and status chains on the Support pipeline, in configuration version 1
		JsonNode triggers = Http.get(AUTOMATION + "/pipelines/0/status-update-triggers").ok(200);
		assertEquals("{\"enabled\":true,\"statusId\":\"2\"}", triggers.path("emailSentToCustomer").toString());
		assertEquals("{\"enabled\":true,\"statusId\":\"3\"}", triggers.path("customerReplied").toString());
		JsonNode chains = Http.get(AUTOMATION + "/pipelines/0/status-chains").ok(200).path("results");
		JsonNode received = chains.get(0).path("rules").get(0);
		assertEquals("ticket-received", received.path("actions").get(0).path("parameters").path("templateId").asText());
		assertEquals("[\"EMAIL\",\"FORM\"]", received.path("sources").toString());
		assertTrue(received.path("available").asBoolean(), received.toString());
		assertEquals("ticket-closed", chains.get(3).path("rules").get(0).path("actions").get(0).path("parameters")
				.path("templateId").asText());
		JsonNode seeded = Http.get("/pipedesk/v1/configuration/versions/1").ok(200);
		assertEquals(4, seeded.path("desk").path("pipelines").get(0).path("rules").size(), "seeded with the pipeline");

		// a channel on the Support pipeline, watched with IMAP IDLE: a poll every hour only, so IDLE must deliver
		String support = EmailChannelIT.unique("support");
		String customer = EmailChannelIT.unique("ann");
		// GreenMail makes a mailbox on its first delivery: a bounce (ignored by the channel, no ticket) makes it
		Mailer.sendRaw("mailer-daemon@example.test", support, Mailer.mail("<b-" + System.nanoTime() + "@x>",
				"Mail Delivery System <MAILER-DAEMON@example.test>", support, "Undelivered Mail", "", "bounce"));
		String channelId = EmailChannelIT.channel(support, ",\"pollSeconds\":3600", "0", "1", true);
		try {
			mailFlow(support, customer, channelId);
		} finally {
			Http.patch("/pipedesk/v1/channels/email/" + channelId, "{\"enabled\":false}").ok(200);
		}
		EmailChannelIT.await("the IDLE session ended with the channel disabled",
				() -> Http.get("/pipedesk/v1/channels/email/" + channelId).ok(200).path("mailbox"),
				mailbox -> !mailbox.path("idle").asBoolean());
	}

	private static void mailFlow(String support, String customer, String channelId) {
		EmailChannelIT.await("the IDLE session on the support mailbox",
				() -> Http.get("/pipedesk/v1/channels/email/" + channelId).ok(200).path("mailbox"),
				mailbox -> mailbox.path("idle").asBoolean());

		String subject = "Printer on fire " + System.nanoTime();
		String firstId = "<first-" + System.nanoTime() + "@example.test>";
		long sent = System.currentTimeMillis();
		Mailer.sendRaw(customer, support, Mailer.mail(firstId, "Ann Lee <" + customer + ">", support, subject, "",
				"It is burning."));
		JsonNode ticket = EmailChannelIT.await("the ticket, read through IDLE", () -> {
			JsonNode results = Http.post("/crm/v3/objects/tickets/search", "{\"filterGroups\":[{\"filters\":[{"
					+ "\"propertyName\":\"subject\",\"operator\":\"EQ\",\"value\":\"" + subject + "\"}]}]}").ok(200)
					.path("results");
			return results.size() == 1 ? results.get(0) : null;
		}, t -> t != null, IDLE_WAIT);
		assertTrue(System.currentTimeMillis() - sent < IDLE_WAIT, "IDLE, not the hourly poll");
		String ticketId = ticket.path("id").asText();
		assertEquals("1", status(ticketId), "a new ticket is New");

		// "Ticket received" in the customer's mailbox, from the template, on the customer's thread
		Mailer.Received receipt = EmailChannelIT.await("Ticket received", () -> Mailer.inbox(customer),
				l -> l.size() == 1).get(0);
		assertEquals("We received your request: " + subject + " [#PD-" + ticketId + "]", receipt.subject());
		assertTrue(receipt.raw().contains("Hello Ann,"), receipt.raw());
		assertTrue(receipt.raw().contains("(ticket " + ticketId + ")"), receipt.raw());
		assertEquals(firstId, receipt.inReplyTo());
		assertTrue(receipt.references().contains(firstId), receipt.references());
		assertEquals("auto-generated", receipt.autoSubmitted());
		assertTrue(receipt.from().contains(support), receipt.from());
		JsonNode receivedRun = finishedRuns(ticketId, seededRule("ticket.entered-status", "1"), 1).get(0);
		assertEquals("DONE", receivedRun.path("actions").get(0).path("state").asText(), receivedRun.toString());
		assertEquals("1", status(ticketId), "an automatic email is not an agent's: no status update");

		// the agent answers from the ticket: the status update trigger moves it to Waiting on contact
		JsonNode answer = Http.post("/pipedesk/v1/tickets/" + ticketId + "/emails", "{\"text\":\"We are on it.\"}")
				.ok(202);
		EmailChannelIT.await("Waiting on contact", () -> status(ticketId), "2"::equals);
		Mailer.Received answered = EmailChannelIT.await("the agent's answer", () -> Mailer.inbox(customer),
				l -> l.size() == 2).get(1);
		assertEquals(answer.path("messageId").asText(), answered.messageId());

		// the customer replies on the thread: read through IDLE, Waiting on us
		String replyId = "<reply-" + System.nanoTime() + "@example.test>";
		Mailer.sendRaw(customer, support, Mailer.mail(replyId, customer, support, "Re: " + answered.subject(),
				"In-Reply-To: " + answered.messageId() + "\r\nReferences: " + firstId + " " + answered.messageId()
						+ "\r\n", "Still burning."));
		EmailChannelIT.await("Waiting on us", () -> status(ticketId), "3"::equals, IDLE_WAIT);

		// the agent closes the ticket: "Ticket closed" on the thread
		Http.patch("/crm/v3/objects/tickets/" + ticketId, "{\"properties\":{\"hs_pipeline_stage\":\"4\"}}").ok(200);
		Mailer.Received closed = EmailChannelIT.await("Ticket closed", () -> Mailer.inbox(customer),
				l -> l.size() == 3).get(2);
		assertEquals("Your request is closed: " + subject + " [#PD-" + ticketId + "]", closed.subject());
		assertTrue(closed.raw().contains("is closed. Reply to this email"), closed.raw());
		assertEquals(replyId, closed.inReplyTo(), "on the thread, after the customer's last mail");
		assertEquals("auto-generated", closed.autoSubmitted());

		// each once: nothing more arrives, and the thread holds two automatic mails, both sent
		EmailChannelIT.sleep(1500);
		assertEquals(3, Mailer.inbox(customer).size());
		List<String> automatic = new ArrayList<>();
		EmailChannelIT.emails(ticketId).forEach(m -> {
			if ("automatic".equals(m.path("threadNote").asText())) {
				automatic.add(m.path("state").asText());
			}
		});
		assertEquals(List.of("SENT", "SENT"), automatic);
		assertEquals("4", status(ticketId));
	}

	@Test
	void aMarketingTemplateReachesOnlyMarketingContactsSetThroughTheContactsApi() {
		// a rule of the test's own pipeline sends a marketing template when a ticket reaches B
		PipelineInfo pipeline = EmailChannelIT.supportLikePipeline("Marketing");
		List<String> s = pipeline.statuses().stream().map(StatusInfo::id).toList();
		String template = Http.post(AUTOMATION + "/templates", "{\"name\":\"Newsletter\",\"subject\":\"News for "
				+ "{{contact.firstname}}\",\"body\":\"<p>Our news</p>\",\"marketing\":true}").ok(201).path("id").asText();
		String rule = Http.post(AUTOMATION + "/pipelines/" + pipeline.id() + "/rules", "{\"triggerType\":"
				+ "\"ticket.entered-status\",\"triggerParameters\":{\"statusId\":\"" + s.get(1) + "\"},\"actions\":[{"
				+ "\"actionType\":\"email.send-template\",\"parameters\":{\"templateId\":\"" + template + "\"}}]}")
				.ok(201).path("id").asText();
		String support = EmailChannelIT.unique("support");
		String customer = EmailChannelIT.unique("cleo");
		String subject = "Question " + System.nanoTime();
		String channelId = EmailChannelIT.channel(support, "", pipeline.id(), s.get(0), false);
		Mailer.sendRaw(customer, support, Mailer.mail("<m-" + System.nanoTime() + "@x>", "Cleo Park <" + customer + ">",
				support, subject, "", "How much?"));
		assertEquals(1, EmailChannelIT.poll(channelId));
		String ticketId = EmailChannelIT.ticketBySubject(subject).path("id").asText();

		// not a marketing contact: skipped, with the reason
		Http.patch("/crm/v3/objects/tickets/" + ticketId, "{\"properties\":{\"hs_pipeline_stage\":\"" + s.get(1)
				+ "\"}}").ok(200);
		JsonNode skipped = finishedRuns(ticketId, rule, 1).get(0).path("actions").get(0);
		assertEquals("SKIPPED", skipped.path("state").asText(), skipped.toString());
		assertEquals("Template " + template + " is a marketing email and " + customer
				+ " is not a marketing contact", skipped.path("outcome").asText());

		// the contacts API: the sender is a contact, with the name split for templates; an admin sets the flag
		JsonNode contacts = Http.get("/pipedesk/v1/contacts?email=" + customer.toUpperCase()).ok(200).path("results");
		assertEquals(1, contacts.size(), contacts.toString());
		JsonNode contact = contacts.get(0);
		assertEquals(customer, contact.path("email").asText());
		assertEquals("Cleo", contact.path("firstName").asText());
		assertEquals("Park", contact.path("lastName").asText());
		assertFalse(contact.path("marketingContact").asBoolean());
		String contactPath = "/pipedesk/v1/contacts/" + contact.path("id").asText();
		long version = contact.path("version").asLong();
		JsonNode marked = Http.patch(contactPath, "{\"marketingContact\":true,\"version\":" + version + "}").ok(200);
		assertTrue(marked.path("marketingContact").asBoolean());
		assertEquals(version + 1, marked.path("version").asLong());
		assertEquals("version.current", Http.patch(contactPath, "{\"marketingContact\":false,\"version\":" + version
				+ "}").error(409, "CONFLICT").path("errors").get(0).path("code").asText());
		assertEquals("contact.marketing-required", Http.patch(contactPath, "{\"version\":" + version + "}")
				.error(400, "VALIDATION_ERROR").path("errors").get(0).path("code").asText());
		Http.get("/pipedesk/v1/contacts/999999999").error(404, "OBJECT_NOT_FOUND");
		assertTrue(Http.get(contactPath).ok(200).path("marketingContact").asBoolean(), "the refused changes changed nothing");

		// a marketing contact now: the same rule sends it
		Http.patch("/crm/v3/objects/tickets/" + ticketId, "{\"properties\":{\"hs_pipeline_stage\":\"" + s.get(0)
				+ "\"}}").ok(200);
		Http.patch("/crm/v3/objects/tickets/" + ticketId, "{\"properties\":{\"hs_pipeline_stage\":\"" + s.get(1)
				+ "\"}}").ok(200);
		JsonNode sent = finishedRuns(ticketId, rule, 2).get(0).path("actions").get(0);
		assertEquals("DONE", sent.path("state").asText(), sent.toString());
		Mailer.Received news = EmailChannelIT.await("the newsletter", () -> Mailer.inbox(customer), l -> l.size() == 1)
				.get(0);
		assertEquals("News for Cleo [#PD-" + ticketId + "]", news.subject());

		// contacts are customers' personal data: super admins only
		String user = Http.post("/pipedesk/v1/users", "{\"name\":\"Agent " + System.nanoTime() + "\",\"email\":\"agent-"
				+ System.nanoTime() + "@pipedesk.test\"}").ok(201).path("id").asText();
		String token = Http.post("/pipedesk/v1/users/" + user + "/tokens", "{}").ok(201).path("secret").asText();
		Http.as(token, "GET", "/pipedesk/v1/contacts", null).error(403, "MISSING_SCOPES");
		Http.as(token, "PATCH", contactPath, "{\"marketingContact\":false}").error(403, "MISSING_SCOPES");
		Http.as(null, "GET", "/pipedesk/v1/contacts", null).error(401, "INVALID_AUTHENTICATION");
	}

	/**
	 * Automation's mail is queued in the action's transaction, so an attempt that fails after queueing leaves no
	 * mail behind, and the idempotency key makes a repeated send within an attempt queue nothing more: the customer
	 * gets "Ticket received" once although the action ran twice. The fault comes from a wrapper around the channel's
	 * real OutboundMail (ranked above it) that fails the first attempt after the real send queued the mail, and sends
	 * twice on the second.
	 */
	@Test
	void aRetriedSendActionQueuesTheMailExactlyOnce() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(MailFlowIT.class).getBundleContext();
		ServiceReference<OutboundMail> channelsMail = context.getServiceReferences(OutboundMail.class,
				"(component.name=org.pipedesk.channel.email.internal.EmailOutboundMail)").iterator().next();
		OutboundMail real = context.getService(channelsMail);
		AtomicInteger attempts = new AtomicInteger();
		List<String> ids = new CopyOnWriteArrayList<>();
		ServiceRegistration<OutboundMail> faulty = context.registerService(OutboundMail.class, message -> {
			String id = real.send(message);
			ids.add(id);
			if (attempts.incrementAndGet() == 1) {
				throw new IllegalStateException("connection lost after the mail was queued");
			}
			ids.add(real.send(message)); // a connector repeating its call: the same key queues nothing
			return id;
		}, new java.util.Hashtable<>(Map.of(Constants.SERVICE_RANKING, Integer.MAX_VALUE)));
		try {
			String support = EmailChannelIT.unique("support");
			String customer = EmailChannelIT.unique("finn");
			String subject = "Retry " + System.nanoTime();
			String channelId = EmailChannelIT.channel(support, "", "0", "1", false);
			Mailer.sendRaw(customer, support, Mailer.mail("<r-" + System.nanoTime() + "@x>", customer, support,
					subject, "", "hello"));
			assertEquals(1, EmailChannelIT.poll(channelId));
			String ticketId = EmailChannelIT.ticketBySubject(subject).path("id").asText();
			JsonNode action = finishedRuns(ticketId, seededRule("ticket.entered-status", "1"), 1).get(0)
					.path("actions").get(0);
			assertEquals("DONE", action.path("state").asText(), action.toString());
			assertEquals(2, action.path("attempts").asInt(), action.toString());
			assertEquals(3, ids.size(), ids.toString());
			assertEquals(ids.get(1), ids.get(2), "the same key, the same queued message");
			EmailChannelIT.await("Ticket received", () -> Mailer.inbox(customer), l -> l.size() == 1);
			EmailChannelIT.sleep(1500);
			List<Mailer.Received> inbox = Mailer.inbox(customer);
			assertEquals(1, inbox.size(), "once, though the action ran twice");
			assertEquals(ids.get(1), inbox.get(0).messageId(), "the second attempt's mail; the first was rolled back");
			List<JsonNode> automatic = new ArrayList<>();
			EmailChannelIT.emails(ticketId).forEach(m -> {
				if ("automatic".equals(m.path("threadNote").asText())) {
					automatic.add(m);
				}
			});
			assertEquals(1, automatic.size(), automatic.toString());
		} finally {
			faulty.unregister();
			context.ungetService(channelsMail);
		}
	}

	/**
	 * Seeding is for new desks only: starting the configuration service over a database that holds a desk (here:
	 * the running one, whatever its history) stores no version. The service is made as DS makes it at start-up.
	 */
	@Test
	void aDeskAlreadyStoredIsNotSeededAgain() throws Exception {
		long head = Http.get("/pipedesk/v1/configuration/versions?limit=1").ok(200).path("results").get(0)
				.path("version").asLong();
		Bundle core = FrameworkUtil.getBundle(DeskStore.class);
		BundleContext context = FrameworkUtil.getBundle(MailFlowIT.class).getBundleContext();
		Class<?> limitsType = core.loadClass("org.pipedesk.core.internal.EditionLimits");
		ServiceReference<?> limits = context.getServiceReference(limitsType.getName());
		try {
			core.loadClass("org.pipedesk.core.internal.DeskConfiguration")
					.getConstructor(DeskStore.class, limitsType)
					.newInstance(Osgi.service(DeskStore.class), context.getService(limits));
		} finally {
			context.ungetService(limits);
		}
		assertEquals(head, Http.get("/pipedesk/v1/configuration/versions?limit=1").ok(200).path("results").get(0)
				.path("version").asLong());
	}
}
