package org.pipedesk.channel.email.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.automation.api.OutboundMail;

/**
 * The automation SPI's outbound mail, through the same durable queue as agents' mail: the action's idempotency key
 * is stored with the message, so a retried action never queues a second mail. Returns the queued Message-ID (the
 * queue sends it). Internal notifications ({@link OutboundMail#NOTIFICATION_HEADER}) stay off the customer's
 * conversation.
 */
@Component(service = OutboundMail.class)
public class EmailOutboundMail implements OutboundMail {
	private final EmailService email;

	@Activate
	public EmailOutboundMail(@Reference EmailService email) {
		this.email = email;
	}

	@Override
	public String send(MailMessage message) {
		EmailService.Send send = new EmailService.Send(message.to(), message.subject(), message.textBody(),
				message.htmlBody());
		if (message.headers().containsKey(NOTIFICATION_HEADER)) {
			return email.sendNotification(message.ticketId(), send, message.idempotencyKey()).messageId();
		}
		return email.sendAutomatic(message.ticketId(), send, message.idempotencyKey()).messageId();
	}
}
