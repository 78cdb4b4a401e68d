package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Ticket import over real HTTP, JSON and CSV: every row checked by the rules of a create (status properties,
 * values), valid rows created with their history and counts, invalid rows reported by number, dry runs write
 * nothing, unreadable files are refused whole.
 */
class TicketImportIT {
	static final String IMPORT = "/pipedesk/v1/imports/tickets";
	static final String TICKETS = "/crm/v3/objects/tickets";

	/** A pipeline Open -> Done whose Done status requires {@code content}: ids of pipeline, Open, Done. */
	private static List<String> pipelineWithRequiredContent() {
		JsonNode pipeline = Http.post("/crm/v3/pipelines/tickets", """
				{"label":"Import %s","stages":[{"label":"Open","metadata":{"ticketState":"OPEN"}},
				 {"label":"Done","metadata":{"ticketState":"CLOSED"}}]}""".formatted(System.nanoTime())).ok(201);
		String id = pipeline.path("id").asText();
		String open = pipeline.path("stages").get(0).path("id").asText();
		String done = pipeline.path("stages").get(1).path("id").asText();
		Http.put("/pipedesk/v1/pipelines/" + id + "/stages/" + done + "/properties",
				"{\"statusProperties\":[{\"name\":\"content\",\"required\":true}]}").ok(200);
		return List.of(id, open, done);
	}

	private static long total(String pipelineId) {
		long total = 0;
		for (JsonNode column : Http.get("/pipedesk/v1/pipelines/" + pipelineId + "/board?limit=1").ok(200).path("columns")) {
			total += column.path("total").asLong();
		}
		return total;
	}

	/** "row:in:code" of every problem of every refused row. */
	private static List<String> problems(JsonNode report) {
		List<String> problems = new ArrayList<>();
		report.path("errors").forEach(row -> row.path("errors").forEach(
				e -> problems.add(row.path("row").asText() + ":" + e.path("in").asText() + ":" + e.path("code").asText())));
		return problems.stream().sorted().toList();
	}

	@Test
	void jsonRowsAreCheckedLikeCreatesValidOnesCreatedInvalidOnesReportedByNumber() {
		List<String> p = pipelineWithRequiredContent();
		String body = """
				{"inputs":[
				 {"properties":{"hs_pipeline":"%1$s","hs_pipeline_stage":"%2$s","subject":"Imported one","hs_ticket_priority":"HIGH"}},
				 {"properties":{"hs_pipeline":"%1$s","hs_pipeline_stage":"%3$s","subject":"No content","hs_ticket_priority":"SOMETIMES"}},
				 {"properties":{"hs_pipeline":"%1$s","hs_pipeline_stage":"%3$s","subject":"Done with content","content":"Fixed"}},
				 {"properties":{"hs_pipeline":"%1$s","hs_pipeline_stage":"999999","subject":"Nowhere"}}]}"""
				.formatted(p.get(0), p.get(1), p.get(2));

		JsonNode dry = Http.post(IMPORT + "?dryRun=true", body).ok(200);
		assertEquals(true, dry.path("dryRun").asBoolean());
		assertEquals(2, dry.path("created").asInt(), dry.toString());
		assertTrue(dry.path("results").get(0).path("id").isMissingNode(), "a dry run creates nothing: " + dry);
		assertEquals(0, total(p.get(0)), "a dry run writes nothing");

		JsonNode report = Http.post(IMPORT, body).ok(200);
		assertEquals(4, report.path("rows").asInt());
		assertEquals(2, report.path("created").asInt(), report.toString());
		assertEquals(2, report.path("failed").asInt());
		assertEquals(List.of("2:content:status.required-property", "2:hs_ticket_priority:property.value-type",
				"4:hs_pipeline_stage:ticket.stage-in-pipeline"), problems(report));
		assertEquals(problems(dry), problems(report), "the dry run found the same problems");
		assertEquals("VALIDATION_ERROR", report.path("errors").get(0).path("category").asText());
		assertEquals(1, report.path("results").get(0).path("row").asInt());
		assertEquals(3, report.path("results").get(1).path("row").asInt());

		String first = report.path("results").get(0).path("id").asText();
		JsonNode ticket = Http.get(TICKETS + "/" + first + "?propertiesWithHistory=subject").ok(200);
		assertEquals("Imported one", ticket.path("properties").path("subject").asText());
		assertEquals("HIGH", ticket.path("properties").path("hs_ticket_priority").asText());
		assertEquals(1, ticket.path("propertiesWithHistory").path("subject").size(), "history is written as for a create");
		String third = report.path("results").get(1).path("id").asText();
		assertEquals("Fixed", Http.get(TICKETS + "/" + third).ok(200).path("properties").path("content").asText());
		assertEquals(2, total(p.get(0)), "the board counts the imported tickets");
	}

