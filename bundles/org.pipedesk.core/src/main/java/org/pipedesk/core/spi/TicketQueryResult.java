package org.pipedesk.core.spi;

import java.util.List;

import org.pipedesk.core.api.Ticket;

public record TicketQueryResult(long total, List<Ticket> tickets) {
}
