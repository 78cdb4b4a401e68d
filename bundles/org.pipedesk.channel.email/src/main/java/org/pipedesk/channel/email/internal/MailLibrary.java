package org.pipedesk.channel.email.internal;

import java.util.function.Supplier;

import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Runs Jakarta Mail work with the thread's context class loader set to Angus Mail's: the API finds its providers
 * (javamail.providers, the StreamProvider service) through it, which inside OSGi otherwise depends on SPI Fly
 * weaving the API bundle. Harmless outside OSGi.
 */
final class MailLibrary {
	private MailLibrary() {
	}

	static <T> T call(Supplier<T> work) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
		try {
			return work.get();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
