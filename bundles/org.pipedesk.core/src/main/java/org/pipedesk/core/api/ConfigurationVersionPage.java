package org.pipedesk.core.api;

import java.util.List;

/** Configuration versions, newest first; {@code after} is the cursor of the next (older) page, null on the last. */
public record ConfigurationVersionPage(List<ConfigurationVersion> results, String after) {
}
