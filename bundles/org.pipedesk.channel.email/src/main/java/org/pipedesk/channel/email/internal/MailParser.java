package org.pipedesk.channel.email.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Turns a raw RFC 822 message into a {@link ParsedMail}, reading what it can: lenient about broken headers,
 * encodings and charsets (each problem is noted), strict only where nothing useful is left (no sender, over the size
 * limit), which quarantines the message with the reason. Never throws. Pure: no I/O besides the bytes given.
 */
public final class MailParser {
	private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()@\",;:\\[\\]]+@[^\\s<>()@\",;:\\[\\]]+");
	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
	private static final Session SESSION = Session.getInstance(lenient());

	private MailParser() {
	}

	private static Properties lenient() {
		Properties p = new Properties();
		p.setProperty("mail.mime.address.strict", "false");
		p.setProperty("mail.mime.decodetext.strict", "false");
		p.setProperty("mail.mime.decodefilename", "true");
		p.setProperty("mail.mime.decodeparameters", "true");
		p.setProperty("mail.mime.parameters.strict", "false");
		p.setProperty("mail.mime.base64.ignoreerrors", "true");
		p.setProperty("mail.mime.uudecode.ignoreerrors", "true");
		p.setProperty("mail.mime.uudecode.ignoremissingbeginend", "true");
		p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
		p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
		p.setProperty("mail.mime.multipart.allowempty", "true");
		p.setProperty("mail.mime.ignoreunknownencoding", "true");
		p.setProperty("mail.mime.allowutf8", "true");
		return p;
	}

	public static ParseOutcome parse(byte[] raw, MailLimits limits) {
		// the id derived from the content (a hash of every byte) only for mail that lacks a readable Message-ID
		if (raw.length > limits.maxMessageBytes()) {
			return new ParseOutcome.Quarantined(derivedMessageId(raw), null, null,
					"message is " + raw.length + " bytes, over the limit of " + limits.maxMessageBytes());
		}
		MimeMessage message;
		try {
			message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
		} catch (MessagingException | RuntimeException e) {
			return new ParseOutcome.Quarantined(derivedMessageId(raw), null, null, "unreadable message: " + e);
		}
		List<String> problems = new ArrayList<>();
		String messageId = firstId(header(message, "Message-ID"));
		if (messageId == null) {
			messageId = derivedMessageId(raw);
			problems.add("no Message-ID; derived one from the content");
		}
		String subject = subject(message, problems);
		String[] from = from(message, problems);
		if (from == null) {
			return new ParseOutcome.Quarantined(messageId, null, subject, "no readable sender address (From)");
		}
		try {
			Body body = new Body(limits, problems);
			body.walk(message, 0);
			String html = body.html.isEmpty() ? null : HtmlSanitizer.sanitize(body.html.toString());
			String text = body.text.isEmpty() ? HtmlSanitizer.text(html) : body.text.toString().strip();
			return new ParseOutcome.Parsed(new ParsedMail(messageId, firstId(header(message, "In-Reply-To")),
					ids(header(message, "References")), from[0], from[1], subject, text == null ? "" : text, html,
					List.copyOf(body.attachments), automatic(message, from[0]), List.copyOf(problems)));
		} catch (RuntimeException e) { // a defect of the MIME library on strange input: the message is kept aside
			return new ParseOutcome.Quarantined(messageId, from[0], subject, "unreadable body: " + e);
		}
	}

	/** A stable id for mail without a Message-ID, so the same bytes delivered twice are still one message. */
	static String derivedMessageId(byte[] raw) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw);
			return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@derived.pipedesk.invalid>";
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String header(Part part, String name) {
		try {
			String[] values = part.getHeader(name);
			return values == null || values.length == 0 ? null : values[0];
		} catch (MessagingException | RuntimeException e) {
			return null;
		}
	}

	static String firstId(String value) {
		if (value == null) {
			return null;
		}
		Matcher m = MESSAGE_ID.matcher(value);
		return m.find() ? m.group() : null;
	}

	static List<String> ids(String value) {
		List<String> ids = new ArrayList<>();
		if (value != null) {
			Matcher m = MESSAGE_ID.matcher(value);
			while (m.find()) {
				ids.add(m.group());
			}
		}
		return List.copyOf(ids);
	}

	private static String subject(MimeMessage message, List<String> problems) {
		try {
			String subject = message.getSubject();
			return subject == null ? "" : clean(subject);
		} catch (MessagingException | RuntimeException e) {
			problems.add("subject could not be decoded; kept as sent");
			String raw = header(message, "Subject");
			return raw == null ? "" : clean(raw);
		}
	}

	private static String clean(String s) {
		return s.replaceAll("[\\p{Cntrl}&&[^\\t]]", " ").strip();
	}

	/** Address (lower case) and display name of the sender, or null when no address can be found. */
	private static String[] from(MimeMessage message, List<String> problems) {
		try {
			var addresses = message.getFrom();
			if (addresses != null) {
				for (var address : addresses) {
					if (address instanceof InternetAddress ia && ia.getAddress() != null
							&& ADDRESS.matcher(ia.getAddress()).matches()) {
						return new String[] { ia.getAddress().toLowerCase(Locale.ROOT), ia.getPersonal() };
					}
				}
			}
		} catch (MessagingException | RuntimeException e) {
			problems.add("From header is malformed: " + e.getMessage());
		}
		for (String name : new String[] { "From", "Sender", "Reply-To" }) {
			String raw = header(message, name);
			if (raw != null) {
				Matcher m = ADDRESS.matcher(raw.replaceAll("\\([^()]*\\)", "")); // RFC 5322 comments
				if (m.find()) {
					problems.add("sender address taken from the raw " + name + " header");
					return new String[] { m.group().toLowerCase(Locale.ROOT), null };
				}
			}
		}
		return null;
	}

	/** Why the message was written by a machine (RFC 3834, bounces, bulk), or null. */
	static String automatic(MimeMessage message, String from) {
		String autoSubmitted = header(message, "Auto-Submitted");
		if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")) {
			return "Auto-Submitted: " + autoSubmitted.strip();
		}
		String contentType = header(message, "Content-Type");
		if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("multipart/report")) {
			return "delivery report (multipart/report)";
		}
		String local = from.substring(0, from.indexOf('@'));
		if (local.equals("mailer-daemon") || local.equals("postmaster")) {
			return "bounce from " + from;
		}
		for (String name : new String[] { "X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress" }) {
			String value = header(message, name);
			if (value != null && !(name.equals("X-Auto-Response-Suppress") && !value.contains("All"))) {
				return name + ": " + value.strip();
			}
		}
		String precedence = header(message, "Precedence");
		if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
			return "Precedence: " + precedence.strip();
		}
		return null;
	}

	/** Collects text, HTML and attachments from the MIME tree. */
	private static final class Body {
		final MailLimits limits;
		final List<String> problems;
		final StringBuilder text = new StringBuilder();
		final StringBuilder html = new StringBuilder();
		final List<ParsedMail.Attachment> attachments = new ArrayList<>();

		Body(MailLimits limits, List<String> problems) {
			this.limits = limits;
			this.problems = problems;
		}

		void walk(Part part, int depth) {
			if (depth > limits.maxDepth()) {
				problems.add("MIME nesting deeper than " + limits.maxDepth() + "; the rest was skipped");
				return;
			}
			String type = contentType(part);
			String disposition = disposition(part);
			String fileName = fileName(part);
			try {
				if (type.startsWith("multipart/")) {
					Object content = part.getContent();
					if (content instanceof Multipart multipart) {
						for (int i = 0; i < multipart.getCount(); i++) {
							BodyPart child = multipart.getBodyPart(i);
							walk(child, depth + 1);
						}
						return;
					}
					problems.add("multipart without readable parts; read as text");
					appendText(part, "text/plain");
					return;
				}
				boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || (fileName != null
						&& !type.startsWith("text/plain") && !type.startsWith("text/html"));
				if (!attachment && (type.startsWith("text/plain") || type.startsWith("text/html")
						|| type.equals("text"))) {
					appendText(part, type);
				} else if (!attachment && type.startsWith("text/") && !type.startsWith("text/calendar")) {
					appendText(part, "text/plain");
				} else if (!attachment && type.startsWith("message/delivery-status")) {
					appendText(part, "text/plain");
				} else {
					attach(part, type, fileName);
				}
			} catch (MessagingException | IOException | RuntimeException e) {
				problems.add("part " + type + " unreadable (" + e.getClass().getSimpleName() + ": " + e.getMessage()
						+ "); skipped");
			}
		}

		private void appendText(Part part, String type) throws MessagingException, IOException {
			String value = decodeText(part);
			StringBuilder target = type.startsWith("text/html") ? html : text;
			if (!target.isEmpty()) {
				target.append(type.startsWith("text/html") ? "<hr>" : "\n\n");
			}
			target.append(value);
		}

		private String decodeText(Part part) throws MessagingException, IOException {
			byte[] bytes = decodedBytes(part);
			String charset = charset(part);
			Charset cs = null;
			if (charset != null) {
				try {
					cs = Charset.forName(MimeUtility.javaCharset(charset));
				} catch (RuntimeException e) {
					cs = alias(charset);
					if (cs == null) {
						problems.add("unknown charset " + charset + "; read as UTF-8");
					}
				}
			}
			if (cs == null) {
				cs = StandardCharsets.UTF_8;
			}
			return new String(bytes, cs);
		}

		private Charset alias(String charset) {
			String name = charset.toLowerCase(Locale.ROOT);
			try {
				if (name.startsWith("ks_c_5601")) {
					return Charset.forName("x-windows-949");
				}
				if (name.equals("utf8") || name.equals("unicode-1-1-utf-8")) {
					return StandardCharsets.UTF_8;
				}
			} catch (RuntimeException e) {
				return null;
			}
			return null;
		}

		/** The part's bytes after its transfer encoding; the raw bytes when the encoding cannot be read. */
		private byte[] decodedBytes(Part part) throws MessagingException, IOException {
			try (InputStream in = part.getInputStream()) {
				return readLimited(in);
			} catch (IOException | MessagingException | RuntimeException e) {
				problems.add("transfer encoding unreadable (" + e.getMessage() + "); kept as sent");
				if (part instanceof jakarta.mail.internet.MimePart mime) {
					try (InputStream raw = mime instanceof MimeMessage m ? m.getRawInputStream()
							: ((jakarta.mail.internet.MimeBodyPart) mime).getRawInputStream()) {
						return readLimited(raw);
					}
				}
				throw e;
			}
		}

		private byte[] readLimited(InputStream in) throws IOException {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxMessageBytes() + 1));
			return bytes;
		}

		private void attach(Part part, String type, String fileName) throws MessagingException, IOException {
			String name = fileName != null ? fileName
					: type.startsWith("message/rfc822") ? "message.eml" : "attachment-" + (attachments.size() + 1);
			if (attachments.size() >= limits.maxAttachments()) {
				problems.add("attachment " + name + " skipped: more than " + limits.maxAttachments() + " attachments");
				return;
			}
			byte[] bytes;
			if (type.startsWith("message/rfc822") && part instanceof jakarta.mail.internet.MimeBodyPart body) {
				try (InputStream raw = body.getRawInputStream()) {
					bytes = readLimited(raw);
				}
			} else {
				bytes = decodedBytes(part);
			}
			if (bytes.length > limits.maxAttachmentBytes()) {
				problems.add("attachment " + name + " skipped: over " + limits.maxAttachmentBytes() + " bytes");
				return;
			}
			attachments.add(new ParsedMail.Attachment(name, type, bytes));
		}

		private static String contentType(Part part) {
			try {
				String raw = part.getContentType();
				if (raw == null) {
					return "text/plain";
				}
				return new ContentType(raw).getBaseType().toLowerCase(Locale.ROOT);
			} catch (MessagingException | RuntimeException e) {
				String raw = header(part, "Content-Type");
				if (raw == null) {
					return "text/plain";
				}
				String base = raw.split("[;\\s]", 2)[0].strip().toLowerCase(Locale.ROOT);
				return base.contains("/") ? base : "text/plain";
			}
		}

		private static String charset(Part part) {
			try {
				String raw = part.getContentType();
				return raw == null ? null : new ContentType(raw).getParameter("charset");
			} catch (MessagingException | RuntimeException e) {
				String raw = header(part, "Content-Type");
				if (raw == null) {
					return null;
				}
				Matcher m = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)").matcher(raw);
				return m.find() ? m.group(1) : null;
			}
		}

		private static String disposition(Part part) {
			try {
				return part.getDisposition();
			} catch (MessagingException | RuntimeException e) {
				return null;
			}
		}

		private static final Pattern NAME_PARAMETER = Pattern.compile("(?i)(?:^|;)\\s*(?:file)?name\\s*=\\s*\"?([^\";]+)\"?");

		/** The name from the raw headers, when the MIME library cannot parse their parameters (unquoted words). */
		private static String rawFileName(Part part) {
			for (String header : new String[] { "Content-Disposition", "Content-Type" }) {
				String raw = header(part, header);
				if (raw != null) {
					Matcher m = NAME_PARAMETER.matcher(raw);
					if (m.find()) {
						return m.group(1).strip();
					}
				}
			}
			return null;
		}

		private static String fileName(Part part) {
			try {
				String name;
				try {
					name = part.getFileName();
				} catch (MessagingException | RuntimeException e) {
					name = null;
				}
				if (name == null) {
					name = rawFileName(part);
				}
				if (name != null) {
					try {
						name = MimeUtility.decodeText(name);
					} catch (IOException | RuntimeException e) {
						// keep as sent
					}
					name = name.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
				}
				return name == null || name.isEmpty() ? null : name;
			} catch (RuntimeException e) {
				return null;
			}
		}
	}
}
