package org.pipedesk.channel.email.internal;

import java.util.List;

/**
 * What could be read from one raw message. {@code messageId} is the Message-ID header, or one derived from the
 * content when the sender gave none (so duplicates are still recognized). {@code automatic} says why the message
 * was written by a machine (auto-reply, bounce, bulk), null for a person's mail. {@code problems} lists what could
 * not be read (bad charset, broken encoding, attachment over the limit): the message is kept with the rest.
 */
public record ParsedMail(String messageId, String inReplyTo, List<String> references, String fromAddress,
		String fromName, String subject, String text, String html, List<Attachment> attachments, String automatic,
		List<String> problems) {

	public record Attachment(String fileName, String contentType, byte[] content) {
	}
}