	@Test
	void csvWithAHeaderRowImportsQuotedValuesAndReportsBadRows() {
		List<String> p = pipelineWithRequiredContent();
		String csv = "\uFEFFhs_pipeline,hs_pipeline_stage,subject,content,no_such_property\r\n"
				+ p.get(0) + "," + p.get(2) + ",\"Printer, on fire\",\"Line one\nline two\",\r\n"
				+ p.get(0) + "," + p.get(2) + ",Missing content,,\r\n"
				+ "\r\n"
				+ p.get(0) + "," + p.get(1) + ",Unknown column set,,x\r\n"
				+ p.get(0) + "," + p.get(1) + ",Plain,,\r\n";

		JsonNode dry = Http.post(IMPORT + "?dryRun=true", "text/csv", csv).ok(200);
		assertEquals(4, dry.path("rows").asInt(), "the empty line is no row: " + dry);
		assertEquals(0, total(p.get(0)));

		JsonNode report = Http.post(IMPORT, "text/csv", csv).ok(200);
		assertEquals(List.of("2:content:status.required-property", "3:no_such_property:property.exists"),
				problems(report));
		assertEquals(2, report.path("created").asInt());
		JsonNode printer = Http.get(TICKETS + "/" + report.path("results").get(0).path("id").asText()).ok(200);
		assertEquals("Printer, on fire", printer.path("properties").path("subject").asText());
		assertEquals("Line one\nline two", printer.path("properties").path("content").asText());
		assertEquals(p.get(2), printer.path("properties").path("hs_pipeline_stage").asText());
		assertEquals(2, total(p.get(0)));
	}

	@Test
	void unreadableFilesAndEmptyImportsAreRefusedWhole() {
		List<String> p = pipelineWithRequiredContent();
		JsonNode cells = Http.post(IMPORT, "text/csv",
				"hs_pipeline,hs_pipeline_stage,subject\n" + p.get(0) + "," + p.get(1) + ",ok\n" + p.get(0) + ",too,many,cells\n")
				.error(400, "VALIDATION_ERROR");
		assertEquals("import.csv-cells", cells.path("errors").get(0).path("code").asText(), cells.toString());
		JsonNode quote = Http.post(IMPORT, "text/csv", "hs_pipeline,subject\n" + p.get(0) + ",\"never closed\n")
				.error(400, "VALIDATION_ERROR");
		assertEquals("import.csv", quote.path("errors").get(0).path("code").asText(), quote.toString());
		assertEquals("import.csv-header", Http.post(IMPORT, "text/csv", "").error(400, "VALIDATION_ERROR")
				.path("errors").get(0).path("code").asText());
		assertEquals("import.size", Http.post(IMPORT, "{\"inputs\":[]}").error(400, "VALIDATION_ERROR")
				.path("errors").get(0).path("code").asText());
		assertEquals("import.size", Http.post(IMPORT, "text/csv", "subject\n").error(400, "VALIDATION_ERROR")
				.path("errors").get(0).path("code").asText(), "a header without rows imports nothing");
		assertEquals(0, total(p.get(0)), "nothing of a refused file was written");
	}
}
