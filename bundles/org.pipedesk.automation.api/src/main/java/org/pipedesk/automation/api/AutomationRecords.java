package org.pipedesk.automation.api;

/**
 * What actions record about tickets beyond their properties, provided by the engine as a DS service: internal
 * notes and stored notifications. Called from {@link ActionHandler#execute}, the records are written in the job's
 * transaction (exactly once with it).
 */
public interface AutomationRecords {
	enum RecipientKind {
		USER, TEAM, OWNER
	}

	/** Adds an internal note to the ticket; returns its id. */
	long addNote(long ticketId, String body, String author);

	/** Stores a notification for a user, a team or the ticket's owner; returns its id. */
	long notify(RecipientKind kind, String recipient, long ticketId, String message);
}
