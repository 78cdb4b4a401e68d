package org.pipedesk.core.api;

/** What is needed to add a status; a null display order puts it last. */
public record NewStatus(String label, Integer displayOrder, TicketState ticketState) {
}
