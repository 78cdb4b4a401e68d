package org.pipedesk.server.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Runs GreenMail, a real SMTP and IMAP server, for the email ITs (see this bundle's pom.xml): the Maven build starts
 * this main in a JVM of its own (exec:exec, async) before tycho-surefire boots Equinox with
 * {@code pipedesk.it.smtp.port} and {@code pipedesk.it.imap.port} pointing here, and destroys it when the build
 * ends. GreenMail runs beside the OSGi runtime, not in it: its bundle requires JUnit 4 packages and SLF4J 1.x,
 * which the server's runtime does not have.
 * <p>
 * Arguments: SMTP port, IMAP port. GreenMail creates a mailbox on first delivery, with the address as login and as
 * password, so tests log in to any address they mailed.
 */
public final class MailServerForIntegrationTests {
	private MailServerForIntegrationTests() {
	}

	public static void main(String[] args) throws InterruptedException {
		int smtp = Integer.parseInt(args[0]);
		int imap = Integer.parseInt(args[1]);
		GreenMail mail = new GreenMail(new ServerSetup[] { new ServerSetup(smtp, "127.0.0.1", "smtp"),
				new ServerSetup(imap, "127.0.0.1", "imap") });
		mail.start();
		System.out.println("GreenMail for the integration tests: SMTP on 127.0.0.1:" + smtp + ", IMAP on 127.0.0.1:"
				+ imap);
		Thread.currentThread().join(); // until the build destroys this JVM
	}
}
