package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The permission matrix through the real REST API: view / edit / delete scopes (ALL, TEAM, OWNED, NONE) × the
 * unassigned switch × membership of several teams × pipeline access (everyone, team VIEW, user EDIT), over every
 * ticket endpoint — get, batch read, list, search, board, history, time in status, update, batch update, delete,
 * batch archive, create — and the pipeline listing. Each cell asserts what is allowed and what is denied, and how
 * (404 for what one may not view, 403 for what one may view but not change).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // reads first: later tests add tickets
class PermissionMatrixIT {
	private static final String TICKETS = "/crm/v3/objects/tickets";
	private static final String PIPELINES = "/crm/v3/pipelines/tickets";

	private final String run = Long.toString(System.nanoTime(), 36);
	/** user name -> token */
	private final Map<String, String> tokens = new LinkedHashMap<>();
	private final Map<String, String> userIds = new HashMap<>();
	/** ticket name -> id */
	private final Map<String, String> tickets = new LinkedHashMap<>();
	private String open;   // pipeline everyone may work in
	private String secret; // pipeline restricted to team T2 (view) and user E (edit)
	private String openNew;
	private String secretNew;
	private String team2;

	@BeforeAll
	void desk() {
		JsonNode p = pipeline("Matrix open " + run);
		open = p.path("id").asText();
		openNew = p.path("stages").get(0).path("id").asText();
		JsonNode r = pipeline("Matrix secret " + run);
		secret = r.path("id").asText();
		secretNew = r.path("stages").get(0).path("id").asText();

		user("A", "TEAM", "TEAM", "OWNED", false);
		user("B", "TEAM", "OWNED", "NONE", true);
		user("C", "OWNED", "OWNED", "OWNED", false);
		user("D", "ALL", "NONE", "NONE", false);
		user("E", "ALL", "ALL", "ALL", false);
		team("T1 " + run, "A", "B");
		team2 = team("T2 " + run, "B", "C");
		Http.put("/pipedesk/v1/pipelines/" + secret + "/access", "{\"restricted\":true,\"grants\":["
				+ "{\"type\":\"TEAM\",\"id\":\"" + team2 + "\",\"level\":\"VIEW\"},"
				+ "{\"type\":\"USER\",\"id\":\"" + userIds.get("E") + "\",\"level\":\"EDIT\"}]}").ok(200);

		for (String owner : List.of("A", "B", "C", "D", "")) {
			tickets.put("p" + owner, ticket(open, openNew, owner));
		}
		for (String owner : List.of("B", "C", "")) {
			tickets.put("r" + owner, ticket(secret, secretNew, owner));
		}
	}

	/** Who may view which ticket: the heart of the matrix. */
	private static final Map<String, Set<String>> VIEW = Map.of(
			"A", Set.of("pA", "pB"),                    // TEAM via T1 {A, B}; unassigned off; no access to the secret pipeline
			"B", Set.of("pA", "pB", "pC", "p", "rB", "rC", "r"), // TEAM via T1 and T2 {A, B, C} + unassigned; T2 views secret
			"C", Set.of("pC", "rC"),                    // OWNED; T2 views secret
			"D", Set.of("pA", "pB", "pC", "pD", "p"),   // ALL, but no access to the secret pipeline
			"E", Set.of("pA", "pB", "pC", "pD", "p", "rB", "rC", "r")); // ALL, granted EDIT on secret
	private static final Map<String, Set<String>> EDIT = Map.of(
			"A", Set.of("pA", "pB"),
			"B", Set.of("pB", "p"),       // OWNED + unassigned; the secret pipeline is view-only for T2
			"C", Set.of("pC"),
			"D", Set.of(),
			"E", Set.of("pA", "pB", "pC", "pD", "p", "rB", "rC", "r"));
	private static final Map<String, Set<String>> DELETE = Map.of(
			"A", Set.of("pA"),
			"B", Set.of(),
			"C", Set.of("pC"),
			"D", Set.of(),
			"E", Set.of("pA", "pB", "pC", "pD", "p", "rB", "rC", "r"));

