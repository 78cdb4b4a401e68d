package org.pipedesk.core.spi;

import java.time.Instant;

/** One stored version of the desk configuration: an XMI document of the desk model. */
public record StoredConfiguration(long version, String document, String author, String summary, Instant createdAt) {
}
