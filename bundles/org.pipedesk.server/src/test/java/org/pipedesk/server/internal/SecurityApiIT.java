package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.api.Scope;
import org.pipedesk.core.api.TicketPermissions;
import org.pipedesk.core.api.User;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.core.spi.StoreTransaction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Users, teams, tokens and their rules over real HTTP: authentication (401 without or with a bad token, the health
 * check open), token issue and revoke (applied at once, stored hashed), the user and team rules (unique e-mail and
 * team name, edit and delete within view, the last super admin, users owning tickets), and the audit log.
 */
class SecurityApiIT {
	private static final String USERS = "/pipedesk/v1/users";
	private static final String TEAMS = "/pipedesk/v1/teams";
	private static final String TICKETS = "/crm/v3/objects/tickets";
	private final String run = Long.toString(System.nanoTime(), 36);

	@Test
	void requestsWithoutAValidTokenAre401ButTheHealthCheckIsOpen() {
		Http.get("/crm/v3/pipelines/tickets").ok(200); // the server is up
		assertEquals("UP", Http.as(null, "GET", "/pipedesk/v1/health", null).ok(200).path("status").asText());
		assertEquals("/pipedesk/v1/users",
				Http.as(null, "GET", "/", null).ok(200).path("apis").path("users").asText(), "the index is open too");
		Http.as(null, "GET", "/crm/v3/objects/tickets", null).error(401, "INVALID_AUTHENTICATION");
		Http.as("not-a-token", "GET", "/crm/v3/objects/tickets", null).error(401, "INVALID_AUTHENTICATION");
		Http.as(null, "POST", "/crm/v3/objects/tickets", "{\"properties\":{}}").error(401, "INVALID_AUTHENTICATION");
		Http.as(null, "GET", USERS, null).error(401, "INVALID_AUTHENTICATION");
	}

