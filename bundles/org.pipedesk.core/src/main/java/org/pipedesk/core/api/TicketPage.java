package org.pipedesk.core.api;

import java.util.List;

/** One page of tickets; {@code after} is the cursor of the next page, null on the last page. */
public record TicketPage(List<Ticket> results, String after) {
}
