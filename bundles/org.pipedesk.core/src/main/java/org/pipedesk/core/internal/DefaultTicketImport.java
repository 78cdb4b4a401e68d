package org.pipedesk.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.BatchResult;
import org.pipedesk.core.api.NewTicket;
import org.pipedesk.core.api.PipedeskException;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketImportReport;
import org.pipedesk.core.api.TicketImportReport.CreatedRow;
import org.pipedesk.core.api.TicketImportReport.FailedRow;
import org.pipedesk.core.api.TicketImportService;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.model.desk.Desk;

/**
 * Imports through the ticket service's own batch create, in batches inside one transaction, so an imported
 * ticket passes exactly the checks and writes (values, history, time in status, counters, events) of any other
 * create. A dry run uses the same check without writing.
 */
@Component(service = TicketImportService.class)
public class DefaultTicketImport implements TicketImportService {
	private final DeskStore store;
	private final DeskConfiguration configuration;
	private final TicketService tickets;

	@Activate
	public DefaultTicketImport(@Reference DeskStore store, @Reference DeskConfiguration configuration,
			@Reference TicketService tickets) {
		this.store = store;
		this.configuration = configuration;
		this.tickets = tickets;
	}

	@Override
	public TicketImportReport importTickets(List<NewTicket> rows, boolean dryRun) {
		if (rows == null || rows.isEmpty() || rows.size() > MAX_ROWS) {
			throw new ValidationException("rows", "import.size", "An import holds 1 to " + MAX_ROWS + " rows");
		}
		return store.inTransaction(tx -> {
			List<CreatedRow> created = new ArrayList<>();
			List<FailedRow> failed = new ArrayList<>();
			if (dryRun) {
				Desk desk = configuration.read(tx);
				Rights rights = Rights.of(tx);
				for (int i = 0; i < rows.size(); i++) {
					try {
						DefaultTicketService.prepare(tx, desk, rights, rows.get(i));
						created.add(new CreatedRow(i + 1, null));
					} catch (PipedeskException e) {
						failed.add(new FailedRow(i + 1, e));
					}
				}
			} else {
				for (int from = 0; from < rows.size(); from += TicketService.MAX_BATCH) {
					List<NewTicket> batch = rows.subList(from, Math.min(rows.size(), from + TicketService.MAX_BATCH));
					BatchResult<Ticket> result = tickets.createAll(batch); // joins this transaction
					Map<Integer, PipedeskException> errors = new HashMap<>();
					result.errors().forEach(e -> errors.put(e.index(), e.error()));
					int next = 0; // results hold the valid items in input order
					for (int i = 0; i < batch.size(); i++) {
						PipedeskException error = errors.get(i);
						if (error != null) {
							failed.add(new FailedRow(from + i + 1, error));
						} else {
							created.add(new CreatedRow(from + i + 1, result.results().get(next++)));
						}
					}
				}
			}
			return new TicketImportReport(dryRun, rows.size(), List.copyOf(created), List.copyOf(failed));
		});
	}
}
