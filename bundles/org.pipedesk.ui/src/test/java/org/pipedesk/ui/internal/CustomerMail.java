package org.pipedesk.ui.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.pipedesk.client.EmailChannel;
import org.pipedesk.client.PipedeskClient;

/**
 * The customer's side of the conversation tests: plain SMTP to GreenMail (started by the build beside the test
 * runtime, see pom.xml), and the email channel that reads it.
 */
final class CustomerMail {
	private CustomerMail() {
	}

	static int smtpPort() {
		return Integer.getInteger("pipedesk.it.smtp.port");
	}

	static int imapPort() {
		return Integer.getInteger("pipedesk.it.imap.port");
	}

	/** A support mailbox as a channel into the pipeline's status, read when the test polls it (its timer is off). */
	static EmailChannel channel(PipedeskClient admin, String address, String pipelineId, String statusId) {
		return admin.createEmailChannel(new EmailChannel.Settings("Support " + address, address,
				EmailChannel.Server.of("127.0.0.1", imapPort(), "NONE", address, "any"),
				EmailChannel.Server.of("127.0.0.1", smtpPort(), "NONE", null, null), pipelineId, statusId, false));
	}

	/** Sends a plain-text mail from {@code from} to {@code to} over SMTP. */
	static void send(String from, String to, String subject, String text) {
		try (Socket socket = new Socket("127.0.0.1", smtpPort())) {
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			OutputStream out = socket.getOutputStream();
			expect(in, "220");
			command(out, in, "HELO customer.test", "250");
			command(out, in, "MAIL FROM:<" + from + ">", "250");
			command(out, in, "RCPT TO:<" + to + ">", "250");
			command(out, in, "DATA", "354");
			command(out, in, "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: <"
					+ System.nanoTime() + "@customer.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8"
					+ "\r\n\r\n" + text + "\r\n.", "250");
			command(out, in, "QUIT", "221");
		} catch (IOException e) {
			throw new AssertionError("SMTP to GreenMail failed: " + e, e);
		}
	}

	private static void command(OutputStream out, BufferedReader in, String line, String expected) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
		expect(in, expected);
	}

	/** Reads a reply (its continuation lines, "250-...", too) and checks its code. */
	private static void expect(BufferedReader in, String code) throws IOException {
		String reply = in.readLine();
		while (reply != null && reply.length() > 3 && reply.charAt(3) == '-') {
			reply = in.readLine();
		}
		if (reply == null || !reply.startsWith(code)) {
			throw new AssertionError("SMTP: expected " + code + ", got " + reply);
		}
	}
}
