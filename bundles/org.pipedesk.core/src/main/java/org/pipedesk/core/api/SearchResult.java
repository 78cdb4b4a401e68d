package org.pipedesk.core.api;

import java.util.List;

/** One page of search results, the total number of matches, and the cursor of the next page (null at the end). */
public record SearchResult(long total, List<Ticket> results, String after) {
}