	@Test
	@Order(1)
	void eachUserGetsExactlyTheTicketsTheyMayViewOnEveryReadPath() {
		for (String user : tokens.keySet()) {
			Set<String> visible = VIEW.get(user);
			for (String name : tickets.keySet()) {
				String id = tickets.get(name);
				boolean may = visible.contains(name);
				String cell = user + " reading " + name;
				Http.Reply get = as(user, "GET", TICKETS + "/" + id, null);
				if (may) {
					assertEquals(id, get.ok(200).path("id").asText(), cell);
				} else {
					assertTrue(get.error(404, "OBJECT_NOT_FOUND").path("message").asText().contains("does not exist"),
							cell + ": existence must not leak");
				}
				assertEquals(may ? 200 : 404, as(user, "GET", "/pipedesk/v1/tickets/" + id + "/history", null).status(),
						cell + " (history)");
				assertEquals(may ? 200 : 404,
						as(user, "GET", "/pipedesk/v1/tickets/" + id + "/time-in-status", null).status(),
						cell + " (time in status)");
			}
			// batch read: the visible ones come back, the others are reported as missing
			JsonNode batch = as(user, "POST", TICKETS + "/batch/read", "{\"inputs\":[" + tickets.values().stream()
					.map(id -> "{\"id\":\"" + id + "\"}").collect(Collectors.joining(",")) + "]}").body();
			assertEquals(new TreeSet<>(visible), names(ids(batch.path("results"))), user + " batch read");
			// search in each pipeline: exactly the visible ones, with the right total
			for (String pipeline : List.of(open, secret)) {
				JsonNode found = as(user, "POST", TICKETS + "/search", "{\"filterGroups\":[{\"filters\":[{\"propertyName\":"
						+ "\"hs_pipeline\",\"operator\":\"EQ\",\"value\":\"" + pipeline + "\"}]}],\"limit\":100}").ok(200);
				Set<String> expected = inPipeline(visible, pipeline);
				assertEquals(expected, names(ids(found.path("results"))), user + " search in " + pipeline);
				assertEquals(expected.size(), found.path("total").asInt(), user + " search total in " + pipeline);
			}
		}
	}

	@Test
	@Order(1)
	void partsThatTellUsersAboutTicketsAskTheSameRules() {
		// notifications and e-mail run as the system and ask core whether the recipient may view the ticket
		org.pipedesk.core.api.AccessService access = Osgi.service(org.pipedesk.core.api.AccessService.class);
		for (String user : tokens.keySet()) {
			for (String name : tickets.keySet()) {
				boolean may = org.pipedesk.core.api.CallerContext.callAs(
						org.pipedesk.core.api.Caller.system("notifications"),
						() -> access.canView(Long.parseLong(userIds.get(user)), Long.parseLong(tickets.get(name))));
				assertEquals(VIEW.get(user).contains(name), may, user + " told about " + name);
			}
		}
	}

	@Test
	@Order(2)
	void boardsCountAndShowOnlyVisibleTicketsAndHiddenPipelinesDoNotExist() {
		for (String user : tokens.keySet()) {
			for (String pipeline : List.of(open, secret)) {
				Set<String> expected = inPipeline(VIEW.get(user), pipeline);
				boolean pipelineVisible = pipeline.equals(open) || Set.of("B", "C", "E").contains(user);
				Http.Reply board = as(user, "GET", "/pipedesk/v1/pipelines/" + pipeline + "/board", null);
				Http.Reply get = as(user, "GET", PIPELINES + "/" + pipeline, null);
				Http.Reply stages = as(user, "GET", PIPELINES + "/" + pipeline + "/stages", null);
				if (!pipelineVisible) {
					board.error(404, "OBJECT_NOT_FOUND");
					get.error(404, "OBJECT_NOT_FOUND");
					stages.error(404, "OBJECT_NOT_FOUND");
					continue;
				}
				get.ok(200);
				stages.ok(200);
				JsonNode first = board.ok(200).path("columns").get(0);
				assertEquals(expected.size(), first.path("total").asInt(), user + " board count of " + pipeline);
				Set<String> cards = new HashSet<>();
				first.path("cards").forEach(c -> cards.add(c.path("id").asText()));
				assertEquals(expected, names(cards), user + " board cards of " + pipeline);
			}
			Set<String> listed = new HashSet<>();
			as(user, "GET", PIPELINES, null).ok(200).path("results").forEach(p -> listed.add(p.path("id").asText()));
			assertTrue(listed.contains(open), user + " lists the open pipeline");
			assertEquals(Set.of("B", "C", "E").contains(user), listed.contains(secret), user + " lists the secret pipeline");
		}
	}

