package org.pipedesk.core.api;

import java.util.List;

/**
 * What an import did: the rows it created (or, in a dry run, would create) and the rows it refused.
 *
 * @param created the accepted rows, in row order; {@code ticket} is null in a dry run
 * @param failed  the refused rows, in row order, each with the error that names every problem of the row
 */
public record TicketImportReport(boolean dryRun, int rows, List<CreatedRow> created, List<FailedRow> failed) {

	public record CreatedRow(int row, Ticket ticket) {
	}

	public record FailedRow(int row, PipedeskException error) {
	}
}
