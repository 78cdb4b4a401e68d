package org.pipedesk.core.api;

import java.util.List;

/** A new team or a change of one; null fields are left as they are. */
public record TeamChange(String name, List<Long> memberIds, Long expectedVersion) {
}