	@Test
	@Order(3)
	void theTicketListHoldsOnlyWhatOneMayView() {
		// A and C have no unassigned switch, so their whole list is known even on a desk shared with other tests
		for (String user : List.of("A", "C")) {
			Set<String> listed = new HashSet<>();
			String after = "";
			do {
				JsonNode page = as(user, "GET", TICKETS + "?limit=100" + (after.isEmpty() ? "" : "&after=" + after), null)
						.ok(200);
				page.path("results").forEach(t -> listed.add(t.path("id").asText()));
				after = page.path("paging").path("next").path("after").asText("");
			} while (!after.isEmpty());
			assertEquals(VIEW.get(user), names(listed), user + " list");
		}
	}

	@Test
	@Order(5)
	void editsAreAllowedExactlyWhereTheEditScopeAndPipelineAccessReach() {
		for (String user : tokens.keySet()) {
			for (String name : tickets.keySet()) {
				String id = tickets.get(name);
				String cell = user + " editing " + name;
				Http.Reply reply = as(user, "PATCH", TICKETS + "/" + id,
						"{\"properties\":{\"content\":\"edited by " + user + "\"}}");
				if (EDIT.get(user).contains(name)) {
					reply.ok(200);
				} else if (VIEW.get(user).contains(name)) {
					assertTrue(reply.error(403, "MISSING_SCOPES").path("message").asText().contains("not edit"), cell);
				} else {
					reply.error(404, "OBJECT_NOT_FOUND");
				}
				// e-mailing the customer from the ticket is an edit: denied exactly where editing is
				if (!EDIT.get(user).contains(name)) {
					as(user, "POST", "/pipedesk/v1/tickets/" + id + "/emails", "{\"text\":\"Hello from " + user + "\"}")
							.error(VIEW.get(user).contains(name) ? 403 : 404,
									VIEW.get(user).contains(name) ? "MISSING_SCOPES" : "OBJECT_NOT_FOUND");
				}
				// the same cell through batch update: applied or reported, never applied when denied
				JsonNode batch = as(user, "POST", TICKETS + "/batch/update", "{\"inputs\":[{\"id\":\"" + id
						+ "\",\"properties\":{\"content\":\"batch by " + user + "\"}}]}").body();
				assertEquals(EDIT.get(user).contains(name) ? 1 : 0, batch.path("results").size(), cell + " (batch)");
			}
			// creating: needs edit access to the pipeline and an edit scope other than NONE
			Http.Reply inOpen = as(user, "POST", TICKETS, ticketJson(open, openNew, ""));
			Http.Reply inSecret = as(user, "POST", TICKETS, ticketJson(secret, secretNew, ""));
			assertEquals(user.equals("D") ? 403 : 201, inOpen.status(), user + " creating in the open pipeline");
			int secretCreate = user.equals("E") ? 201 : Set.of("B", "C").contains(user) ? 403 : 404;
			assertEquals(secretCreate, inSecret.status(), user + " creating in the secret pipeline: " + inSecret.body());
		}
		// nothing a denied edit touched has changed
		JsonNode pD = Http.get(TICKETS + "/" + tickets.get("pD") + "?properties=content").ok(200);
		assertTrue(pD.path("properties").path("content").asText().matches("(edited|batch) by E"), pD.toString());
	}

