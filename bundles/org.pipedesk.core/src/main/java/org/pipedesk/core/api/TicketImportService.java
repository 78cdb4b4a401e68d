package org.pipedesk.core.api;

import java.util.List;

/**
 * Imports tickets from a file (the REST API and {@code ./pipedesk import-tickets} read JSON or CSV into rows).
 * Every row is checked by the same rules as a create (pipeline and status exist, values fit their properties,
 * the status's required properties are set); the valid rows are created in one transaction, each invalid row is
 * reported with its number and every problem. A dry run checks and reports without creating anything.
 */
public interface TicketImportService {
	int MAX_ROWS = 10_000;

	/** Rows are numbered from 1 in the order given. */
	TicketImportReport importTickets(List<NewTicket> rows, boolean dryRun);
}