	@Test
	void aTokenIsIssuedOnceStoredHashedAndRevokedAtOnce() throws Exception {
		String user = createUser("Tom", "ALL", "ALL", "NONE").path("id").asText();
		JsonNode issued = Http.post(USERS + "/" + user + "/tokens", "{\"label\":\"laptop\"}").ok(201);
		String secret = issued.path("secret").asText();
		assertTrue(secret.startsWith("pd_") && secret.length() > 40, issued.toString());
		String tokenId = issued.path("token").path("id").asText();

		assertEquals(user, Http.as(secret, "GET", USERS + "/me", null).ok(200).path("id").asText());
		JsonNode listed = Http.get(USERS + "/" + user + "/tokens").ok(200).path("results").get(0);
		assertEquals("laptop", listed.path("label").asText());
		assertFalse(listed.toString().contains(secret), "a listing never shows the secret: " + listed);
		assertTrue(secret.startsWith(listed.path("hint").asText().replace("…", "")), listed.toString());

		// the store keeps the SHA-256 of the secret, and finds the user by it
		String hash = HexFormat.of().formatHex(
				MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		Long holder = CallerContext.callAs(Caller.system("it"), () -> Osgi.service(DeskStore.class)
				.inTransaction(tx -> tx.security().findTokenUser(hash).orElse(null)));
		assertEquals(Long.valueOf(user), holder);

		// a user manages their own tokens, not other users'
		JsonNode own = Http.as(secret, "POST", USERS + "/me/tokens", "{\"label\":\"phone\"}").ok(201);
		Http.as(secret, "POST", USERS + "/1/tokens", "{}").error(403, "MISSING_SCOPES");
		Http.as(secret, "GET", USERS + "/1/tokens", null).error(403, "MISSING_SCOPES");
		assertEquals(204, Http.as(own.path("secret").asText(), "DELETE",
				"/pipedesk/v1/tokens/" + own.path("token").path("id").asText(), null).status());

		assertEquals(204, Http.delete("/pipedesk/v1/tokens/" + tokenId).status());
		Http.as(secret, "GET", USERS + "/me", null).error(401, "INVALID_AUTHENTICATION");
		Http.delete("/pipedesk/v1/tokens/999999999").error(404, "OBJECT_NOT_FOUND");
	}

	/**
	 * Ticket requests take the token's user from memory once the token was seen, and core checks the token in the
	 * request's own transaction: a token revoked or a user deactivated by another node (here: written to the database
	 * directly, so this node's services never heard of it) is refused by the very next request, errors included.
	 */
	@Test
	void aTokenRevokedOrAUserDeactivatedElsewhereIsRefusedByTheNextTicketRequest() {
		String user = createUser("Ann", "ALL", "ALL", "ALL").path("id").asText();
		JsonNode issued = Http.post(USERS + "/" + user + "/tokens", "{\"label\":\"script\"}").ok(201);
		String secret = issued.path("secret").asText();
		long tokenId = issued.path("token").path("id").asLong();
		String ticket = "{\"properties\":{\"hs_pipeline\":\"0\",\"hs_pipeline_stage\":\"1\",\"subject\":\"s\"}}";
		String created = Http.as(secret, "POST", TICKETS, ticket).ok(201).path("id").asText();
		Http.as(secret, "GET", TICKETS + "/" + created, null).ok(200);

		// a right lowered elsewhere applies to the next create
		DeskStore store = Osgi.service(DeskStore.class);
		changeUserElsewhere(store, user, true, new TicketPermissions(Scope.ALL, Scope.NONE, Scope.NONE, false));
		Http.as(secret, "POST", TICKETS, ticket).error(403, "MISSING_SCOPES");
		Http.as(secret, "GET", TICKETS + "/" + created, null).ok(200);

		// the user deactivated elsewhere
		changeUserElsewhere(store, user, false, null);
		Http.as(secret, "GET", TICKETS + "/" + created, null).error(401, "INVALID_AUTHENTICATION");
		changeUserElsewhere(store, user, true, null);
		Http.as(secret, "GET", TICKETS + "/" + created, null).ok(200);

		// the token revoked elsewhere: refused at once, also where the request fails before reaching core
		writeElsewhere(store, tx -> assertTrue(tx.security().revokeToken(tokenId, Instant.now())));
		Http.as(secret, "GET", TICKETS + "/" + created, null).error(401, "INVALID_AUTHENTICATION");
		Http.as(secret, "POST", TICKETS, ticket).error(401, "INVALID_AUTHENTICATION");
		Http.as(secret, "POST", TICKETS, "{\"properties\":").error(401, "INVALID_AUTHENTICATION");
		Http.as(secret, "GET", TICKETS + "/not-a-number", null).error(401, "INVALID_AUTHENTICATION");
		Http.as(secret, "POST", TICKETS + "/batch/create", "{\"inputs\":[]}").error(401, "INVALID_AUTHENTICATION");
	}

	/** Sets a user's active flag and (unless null) permissions as another node would. */
	private static void changeUserElsewhere(DeskStore store, String userId, boolean active,
			TicketPermissions permissions) {
		writeElsewhere(store, tx -> {
			User user = tx.security().findUser(Long.parseLong(userId)).orElseThrow();
			assertTrue(tx.security().updateUser(new User(user.id(), user.name(), user.email(), active,
					user.superAdmin(), permissions == null ? user.permissions() : permissions, user.teamIds(),
					user.version(), user.createdAt(), Instant.now()), user.version(), Instant.now()));
		});
	}

	/** Changes security rows in a transaction of the store itself, as another node of the cluster would. */
	private static void writeElsewhere(DeskStore store, java.util.function.Consumer<StoreTransaction> change) {
		CallerContext.runAs(Caller.system("other-node"), () -> store.inTransaction(tx -> {
			change.accept(tx);
			return null;
		}));
	}

	@Test
	void userRulesAreCheckedAndEveryProblemNamed() {
		JsonNode bad = Http.post(USERS, "{\"name\":\" \",\"email\":\"nope\",\"permissions\":{\"view\":\"OWNED\","
				+ "\"edit\":\"TEAM\",\"delete\":\"ALL\",\"unassigned\":false},\"teamIds\":[\"999999\"]}")
				.error(400, "VALIDATION_ERROR");
		String text = bad.toString();
		for (String rule : List.of("user.name-required", "user.email-format", "permissions.edit-within-view",
				"permissions.delete-within-view", "team.exists")) {
			assertTrue(text.contains(rule), rule + " in " + text);
		}
		Http.post(USERS, "{\"name\":\"X\",\"email\":\"x@y\",\"permissions\":{\"view\":\"SOME\"}}")
				.error(400, "VALIDATION_ERROR");

		String email = "dup-" + run + "@example.com";
		JsonNode first = Http.post(USERS, "{\"name\":\"Dup\",\"email\":\"" + email + "\"}").ok(201);
		assertEquals("ALL", first.path("permissions").path("view").asText(), "default permissions: " + first);
		assertEquals("NONE", first.path("permissions").path("delete").asText());
		Http.post(USERS, "{\"name\":\"Dup 2\",\"email\":\"" + email.toUpperCase() + "\"}").error(409, "CONFLICT");

		// versions: a stale change is refused
		String id = first.path("id").asText();
		Http.patch(USERS + "/" + id, "{\"name\":\"Dup renamed\",\"version\":" + first.path("version").asLong() + "}").ok(200);
		Http.patch(USERS + "/" + id, "{\"name\":\"Lost\",\"version\":" + first.path("version").asLong() + "}")
				.error(409, "CONFLICT");
		Http.get(USERS + "/nope").error(404, "OBJECT_NOT_FOUND");
		Http.post(USERS, "{\"name\":").error(400, "VALIDATION_ERROR");
	}

	@Test
	void theLastActiveSuperAdminCanBeNeitherDemotedNorDeactivatedNorDeleted() {
		JsonNode second = Http.post(USERS, "{\"name\":\"Second admin\",\"email\":\"admin2-" + run
				+ "@example.com\",\"superAdmin\":true}").ok(201);
		String id = second.path("id").asText();
		Http.patch(USERS + "/" + id, "{\"superAdmin\":false}").ok(200); // user 1 is still a super admin
		Http.patch(USERS + "/1", "{\"superAdmin\":false}").error(409, "CONFLICT");
		Http.patch(USERS + "/1", "{\"active\":false}").error(409, "CONFLICT");
		JsonNode refused = Http.delete(USERS + "/1").error(409, "CONFLICT");
		assertTrue(refused.toString().contains("user.last-super-admin"), refused.toString());
		assertTrue(Http.get(USERS + "/1").ok(200).path("superAdmin").asBoolean(), "nothing half-applied");
	}

	@Test
	void aUserWhoOwnsTicketsIsDeactivatedNotDeletedAndOwnersMustBeUsers() {
		String id = createUser("Owner", "ALL", "ALL", "ALL").path("id").asText();
		String ticket = Http.post("/crm/v3/objects/tickets", "{\"properties\":{\"subject\":\"owned\","
				+ "\"hs_pipeline_stage\":\"1\",\"hubspot_owner_id\":\"" + id + "\"}}").ok(201).path("id").asText();
		JsonNode refused = Http.delete(USERS + "/" + id).error(409, "CONFLICT");
		assertTrue(refused.path("message").asText().contains("owns 1 ticket"), refused.toString());
		Http.post("/crm/v3/objects/tickets", "{\"properties\":{\"subject\":\"x\",\"hs_pipeline_stage\":\"1\","
				+ "\"hubspot_owner_id\":\"99999999\"}}").error(400, "VALIDATION_ERROR");
		Http.patch("/crm/v3/objects/tickets/" + ticket, "{\"properties\":{\"hubspot_owner_id\":\"\"}}").ok(200);
		assertEquals(204, Http.delete(USERS + "/" + id).status());
	}

	@Test
	void teamsHaveUniqueNamesAndExistingMembers() {
		String a = createUser("Member", "TEAM", "TEAM", "NONE").path("id").asText();
		JsonNode team = Http.post(TEAMS, "{\"name\":\"Tier 1 " + run + "\",\"memberIds\":[\"" + a + "\"]}").ok(201);
		assertEquals(List.of(a), List.of(team.path("memberIds").get(0).asText()));
		Http.post(TEAMS, "{\"name\":\"tier 1 " + run + "\"}").error(409, "CONFLICT");
		Http.post(TEAMS, "{\"name\":\"Other " + run + "\",\"memberIds\":[\"88888888\"]}").error(400, "VALIDATION_ERROR");
		assertEquals(List.of(team.path("id").asText()),
				List.of(Http.get(USERS + "/" + a).ok(200).path("teamIds").get(0).asText()));
		assertEquals(204, Http.delete(TEAMS + "/" + team.path("id").asText()).status());
		assertEquals(0, Http.get(USERS + "/" + a).ok(200).path("teamIds").size());
	}

	@Test
	void ticketsAreAssignedToExistingTeamsAndATeamWithTicketsIsNotDeleted() {
		String team = Http.post(TEAMS, "{\"name\":\"Billing " + run + "\"}").ok(201).path("id").asText();
		JsonNode property = Http.get("/crm/v3/properties/tickets/hubspot_team_id").ok(200);
		assertEquals("enumeration", property.path("type").asText());
		assertEquals("TEAM", property.path("referencedObjectType").asText());
		String ticket = Http.post("/crm/v3/objects/tickets", "{\"properties\":{\"subject\":\"billing\","
				+ "\"hs_pipeline_stage\":\"1\",\"hubspot_team_id\":\"" + team + "\"}}").ok(201).path("id").asText();
		JsonNode unknown = Http.post("/crm/v3/objects/tickets", "{\"properties\":{\"subject\":\"x\","
				+ "\"hs_pipeline_stage\":\"1\",\"hubspot_team_id\":\"77777777\"}}").error(400, "VALIDATION_ERROR");
		assertEquals("team.team-exists", unknown.path("errors").get(0).path("code").asText(), unknown.toString());
		assertEquals("hubspot_team_id", unknown.path("errors").get(0).path("in").asText(), unknown.toString());
		JsonNode refused = Http.delete(TEAMS + "/" + team).error(409, "CONFLICT");
		assertTrue(refused.path("message").asText().contains("1 ticket(s) assigned"), refused.toString());
		Http.patch("/crm/v3/objects/tickets/" + ticket, "{\"properties\":{\"hubspot_team_id\":\"\"}}").ok(200);
		assertEquals(204, Http.delete(TEAMS + "/" + team).status());
	}

	@Test
	void everySecurityChangeIsInTheAuditLogWithWhoAndWhat() {
		String id = createUser("Audited", "ALL", "ALL", "NONE").path("id").asText();
		Http.patch(USERS + "/" + id, "{\"permissions\":{\"view\":\"TEAM\",\"edit\":\"OWNED\",\"delete\":\"NONE\","
				+ "\"unassigned\":true}}").ok(200);
		String token = Http.post(USERS + "/" + id + "/tokens", "{}").ok(201).path("token").path("id").asText();
		Http.delete("/pipedesk/v1/tokens/" + token);
		JsonNode userLog = Http.get("/pipedesk/v1/security/audit?objectType=USER&objectId=" + id).ok(200);
		List<String> actions = new ArrayList<>();
		userLog.path("results").forEach(e -> actions.add(e.path("action").asText()));
		assertEquals(List.of("user.created", "user.updated"), actions);
		JsonNode update = userLog.path("results").get(1);
		assertEquals("user:1", update.path("actor").asText());
		assertTrue(update.path("details").asText().contains("view ALL, edit ALL") && update.path("details").asText()
				.contains("view TEAM, edit OWNED"), update.toString());
		JsonNode tokenLog = Http.get("/pipedesk/v1/security/audit?objectType=TOKEN&objectId=" + token).ok(200);
		assertEquals(2, tokenLog.path("results").size(), "issued and revoked: " + tokenLog);
		Http.get("/pipedesk/v1/security/audit?objectType=USER").error(400, "VALIDATION_ERROR");
	}

	private JsonNode createUser(String name, String view, String edit, String delete) {
		return Http.post(USERS, "{\"name\":\"" + name + "\",\"email\":\"" + name.toLowerCase() + "-" + run
				+ "@example.com\",\"permissions\":{\"view\":\"" + view + "\",\"edit\":\"" + edit + "\",\"delete\":\""
				+ delete + "\",\"unassigned\":false}}").ok(201);
	}
}