	@Test
	@Order(6)
	void deletesAreAllowedExactlyWhereTheDeleteScopeReaches() {
		// fresh tickets per cell: a delete that is allowed removes its ticket
		for (String user : tokens.keySet()) {
			for (String name : tickets.keySet()) {
				String pipeline = name.startsWith("p") ? open : secret;
				String id = ticket(pipeline, pipeline.equals(open) ? openNew : secretNew, name.substring(1));
				String cell = user + " deleting " + name;
				Http.Reply reply = as(user, "DELETE", TICKETS + "/" + id, null);
				if (DELETE.get(user).contains(name)) {
					assertEquals(204, reply.status(), cell);
					assertEquals(404, Http.get(TICKETS + "/" + id).status(), cell + ": gone");
					continue;
				}
				if (VIEW.get(user).contains(name)) {
					reply.error(403, "MISSING_SCOPES");
				} else {
					reply.error(404, "OBJECT_NOT_FOUND");
				}
				Http.Reply archive = as(user, "POST", TICKETS + "/batch/archive", "{\"inputs\":[{\"id\":\"" + id + "\"}]}");
				assertEquals(207, archive.status(), cell + " (batch): " + archive.body());
				assertEquals(200, Http.get(TICKETS + "/" + id).status(), cell + ": still there");
			}
		}
	}

	@Test
	@Order(7)
	void changesOfPermissionsTeamsAndTokensApplyToTheVeryNextRequest() {
		String pC = TICKETS + "/" + tickets.get("pC");
		String rB = TICKETS + "/" + tickets.get("rB");
		String a = userIds.get("A");
		as("A", "GET", pC, null).error(404, "OBJECT_NOT_FOUND");
		Http.patch("/pipedesk/v1/users/" + a, "{\"permissions\":{\"view\":\"ALL\",\"edit\":\"TEAM\",\"delete\":\"OWNED\","
				+ "\"unassigned\":false}}").ok(200);
		as("A", "GET", pC, null).ok(200);
		Http.patch("/pipedesk/v1/users/" + a, "{\"permissions\":{\"view\":\"TEAM\",\"edit\":\"TEAM\",\"delete\":\"OWNED\","
				+ "\"unassigned\":false}}").ok(200);
		as("A", "GET", pC, null).error(404, "OBJECT_NOT_FOUND");

		// A joins T2: the secret pipeline and C's tickets come into view at once
		Http.patch("/pipedesk/v1/teams/" + team2, "{\"memberIds\":[\"" + userIds.get("B") + "\",\"" + userIds.get("C")
				+ "\",\"" + a + "\"]}").ok(200);
		as("A", "GET", rB, null).ok(200);
		as("A", "GET", pC, null).ok(200);
		Http.patch("/pipedesk/v1/teams/" + team2, "{\"memberIds\":[\"" + userIds.get("B") + "\",\"" + userIds.get("C")
				+ "\"]}").ok(200);
		as("A", "GET", rB, null).error(404, "OBJECT_NOT_FOUND");

		// deactivating a user stops their token; reactivating restores it
		Http.patch("/pipedesk/v1/users/" + a, "{\"active\":false}").ok(200);
		as("A", "GET", TICKETS + "/" + tickets.get("pA"), null).error(401, "INVALID_AUTHENTICATION");
		Http.patch("/pipedesk/v1/users/" + a, "{\"active\":true}").ok(200);
		as("A", "GET", TICKETS + "/" + tickets.get("pA"), null).ok(200);
	}

	@Test
	@Order(4)
	void onlySuperAdminsManageUsersTeamsAccessAndConfiguration() {
		for (String user : tokens.keySet()) {
			as(user, "POST", "/pipedesk/v1/users", "{\"name\":\"X\",\"email\":\"x-" + run + user + "@example.com\"}")
					.error(403, "MISSING_SCOPES");
			as(user, "POST", "/pipedesk/v1/teams", "{\"name\":\"X " + run + user + "\"}").error(403, "MISSING_SCOPES");
			as(user, "PUT", "/pipedesk/v1/pipelines/" + open + "/access", "{\"restricted\":false}")
					.error(403, "MISSING_SCOPES");
			as(user, "GET", "/pipedesk/v1/security/audit", null).error(403, "MISSING_SCOPES");
			as(user, "PATCH", PIPELINES + "/" + open, "{\"label\":\"Renamed by " + user + "\"}").error(403, "MISSING_SCOPES");
			as(user, "GET", "/pipedesk/v1/configuration/versions", null).error(403, "MISSING_SCOPES");
			// everyone may read users and teams (to pick an owner), and themselves
			as(user, "GET", "/pipedesk/v1/users", null).ok(200);
			as(user, "GET", "/pipedesk/v1/teams", null).ok(200);
			assertEquals(userIds.get(user), as(user, "GET", "/pipedesk/v1/users/me", null).ok(200).path("id").asText());
			// automation records name tickets: notes as visible as their ticket, runs per visible ticket, own notifications
			String pD = tickets.get("pD");
			assertEquals(VIEW.get(user).contains("pD") ? 200 : 404,
					as(user, "GET", "/pipedesk/v1/automation/tickets/" + pD + "/notes", null).status(), user + " notes");
			assertEquals(VIEW.get(user).contains("pD") ? 200 : 404,
					as(user, "GET", "/pipedesk/v1/automation/runs?ticketId=" + pD, null).status(), user + " runs");
			as(user, "GET", "/pipedesk/v1/automation/runs", null).error(403, "MISSING_SCOPES");
			as(user, "GET", "/pipedesk/v1/automation/notifications?recipientKind=USER&recipient=1", null)
					.error(403, "MISSING_SCOPES");
			as(user, "GET", "/pipedesk/v1/automation/notifications", null).ok(200);
		}
	}

