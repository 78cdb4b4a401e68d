package org.pipedesk.channel.email.internal;

/** How much of a message is accepted: whole message, each attachment, number of attachments, MIME nesting. */
public record MailLimits(long maxMessageBytes, long maxAttachmentBytes, int maxAttachments, int maxDepth) {
	public static final MailLimits DEFAULT = new MailLimits(25L << 20, 10L << 20, 20, 20);
}
