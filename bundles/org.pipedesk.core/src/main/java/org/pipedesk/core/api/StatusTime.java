package org.pipedesk.core.api;

import java.time.Instant;

/**
 * Time a ticket spent in one status, as HubSpot's hs_v2_* properties: when it last entered and exited (exited is
 * null while it is there), the length of the latest stay and the cumulative time of all stays, in milliseconds,
 * counting the ongoing stay up to {@code asOf}.
 */
public record StatusTime(String statusId, Instant dateEntered, Instant dateExited, long latestMillis,
		long cumulativeMillis) {
}