	// --- helpers -------------------------------------------------------------------------------------------------

	private Http.Reply as(String user, String method, String path, String json) {
		return Http.as(tokens.get(user), method, path, json);
	}

	private static JsonNode pipeline(String label) {
		return Http.post(PIPELINES, "{\"label\":\"" + label + "\",\"displayOrder\":900,\"stages\":["
				+ "{\"label\":\"New\",\"displayOrder\":0,\"metadata\":{\"ticketState\":\"OPEN\"}},"
				+ "{\"label\":\"Done\",\"displayOrder\":1,\"metadata\":{\"ticketState\":\"CLOSED\"}}]}").ok(201);
	}

	private void user(String name, String view, String edit, String delete, boolean unassigned) {
		JsonNode user = Http.post("/pipedesk/v1/users", "{\"name\":\"" + name + " " + run + "\",\"email\":\"" + name
				+ "-" + run + "@example.com\",\"permissions\":{\"view\":\"" + view + "\",\"edit\":\"" + edit
				+ "\",\"delete\":\"" + delete + "\",\"unassigned\":" + unassigned + "}}").ok(201);
		String id = user.path("id").asText();
		userIds.put(name, id);
		tokens.put(name, Http.post("/pipedesk/v1/users/" + id + "/tokens", "{\"label\":\"matrix\"}").ok(201)
				.path("secret").asText());
	}

	private String team(String name, String... members) {
		return Http.post("/pipedesk/v1/teams", "{\"name\":\"" + name + "\",\"memberIds\":["
				+ List.of(members).stream().map(m -> "\"" + userIds.get(m) + "\"").collect(Collectors.joining(","))
				+ "]}").ok(201).path("id").asText();
	}

	private String ticketJson(String pipeline, String stage, String owner) {
		return "{\"properties\":{\"subject\":\"matrix " + run + "\",\"hs_pipeline\":\"" + pipeline
				+ "\",\"hs_pipeline_stage\":\"" + stage + "\""
				+ (owner.isEmpty() ? "" : ",\"hubspot_owner_id\":\"" + userIds.get(owner) + "\"") + "}}";
	}

	private String ticket(String pipeline, String stage, String owner) {
		return Http.post(TICKETS, ticketJson(pipeline, stage, owner)).ok(201).path("id").asText();
	}

	private static Set<String> ids(JsonNode results) {
		Set<String> ids = new HashSet<>();
		results.forEach(r -> ids.add(r.path("id").asText()));
		return ids;
	}

	/** Ticket ids as the matrix's names, keeping only this test's tickets. */
	private Set<String> names(Set<String> ids) {
		Set<String> names = new TreeSet<>();
		tickets.forEach((name, id) -> {
			if (ids.contains(id)) {
				names.add(name);
			}
		});
		return names;
	}

	private Set<String> inPipeline(Set<String> names, String pipeline) {
		String prefix = pipeline.equals(open) ? "p" : "r";
		return new TreeSet<>(names.stream().filter(n -> n.startsWith(prefix)).toList());
	}

}
