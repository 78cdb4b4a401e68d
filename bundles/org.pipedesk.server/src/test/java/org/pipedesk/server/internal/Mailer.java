package org.pipedesk.server.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The customer's side of the email ITs, through real protocols: sends raw mail to GreenMail over SMTP and reads a
 * mailbox over IMAP (GreenMail's mailboxes log in with the address as user and password).
 */
final class Mailer {
	static final String HOST = "127.0.0.1";

	private Mailer() {
	}

	static int smtpPort() {
		return Integer.getInteger("pipedesk.it.smtp.port");
	}

	static int imapPort() {
		return Integer.getInteger("pipedesk.it.imap.port");
	}

	/** A read message: headers the tests look at, and the raw text. */
	record Received(String messageId, String inReplyTo, String references, String subject, String from,
			String autoSubmitted, String raw) {
	}

	/** Sends {@code raw} (an RFC 822 message) from {@code from} to {@code to}. */
	static void sendRaw(String from, String to, String raw) {
		call(() -> {
			Properties properties = new Properties();
			properties.setProperty("mail.smtp.from", from); // the envelope sender, whatever the headers say
			Session session = Session.getInstance(properties);
			MimeMessage message = new MimeMessage(session,
					new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))) {
				@Override
				protected void updateMessageID() {
					// keep the Message-ID of the raw text (null: none, as some broken senders do)
				}
			};
			SMTPTransport transport = new SMTPTransport(session, new URLName("smtp", HOST, smtpPort(), null, null, null));
			transport.connect();
			try {
				transport.sendMessage(message, new InternetAddress[] { new InternetAddress(to) });
			} finally {
				transport.close();
			}
			return null;
		});
	}

	static String mail(String messageId, String from, String to, String subject, String extraHeaders, String body) {
		return "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n"
				+ (messageId == null ? "" : "Message-ID: " + messageId + "\r\n") + extraHeaders
				+ "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
	}

	/** The messages in an address's INBOX, oldest first. */
	static List<Received> inbox(String address) {
		return call(() -> {
			IMAPStore store = new IMAPStore(Session.getInstance(new Properties()),
					new URLName("imap", HOST, imapPort(), "INBOX", address, address));
			try {
				store.connect();
			} catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
				return List.of(); // GreenMail makes the mailbox (and its login) on first delivery
			}
			try {
				Folder folder = store.getFolder("INBOX");
				if (!folder.exists()) {
					return List.of();
				}
				folder.open(Folder.READ_ONLY);
				try {
					List<Received> all = new ArrayList<>();
					for (Message m : folder.getMessages()) {
						ByteArrayOutputStream raw = new ByteArrayOutputStream();
						m.writeTo(raw);
						all.add(new Received(header(m, "Message-ID"), header(m, "In-Reply-To"), header(m, "References"),
								m.getSubject(), header(m, "From"), header(m, "Auto-Submitted"),
								raw.toString(StandardCharsets.UTF_8)));
					}
					return all;
				} finally {
					folder.close(false);
				}
			} finally {
				store.close();
			}
		});
	}

	private static String header(Message m, String name) throws jakarta.mail.MessagingException {
		String[] values = m.getHeader(name);
		return values == null ? null : values[0];
	}

	private static <T> T call(Callable<T> work) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
		try {
			return work.call();
		} catch (Exception e) {
			throw new AssertionError("mail: " + e, e);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
