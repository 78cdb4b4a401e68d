package org.pipedesk.core.api;

import java.util.List;

/** Audit entries, newest first; {@code after} is the cursor of the next (older) page, null on the last. */
public record AuditPage(List<AuditEntry> results, String after) {
}
