package org.pipedesk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A property asked for when a ticket enters a status; {@code required} ones must be given. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusProperty(String name, boolean required) {
}
