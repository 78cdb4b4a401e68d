package org.pipedesk.core.api;

/** A partial change of a status: null fields stay as they are. */
public record StatusChange(String label, Integer displayOrder, TicketState ticketState) {
}
