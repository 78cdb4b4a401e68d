package org.pipedesk.client;

/**
 * Email channels of the test's server, reading and sending through GreenMail (started by the build beside the test
 * runtime with any login accepted, see pom.xml).
 */
final class MailChannel {
	private MailChannel() {
	}

	/** Creates a channel for {@code address} into the pipeline's status; its timer is off (tests poll). */
	static EmailChannel create(PipedeskClient admin, String address, String pipelineId, String statusId) {
		EmailChannel.Settings settings = new EmailChannel.Settings("Support", address,
				EmailChannel.Server.of("127.0.0.1", Integer.getInteger("pipedesk.it.imap.port"), "NONE", address, "x"),
				EmailChannel.Server.of("127.0.0.1", Integer.getInteger("pipedesk.it.smtp.port"), "NONE", null, null),
				pipelineId, statusId, false);
		return TestServer.awaitApi(() -> admin.createEmailChannel(settings));
	}
}
