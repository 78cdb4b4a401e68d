package org.pipedesk.automation.api;

import java.util.Map;

/**
 * The shape channel connectors implement to send mail (the email channel registers one as a DS service). Actions
 * that send mail use it when one is registered; without one they fail visibly, never pretend to send.
 */
public interface OutboundMail {
	/**
	 * Header of a message to a Pipedesk user about a ticket (an internal notification), not to the customer: a
	 * connector sends it outside the ticket's customer conversation and reports no customer-facing event for it.
	 */
	String NOTIFICATION_HEADER = "X-Pipedesk-Notification";

	/**
	 * Sends {@code message}; returns the message id. {@code message.idempotencyKey()} is the same on every retry of the
	 * same action, so a connector can refuse to send twice.
	 */
	String send(MailMessage message) throws Exception;

	/** A mail to send: recipient, subject, HTML and plain-text bodies, the ticket it belongs to, extra headers. */
	record MailMessage(String to, String subject, String htmlBody, String textBody, long ticketId,
			String idempotencyKey, Map<String, String> headers) {
	}
}
