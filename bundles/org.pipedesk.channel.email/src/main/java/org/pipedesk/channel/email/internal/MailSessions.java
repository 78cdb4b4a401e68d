package org.pipedesk.channel.email.internal;

import java.util.Properties;

import org.eclipse.angus.mail.imap.IMAPSSLStore;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.smtp.SMTPSSLTransport;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import jakarta.mail.Session;
import jakarta.mail.URLName;

/**
 * IMAP stores and SMTP transports for a channel, made directly from Angus Mail's classes (no provider lookup by
 * protocol name, which needs resource scanning across bundles), with timeouts so a dead server never hangs a thread.
 */
final class MailSessions {
	static final int TIMEOUT_MILLIS = 20_000;

	private MailSessions() {
	}

	static IMAPStore imap(EmailChannel channel) {
		EmailChannel.Endpoint e = channel.imap();
		boolean ssl = e.tls() == EmailChannel.Tls.SSL;
		String protocol = ssl ? "imaps" : "imap";
		Properties p = new Properties();
		timeouts(p, protocol);
		if (e.tls() == EmailChannel.Tls.STARTTLS) {
			p.setProperty("mail.imap.starttls.enable", "true");
			p.setProperty("mail.imap.starttls.required", "true");
		}
		Session session = Session.getInstance(p);
		URLName url = new URLName(protocol, e.host(), e.port(), channel.imapFolder(), e.user(), e.password());
		return ssl ? new IMAPSSLStore(session, url) : new IMAPStore(session, url);
	}

	static SMTPTransport smtp(EmailChannel channel, Session[] sessionOut) {
		EmailChannel.Endpoint e = channel.smtp();
		boolean ssl = e.tls() == EmailChannel.Tls.SSL;
		String protocol = ssl ? "smtps" : "smtp";
		Properties p = new Properties();
		timeouts(p, protocol);
		boolean auth = e.user() != null && !e.user().isBlank();
		p.setProperty("mail." + protocol + ".auth", Boolean.toString(auth));
		if (e.tls() == EmailChannel.Tls.STARTTLS) {
			p.setProperty("mail.smtp.starttls.enable", "true");
			p.setProperty("mail.smtp.starttls.required", "true");
		}
		String domain = channel.address().substring(channel.address().indexOf('@') + 1);
		p.setProperty("mail." + protocol + ".localhost", domain);
		Session session = Session.getInstance(p);
		sessionOut[0] = session;
		URLName url = new URLName(protocol, e.host(), e.port(), null, auth ? e.user() : null,
				auth ? e.password() : null);
		return ssl ? new SMTPSSLTransport(session, url) : new SMTPTransport(session, url);
	}

	private static void timeouts(Properties p, String protocol) {
		for (String name : new String[] { "connectiontimeout", "timeout", "writetimeout" }) {
			p.setProperty("mail." + protocol + "." + name, Integer.toString(TIMEOUT_MILLIS));
		}
	}
}
