package org.pipedesk.core.api;

/** A property asked for when a ticket enters a status; list order is the order asked in. */
public record StatusPropertyInfo(String propertyName, boolean required) {
}
