package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pipedesk.core.spi.DeskStore;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Search totals over the real REST API while tickets are created, edited, moved and deleted in every way the API
 * offers: single and batch creates, value changes (set, change, clear), moves, bulk status changes, single and
 * batch deletes, a status deleted with its tickets moved, a property archived, and a property that becomes counted.
 * After each step the total (and the tickets) of every "status / pipeline + value" search equals what the test's
 * own record of the tickets says, for a super admin (total from the kept counts), a user limited to some pipelines
 * (counts of the statuses they may see) and a user who sees only the tickets they own (total counted, never from
 * the counts). One test changes a kept count behind the server's back to show which searches read them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTotalsIT {
	private static final String TICKETS = "/crm/v3/objects/tickets";
	private static final String PIPELINES = "/crm/v3/pipelines/tickets";
	private static final List<String> TIERS = List.of("GOLD", "SILVER", "BRONZE");
	private static final List<String> TAGS = List.of("A", "B", "A;B");

	private final String run = Long.toString(System.nanoTime(), 36);
	private final String tier = "tier_" + run;
	private final String tags = "tags_" + run;
	private final Random random = new Random();
	private String open;
	private final List<String> openStages = new ArrayList<>();
	private String secret;
	private final List<String> secretStages = new ArrayList<>();
	private String ownerId;
	private String ownerToken;
	private String pipelinesOnlyToken;

	/** The test's record of its tickets: id -> pipeline, stage and values. */
	private final Map<String, Map<String, String>> tickets = new LinkedHashMap<>();

	@BeforeAll
	void desk() {
		JsonNode p = pipeline("Totals open " + run);
		open = p.path("id").asText();
		p.path("stages").forEach(s -> openStages.add(s.path("id").asText()));
		JsonNode r = pipeline("Totals secret " + run);
		secret = r.path("id").asText();
		r.path("stages").forEach(s -> secretStages.add(s.path("id").asText()));
		// nobody but super admins may see the secret pipeline
		Http.put("/pipedesk/v1/pipelines/" + secret + "/access", "{\"restricted\":true,\"grants\":[]}").ok(200);
		Http.post("/crm/v3/properties/tickets", "{\"name\":\"" + tier + "\",\"label\":\"Tier " + run + "\","
				+ "\"type\":\"enumeration\",\"fieldType\":\"select\",\"options\":[{\"label\":\"Gold\",\"value\":\"GOLD\"},"
				+ "{\"label\":\"Silver\",\"value\":\"SILVER\"},{\"label\":\"Bronze\",\"value\":\"BRONZE\"}]}").ok(201);
		Http.post("/crm/v3/properties/tickets", "{\"name\":\"" + tags + "\",\"label\":\"Tags " + run + "\","
				+ "\"type\":\"enumeration\",\"fieldType\":\"checkbox\",\"options\":[{\"label\":\"A\",\"value\":\"A\"},"
				+ "{\"label\":\"B\",\"value\":\"B\"}]}").ok(201);
		JsonNode owner = user("Owner " + run, "OWNED");
		ownerId = owner.path("id").asText();
		ownerToken = token(ownerId);
		pipelinesOnlyToken = token(user("Pipelines " + run, "ALL").path("id").asText());
	}

	@Test
	void searchTotalsStayExactThroughEveryKindOfWrite() {
		List<String> inputs = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			inputs.add(randomTicket());
		}
		for (int batch = 0; batch < 40; batch += 20) {
			JsonNode created = Http.post(TICKETS + "/batch/create",
					"{\"inputs\":[" + String.join(",", inputs.subList(batch, batch + 20)) + "]}").ok(201);
			created.path("results").forEach(this::record);
		}
		for (int i = 0; i < 5; i++) {
			record(Http.post(TICKETS, randomTicket()).ok(201));
		}
		assertTotals("after creates");

		List<String> ids = new ArrayList<>(tickets.keySet());
		patch(ids.get(0), Map.of(tier, "BRONZE"));
		patch(ids.get(1), Map.of(tier, ""));
		patch(ids.get(2), Map.of(tags, "A;B"));
		patch(ids.get(3), Map.of("hs_pipeline_stage", stageOf(ids.get(3), 1)));
		patch(ids.get(4), Map.of("hs_pipeline_stage", stageOf(ids.get(4), 2), tier, "GOLD", tags, ""));
		patch(ids.get(5), Map.of("hubspot_owner_id", ownerId));
		patch(ids.get(6), Map.of("hubspot_owner_id", ""));
		assertTotals("after single changes and moves");

		List<String> bulk = ids.subList(10, 20);
		String target = openStages.get(2);
		StringBuilder moves = new StringBuilder();
		for (String id : bulk) {
			if (tickets.get(id).get("hs_pipeline").equals(open)) {
				moves.append(moves.isEmpty() ? "" : ",").append("{\"id\":\"").append(id)
						.append("\",\"properties\":{\"hs_pipeline_stage\":\"").append(target).append("\",\"")
						.append(tier).append("\":\"SILVER\"}}");
			}
		}
		Http.post(TICKETS + "/batch/update", "{\"inputs\":[" + moves + "]}").ok(200).path("results").forEach(this::record);
		assertTotals("after a bulk status change");

		assertEquals(204, Http.delete(TICKETS + "/" + ids.get(20)).status());
		tickets.remove(ids.get(20));
		assertEquals(204, Http.post(TICKETS + "/batch/archive", "{\"inputs\":[{\"id\":\"" + ids.get(21) + "\"},{\"id\":\""
				+ ids.get(22) + "\"}]}").status());
		tickets.remove(ids.get(21));
		tickets.remove(ids.get(22));
		assertTotals("after deletes");

		String gone = openStages.get(1);
		assertEquals(204, Http.delete(PIPELINES + "/" + open + "/stages/" + gone + "?targetStageId=" + openStages.get(0))
				.status());
		openStages.remove(gone);
		tickets.values().stream().filter(t -> t.get("hs_pipeline_stage").equals(gone))
				.forEach(t -> t.put("hs_pipeline_stage", openStages.get(0)));
		assertTotals("after a status was deleted and its tickets moved");

		// HubSpot's property delete archives: the values stay stored, searchable and counted
		assertEquals(204, Http.delete("/crm/v3/properties/tickets/" + tags).status());
		String tagged = tickets.entrySet().stream().filter(e -> e.getValue().containsKey(tags)).findFirst()
				.orElseThrow().getKey();
		assertEquals(204, Http.delete(TICKETS + "/" + tagged).status());
		tickets.remove(tagged);
		assertTotals("after a property was archived and a ticket holding it deleted");
	}

	@Test
	void aPropertyThatBecomesCountedIsCountedFromItsValues() {
		String mood = "mood_" + run;
		Http.post("/crm/v3/properties/tickets", "{\"name\":\"" + mood + "\",\"label\":\"Mood " + run + "\","
				+ "\"type\":\"string\",\"fieldType\":\"text\"}").ok(201);
		// a text property is never counted; unused, it may become an enumeration, and is counted from then on
		Http.patch("/crm/v3/properties/tickets/" + mood, "{\"type\":\"enumeration\",\"fieldType\":\"radio\",\"options\":["
				+ "{\"label\":\"Calm\",\"value\":\"calm\"},{\"label\":\"Angry\",\"value\":\"angry\"}]}").ok(200);
		String stage = openStages.get(0);
		List<String> ids = new ArrayList<>();
		for (String value : List.of("calm", "calm", "angry")) {
			ids.add(Http.post(TICKETS, "{\"properties\":{\"hs_pipeline\":\"" + open + "\",\"hs_pipeline_stage\":\"" + stage
					+ "\",\"subject\":\"mood " + run + "\",\"" + mood + "\":\"" + value + "\"}}").ok(201).path("id").asText());
		}
		assertEquals(2, search(Http.ADMIN_TOKEN, List.of(eq("hs_pipeline_stage", stage), eq(mood, "calm"))).path("total").asInt());
		Http.patch(TICKETS + "/" + ids.get(0), "{\"properties\":{\"" + mood + "\":\"angry\"}}").ok(200);
		assertEquals(1, search(Http.ADMIN_TOKEN, List.of(eq(mood, "calm"))).path("total").asInt());
		assertEquals(2, search(Http.ADMIN_TOKEN, List.of(eq(mood, "angry"), eq("hs_pipeline", open))).path("total").asInt());
		ids.forEach(id -> assertEquals(204, Http.delete(TICKETS + "/" + id).status()));
		assertEquals(0, search(Http.ADMIN_TOKEN, List.of(eq(mood, "angry"))).path("total").asInt());
	}

	@Test
	void onlyUnrestrictedShapesAndCallersReadTheKeptCounts() {
		String stage = openStages.get(0);
		for (int i = 0; i < 3; i++) {
			record(Http.post(TICKETS, ticket(open, stage, "GOLD", null, ownerId)).ok(201));
		}
		record(Http.post(TICKETS, ticket(open, stage, "GOLD", null, null)).ok(201));
		record(Http.post(TICKETS, ticket(secret, secretStages.get(0), "GOLD", null, null)).ok(201));
		List<Filter> inStage = List.of(eq("hs_pipeline_stage", stage), eq(tier, "GOLD"));
		List<Filter> anywhere = List.of(eq(tier, "GOLD"));
		long admin = total(Http.ADMIN_TOKEN, inStage);
		long adminAnywhere = total(Http.ADMIN_TOKEN, anywhere);
		long pipelinesOnly = total(pipelinesOnlyToken, anywhere);
		long owned = total(ownerToken, inStage);
		assertTotals("before the counts were changed behind the server's back");

		addToKeptCount(stage, "GOLD", 1000);
		try {
			assertEquals(admin + 1000, total(Http.ADMIN_TOKEN, inStage), "a super admin's total comes from the counts");
			assertEquals(adminAnywhere + 1000, total(Http.ADMIN_TOKEN, anywhere));
			assertEquals(pipelinesOnly + 1000, total(pipelinesOnlyToken, anywhere),
					"a user limited to pipelines gets the counts of the statuses they may see");
			assertEquals(owned, total(ownerToken, inStage), "a user limited to their own tickets: counted, not the counts");
			assertEquals(admin, total(Http.ADMIN_TOKEN, List.of(eq("hs_pipeline_stage", stage), eq(tier, "GOLD"),
					new Filter("hs_object_id", "GT", "0"))), "another filter: counted");
			assertEquals(admin, Http.post(TICKETS + "/search", "{\"query\":\"totals\",\"filterGroups\":[{\"filters\":["
					+ filtersJson(inStage) + "]}],\"limit\":100}").ok(200).path("total").asLong(), "a text query: counted");
		} finally {
			addToKeptCount(stage, "GOLD", -1000);
		}
		addToKeptCount(secretStages.get(0), "GOLD", 1000);
		try {
			assertEquals(pipelinesOnly, total(pipelinesOnlyToken, anywhere),
					"the counts of a pipeline the user may not see do not reach them");
		} finally {
			addToKeptCount(secretStages.get(0), "GOLD", -1000);
		}
		assertTotals("after the counts were set right again");
	}

	// --- the check --------------------------------------------------------------------------------------------

	private record Filter(String property, String operator, String value) {
	}

	private static Filter eq(String property, String value) {
		return new Filter(property, "EQ", value);
	}

	/** Every status and pipeline of the test, with every tier and tag value, for each kind of caller. */
	private void assertTotals(String when) {
		List<List<Filter>> scopes = new ArrayList<>();
		scopes.add(List.of());
		for (String stage : union(openStages, secretStages)) {
			scopes.add(List.of(eq("hs_pipeline_stage", stage)));
		}
		scopes.add(List.of(eq("hs_pipeline", open)));
		scopes.add(List.of(eq("hs_pipeline", secret), eq("hs_pipeline_stage", secretStages.get(0))));
		scopes.add(List.of(eq("hs_pipeline", open), eq("hs_pipeline_stage", secretStages.get(0))));
		for (List<Filter> scope : scopes) {
			for (String property : List.of(tier, tags)) {
				for (String value : property.equals(tier) ? TIERS : TAGS) {
					List<Filter> filters = new ArrayList<>(scope);
					filters.add(eq(property, value));
					Predicate<Map<String, String>> matches = t -> filters.stream()
							.allMatch(f -> f.value().equals(t.get(f.property())));
					assertFound(Http.ADMIN_TOKEN, filters, matches, when);
					assertFound(pipelinesOnlyToken, filters, matches.and(t -> t.get("hs_pipeline").equals(open)), when);
					assertFound(ownerToken, filters, matches.and(t -> t.get("hs_pipeline").equals(open))
							.and(t -> ownerId.equals(t.get("hubspot_owner_id"))), when);
				}
			}
		}
	}

	private void assertFound(String token, List<Filter> filters, Predicate<Map<String, String>> expected, String when) {
		Set<String> want = tickets.entrySet().stream().filter(e -> expected.test(e.getValue())).map(Map.Entry::getKey)
				.collect(Collectors.toCollection(TreeSet::new));
		JsonNode found = search(token, filters);
		Set<String> got = new TreeSet<>();
		found.path("results").forEach(t -> got.add(t.path("id").asText()));
		String what = filters + (token.equals(Http.ADMIN_TOKEN) ? " as a super admin"
				: token.equals(ownerToken) ? " as the owner" : " as the user limited to pipelines") + ", " + when;
		assertEquals(want.size(), found.path("total").asInt(), "total of " + what);
		assertEquals(want, got, "tickets of " + what);
	}

	private JsonNode search(String token, List<Filter> filters) {
		return Http.as(token, "POST", TICKETS + "/search",
				"{\"filterGroups\":[{\"filters\":[" + filtersJson(filters) + "]}],\"limit\":100}").ok(200);
	}

	private long total(String token, List<Filter> filters) {
		return search(token, filters).path("total").asLong();
	}

	private static String filtersJson(List<Filter> filters) {
		return filters.stream().map(f -> "{\"propertyName\":\"" + f.property() + "\",\"operator\":\"" + f.operator()
				+ "\",\"value\":\"" + f.value() + "\"}").collect(Collectors.joining(","));
	}

	/** Adds to the kept count directly in the database, as a bug that forgot a count would leave it. */
	private void addToKeptCount(String stage, String value, long delta) {
		Osgi.service(DeskStore.class).inTransaction(tx -> {
			Connection connection = tx.unwrap(Connection.class).orElseThrow();
			try (PreparedStatement ps = connection.prepareStatement("UPDATE ticket_value_count SET tickets = tickets + ?"
					+ " WHERE prop_name = ? AND status_id = ? AND value_key = ? AND shard = (SELECT MIN(shard)"
					+ " FROM ticket_value_count WHERE prop_name = ? AND status_id = ? AND value_key = ?)")) {
				ps.setLong(1, delta);
				for (int i = 0; i < 2; i++) {
					ps.setString(2 + 3 * i, tier);
					ps.setString(3 + 3 * i, stage);
					ps.setString(4 + 3 * i, value);
				}
				assertEquals(1, ps.executeUpdate());
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
			return null;
		});
	}

	// --- the test's tickets ---------------------------------------------------------------------------------------

	private void record(JsonNode ticket) {
		Map<String, String> values = new LinkedHashMap<>();
		JsonNode properties = ticket.path("properties");
		for (String name : List.of("hs_pipeline", "hs_pipeline_stage", tier, tags, "hubspot_owner_id")) {
			String value = properties.path(name).asText(null);
			if (value != null && !value.isEmpty()) {
				values.put(name, value);
			}
		}
		tickets.put(ticket.path("id").asText(), values);
	}

	private void patch(String id, Map<String, String> changes) {
		String json = changes.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
				.collect(Collectors.joining(","));
		record(Http.patch(TICKETS + "/" + id, "{\"properties\":{" + json + "}}").ok(200));
	}

	/** Another status of the ticket's own pipeline. */
	private String stageOf(String id, int index) {
		Map<String, String> ticket = tickets.get(id);
		List<String> stages = ticket.get("hs_pipeline").equals(open) ? openStages : secretStages;
		return stages.get(index % stages.size());
	}

	private String randomTicket() {
		boolean inSecret = random.nextInt(4) == 0;
		List<String> stages = inSecret ? secretStages : openStages;
		int pickTier = random.nextInt(TIERS.size() + 1);
		int pickTags = random.nextInt(TAGS.size() + 1);
		return ticket(inSecret ? secret : open, stages.get(random.nextInt(stages.size())),
				pickTier < TIERS.size() ? TIERS.get(pickTier) : null, pickTags < TAGS.size() ? TAGS.get(pickTags) : null,
				random.nextBoolean() ? ownerId : null);
	}

	private String ticket(String pipeline, String stage, String tierValue, String tagsValue, String owner) {
		StringBuilder json = new StringBuilder("{\"properties\":{\"subject\":\"totals " + run + "\",\"hs_pipeline\":\""
				+ pipeline + "\",\"hs_pipeline_stage\":\"" + stage + "\"");
		if (tierValue != null) {
			json.append(",\"").append(tier).append("\":\"").append(tierValue).append('"');
		}
		if (tagsValue != null) {
			json.append(",\"").append(tags).append("\":\"").append(tagsValue).append('"');
		}
		if (owner != null) {
			json.append(",\"hubspot_owner_id\":\"").append(owner).append('"');
		}
		return json.append("}}").toString();
	}

	private static JsonNode pipeline(String label) {
		return Http.post(PIPELINES, "{\"label\":\"" + label + "\",\"displayOrder\":950,\"stages\":["
				+ "{\"label\":\"New\",\"displayOrder\":0,\"metadata\":{\"ticketState\":\"OPEN\"}},"
				+ "{\"label\":\"Waiting\",\"displayOrder\":1,\"metadata\":{\"ticketState\":\"OPEN\"}},"
				+ "{\"label\":\"Done\",\"displayOrder\":2,\"metadata\":{\"ticketState\":\"CLOSED\"}}]}").ok(201);
	}

	private JsonNode user(String name, String view) {
		return Http.post("/pipedesk/v1/users", "{\"name\":\"" + name + "\",\"email\":\""
				+ name.replace(' ', '-').toLowerCase() + "@example.com\",\"permissions\":{\"view\":\"" + view
				+ "\",\"edit\":\"NONE\",\"delete\":\"NONE\",\"unassigned\":false}}").ok(201);
	}

	private static String token(String userId) {
		return Http.post("/pipedesk/v1/users/" + userId + "/tokens", "{\"label\":\"totals\"}").ok(201).path("secret")
				.asText();
	}

	private static List<String> union(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
