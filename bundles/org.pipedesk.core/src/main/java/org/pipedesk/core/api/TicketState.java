package org.pipedesk.core.api;

/** Whether tickets in a status count as open or closed work (HubSpot's metadata.ticketState). */
public enum TicketState {
	OPEN, CLOSED
}
