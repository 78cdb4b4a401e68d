package org.pipedesk.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.NewTicket;
import org.pipedesk.core.api.TicketImportReport;
import org.pipedesk.core.api.TicketImportService;
import org.pipedesk.core.api.ValidationException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Ticket import: {@code POST /pipedesk/v1/imports/tickets} with HubSpot's batch-create JSON ({@code inputs} of
 * {@code properties}) or CSV (a header row of property names, {@code hs_pipeline} and {@code hs_pipeline_stage}
 * among them, then one ticket per row; an empty cell sets nothing). Rows go through the core's import, which
 * checks each by the rules of a create; the answer reports every row. {@code dryRun=true} only checks.
 */
@Component(service = TicketImportResource.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON, RestWhiteboard.REQUIRE_AUTH })
@Path("/pipedesk/v1/imports/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketImportResource {
	static final String CSV = "text/csv";
	private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();

	private final TicketImportService imports;

	@Activate
	public TicketImportResource(@Reference TicketImportService imports) {
		this.imports = imports;
	}

	/** The answer: counts, the created rows with their ticket ids, the refused rows with every problem. */
	record ImportOut(boolean dryRun, int rows, int created, int failed, List<RowOut> results, List<RowError> errors) {
	}

	record RowOut(int row, String id) {
	}

	record RowError(int row, String status, String category, String message, List<ErrorBody.Detail> errors) {
	}

	@POST
	@Consumes(MediaType.APPLICATION_JSON)
	public ImportOut importJson(TicketBatchJson.BatchIn<TicketsResource.TicketIn> body,
			@QueryParam("dryRun") boolean dryRun) {
		TicketBatchJson.BatchIn<TicketsResource.TicketIn> in = PipelinesResource.required(body);
		if (in.inputs() == null || in.inputs().isEmpty()) {
			throw new ValidationException("inputs", "import.size", "'inputs' must hold at least one ticket");
		}
		List<NewTicket> rows = new ArrayList<>();
		for (TicketsResource.TicketIn ticket : in.inputs()) {
			rows.add(newTicket(TicketsResource.properties(ticket == null ? new TicketsResource.TicketIn(null) : ticket)));
		}
		return out(imports.importTickets(rows, dryRun));
	}

	@POST
	@Consumes({ CSV, "application/csv" })
	public ImportOut importCsv(InputStream body, @QueryParam("dryRun") boolean dryRun) {
		return out(imports.importTickets(readCsv(body), dryRun));
	}

	/** One ticket per record; a record whose cells do not match the header is refused as a whole. */
	static List<NewTicket> readCsv(InputStream body) {
		try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
				CSVParser parser = CSV_FORMAT.parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map(TicketImportResource::headerName).toList();
			if (header.isEmpty() || header.stream().anyMatch(String::isEmpty)) {
				throw new ValidationException("header", "import.csv-header",
						"The first CSV line names a property in every column (hs_pipeline, hs_pipeline_stage, subject, ...)");
			}
			List<NewTicket> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (record.size() != header.size()) {
					throw new ValidationException("row " + (rows.size() + 1), "import.csv-cells", "Row " + (rows.size() + 1)
							+ " (ending at CSV line " + parser.getCurrentLineNumber() + ") has " + record.size()
							+ " cells, the header " + header.size());
				}
				Map<String, String> properties = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					if (!record.get(i).isEmpty()) {
						properties.put(header.get(i), record.get(i));
					}
				}
				rows.add(newTicket(properties));
				if (rows.size() > TicketImportService.MAX_ROWS) {
					break; // the import refuses it by its size
				}
			}
			return rows;
		} catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
			throw new ValidationException("body", "import.csv", "Not a readable CSV file: " + e.getMessage());
		} catch (IOException e) {
			throw new ValidationException("body", "import.csv", "Not a readable CSV file: " + e.getMessage());
		}
	}

	/** Spreadsheet programs start UTF-8 files with a byte order mark. */
	private static String headerName(String name) {
		return (name.startsWith("\uFEFF") ? name.substring(1) : name).strip();
	}

	private static NewTicket newTicket(Map<String, String> properties) {
		Map<String, String> values = new LinkedHashMap<>(properties);
		return new NewTicket(values.remove(TicketsResource.PIPELINE), values.remove(TicketsResource.STAGE), values);
	}

	private static ImportOut out(TicketImportReport report) {
		List<RowOut> results = report.created().stream()
				.map(r -> new RowOut(r.row(), r.ticket() == null ? null : Long.toString(r.ticket().id()))).toList();
		List<RowError> errors = report.failed().stream().map(f -> new RowError(f.row(), "error",
				ErrorBody.categoryOf(f.error()), f.error().getMessage(), ErrorBody.details(f.error().violations())))
				.toList();
		return new ImportOut(report.dryRun(), report.rows(), results.size(), errors.size(), results, errors);
	}
}
