package org.pipedesk.core.api;

/** One column of a pipeline's board: a status, how many tickets it holds and the first page of them. */
public record BoardColumn(StatusInfo status, long total, TicketPage tickets) {
}
