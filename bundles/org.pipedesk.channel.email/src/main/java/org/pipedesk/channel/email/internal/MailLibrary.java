package org.pipedesk.channel.email.internal;

import java.util.function.Supplier;

import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Runs Jakarta Mail work with the thread's context class loader set to Angus Mail's: the API finds its providers
 * (javamail.providers, the StreamProvider service) through it, which inside OSGi otherwise depends on SPI Fly
 * weaving the API bundle. Harmless outside OSGi.
 */
final class MailLibrary {
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		// Jakarta Mail looks its StreamProvider up through ServiceLoader for every body part, multipart and encoding;
		// SPI Fly, woven into the API bundle, makes each lookup a scan of all bundles (about half of the sender's CPU
		// in the benchmark). Naming Angus's provider, the API's documented switch, makes it a class load through the
		// context class loader, which call() sets to Angus's. Jakarta Mail used with another context class loader
		// would then fail to find it; in Pipedesk only this bundle uses Jakarta Mail, always through call().
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

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
