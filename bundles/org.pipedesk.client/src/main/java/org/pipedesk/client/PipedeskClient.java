package org.pipedesk.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Pipedesk's REST API for Java: one instance per server and token, safe to share between threads. Every request
 * carries {@code Authorization: Bearer <token>}; every refusal becomes a {@link PipedeskException} carrying the
 * server's message and problems (HubSpot's error JSON). Calls block: UIs run them off their UI thread.
 */
public final class PipedeskClient {
	private static final String PIPELINES = "/crm/v3/pipelines/tickets";
	private static final String TICKETS = "/crm/v3/objects/tickets";
	private static final String PROPERTIES = "/crm/v3/properties/tickets";
	private static final String SETTINGS = "/pipedesk/v1/pipelines/";

	private final URI baseUrl;
	private final String token;
	private final HttpClient http;
	private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
	private final AutomationClient automation;

	/** @param baseUrl the server, e.g. {@code http://localhost:8080}; @param token the API token sent as Bearer. */
	public PipedeskClient(String baseUrl, String token) {
		String base = Objects.requireNonNull(baseUrl, "baseUrl").strip();
		while (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		URI uri = URI.create(base);
		if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
				|| uri.getHost() == null) {
			throw new IllegalArgumentException("The server URL must be http:// or https:// with a host: " + baseUrl);
		}
		this.baseUrl = uri;
		this.token = Objects.requireNonNull(token, "token").strip();
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		this.automation = new AutomationClient(this);
	}

	public URI baseUrl() {
		return baseUrl;
	}

	/** Automation: types, rules and their action chains, the Automate settings, email templates. */
	public AutomationClient automation() {
		return automation;
	}

	// --- Pipelines and statuses -----------------------------------------------------------------------------

	public List<Pipeline> pipelines() {
		return list(send("GET", PIPELINES, null, null).body(), Pipeline.class);
	}

	public Pipeline pipeline(String pipelineId) {
		return read(send("GET", PIPELINES + "/" + path(pipelineId), null, null).body(), Pipeline.class);
	}

	/** Creates a pipeline with its statuses in the order given (at least one status). */
	public Pipeline createPipeline(String label, List<NewStage> stages) {
		List<Map<String, Object>> stageBodies = new ArrayList<>();
		for (int i = 0; i < stages.size(); i++) {
			stageBodies.add(stageBody(stages.get(i).label(), i, stages.get(i).ticketState()));
		}
		return read(send("POST", PIPELINES, Map.of("label", label, "stages", stageBodies), null).body(), Pipeline.class);
	}

	/** A status of a pipeline about to be created. */
	public record NewStage(String label, String ticketState) {
	}

	/** Renames a pipeline and/or moves it in the pipeline order; null leaves a value as it is. */
	public Pipeline updatePipeline(String pipelineId, String label, Integer displayOrder) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (label != null) {
			body.put("label", label);
		}
		if (displayOrder != null) {
			body.put("displayOrder", displayOrder);
		}
		return read(send("PATCH", PIPELINES + "/" + path(pipelineId), body, null).body(), Pipeline.class);
	}

	/** Deletes a pipeline; the server refuses (409, naming how many) while it holds tickets. */
	public void deletePipeline(String pipelineId) {
		send("DELETE", PIPELINES + "/" + path(pipelineId), null, null);
	}

	public Stage addStage(String pipelineId, String label, int displayOrder, String ticketState) {
		return read(send("POST", PIPELINES + "/" + path(pipelineId) + "/stages", stageBody(label, displayOrder, ticketState),
				null).body(), Stage.class);
	}

	/** Changes a status; null leaves a value as it is. */
	public Stage updateStage(String pipelineId, String stageId, String label, Integer displayOrder, String ticketState) {
		return read(send("PATCH", PIPELINES + "/" + path(pipelineId) + "/stages/" + path(stageId),
				stageBody(label, displayOrder, ticketState), null).body(), Stage.class);
	}

	/** Deletes a status, moving its tickets to {@code targetStageId} (needed while it holds tickets; else null). */
	public void deleteStage(String pipelineId, String stageId, String targetStageId) {
		send("DELETE", PIPELINES + "/" + path(pipelineId) + "/stages/" + path(stageId)
				+ (targetStageId == null ? "" : "?targetStageId=" + query(targetStageId)), null, null);
	}

	private static Map<String, Object> stageBody(String label, Integer displayOrder, String ticketState) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (label != null) {
			body.put("label", label);
		}
		if (displayOrder != null) {
			body.put("displayOrder", displayOrder);
		}
		if (ticketState != null) {
			body.put("metadata", Map.of("ticketState", ticketState));
		}
		return body;
	}

	// --- Status properties, card properties, board ----------------------------------------------------------

	/** The properties asked for when a ticket enters the status, in order. */
	public List<StatusProperty> statusProperties(String pipelineId, String stageId) {
		JsonNode body = send("GET", SETTINGS + path(pipelineId) + "/stages/" + path(stageId) + "/properties", null, null).body();
		return convertList(body.path("statusProperties"), StatusProperty.class);
	}

	public List<StatusProperty> setStatusProperties(String pipelineId, String stageId, List<StatusProperty> properties) {
		JsonNode body = send("PUT", SETTINGS + path(pipelineId) + "/stages/" + path(stageId) + "/properties",
				Map.of("statusProperties", properties), null).body();
		return convertList(body.path("statusProperties"), StatusProperty.class);
	}

	public List<String> cardProperties(String pipelineId) {
		return convertList(send("GET", SETTINGS + path(pipelineId) + "/card-properties", null, null).body()
				.path("cardProperties"), String.class);
	}

	public List<String> setCardProperties(String pipelineId, List<String> names) {
		return convertList(send("PUT", SETTINGS + path(pipelineId) + "/card-properties", Map.of("cardProperties", names),
				null).body().path("cardProperties"), String.class);
	}

	/** The board: every status's count and first {@code cardsPerColumn} cards (1-100), newest first. */
	public Board board(String pipelineId, int cardsPerColumn) {
		return read(send("GET", SETTINGS + path(pipelineId) + "/board?limit=" + cardsPerColumn, null, null).body(), Board.class);
	}

	/** The next page of one board column, from the cursor of the previous page. */
	public Board.Column boardColumn(String pipelineId, String stageId, String after, int limit) {
		return read(send("GET", SETTINGS + path(pipelineId) + "/board/" + path(stageId) + "?limit=" + limit
				+ (after == null ? "" : "&after=" + query(after)), null, null).body(), Board.Column.class);
	}

	// --- Ticket properties and tickets ----------------------------------------------------------------------

	/** The ticket properties (not archived). */
	public List<PropertyDefinition> properties() {
		return list(send("GET", PROPERTIES, null, null).body(), PropertyDefinition.class);
	}

	/** Creates a ticket; {@code properties} carry {@code hs_pipeline} and {@code hs_pipeline_stage}. */
	public Ticket createTicket(Map<String, String> properties) {
		return read(send("POST", TICKETS, Map.of("properties", properties), null).body(), Ticket.class);
	}

	public Ticket ticket(String ticketId) {
		return read(send("GET", TICKETS + "/" + path(ticketId), null, null).body(), Ticket.class);
	}

	/**
	 * Changes a ticket's properties (a status move is {@code hs_pipeline_stage} plus the status's properties).
	 * With {@code expectedVersion} the server refuses (409) when someone changed the ticket since.
	 */
	public Ticket updateTicket(String ticketId, Map<String, String> properties, Long expectedVersion) {
		return read(send("PATCH", TICKETS + "/" + path(ticketId), Map.of("properties", properties),
				expectedVersion == null ? null : "\"" + expectedVersion + "\"").body(), Ticket.class);
	}

	/** Moves a ticket to a status, giving that status's properties in the same change. */
	public Ticket moveTicket(String ticketId, String stageId, Map<String, String> statusPropertyValues) {
		Map<String, String> properties = new LinkedHashMap<>(statusPropertyValues);
		properties.put("hs_pipeline_stage", stageId);
		return updateTicket(ticketId, properties, null);
	}

	/**
	 * Sets the same properties on many tickets (1-100) in one batch: the list view's bulk edit. Items the server
	 * refuses (a required status property missing, an unknown ticket) come back as errors; the others are applied.
	 */
	public BatchResult batchUpdate(List<String> ticketIds, Map<String, String> properties) {
		List<Map<String, Object>> inputs = ticketIds.stream()
				.map(id -> Map.<String, Object>of("id", id, "properties", properties)).toList();
		Reply reply = send("POST", TICKETS + "/batch/update", Map.of("inputs", inputs), null);
		List<Ticket> results = convertList(reply.body().path("results"), Ticket.class);
		List<BatchResult.ItemError> errors = new ArrayList<>();
		for (JsonNode error : reply.body().path("errors")) {
			JsonNode ids = error.path("context").path("ids");
			String ticketId = ids.isArray() && !ids.isEmpty() ? ids.get(0).asText()
					: ticketIdAt(ticketIds, error.path("context").path("index"));
			errors.add(new BatchResult.ItemError(ticketId, error.path("category").asText(null),
					error.path("message").asText(null), problems(error.path("errors"))));
		}
		return new BatchResult(results, errors);
	}

	private static String ticketIdAt(List<String> ticketIds, JsonNode index) {
		if (index.isArray() && !index.isEmpty()) {
			int i = index.get(0).asInt(-1);
			return i >= 0 && i < ticketIds.size() ? ticketIds.get(i) : null;
		}
		return null;
	}

	public TicketSearch.Page search(TicketSearch search) {
		JsonNode body = send("POST", TICKETS + "/search", search.body(), null).body();
		String after = body.path("paging").path("next").path("after").asText(null);
		return new TicketSearch.Page(body.path("total").asLong(), convertList(body.path("results"), Ticket.class), after);
	}

	// --- A ticket's conversation: its email thread and internal notes ------------------------------------------

	/** The ticket's email thread, oldest first, every page of it (404 when the server has no email channel). */
	public List<EmailMessage> ticketEmails(String ticketId) {
		return allPages("/pipedesk/v1/tickets/" + path(ticketId) + "/emails?limit=100", EmailMessage.class);
	}

	/**
	 * Emails the ticket's customer as its agent (needs the right to edit the ticket): queued by the server and sent
	 * on the ticket's thread. {@code to} and {@code subject} may be null: the ticket's contact and "Re: subject".
	 */
	public EmailMessage sendEmail(String ticketId, String to, String subject, String text) {
		Map<String, Object> body = new LinkedHashMap<>();
		putIfSet(body, "to", to);
		putIfSet(body, "subject", subject);
		body.put("text", text);
		return read(send("POST", "/pipedesk/v1/tickets/" + path(ticketId) + "/emails", body, null).body(),
				EmailMessage.class);
	}

	/** The ticket's internal notes (added by automation), oldest first. */
	public List<TicketNote> ticketNotes(String ticketId) {
		return list(send("GET", "/pipedesk/v1/automation/tickets/" + path(ticketId) + "/notes", null, null).body(),
				TicketNote.class);
	}

	// --- Email channels (super admins) ------------------------------------------------------------------------

	private static final String CHANNELS = "/pipedesk/v1/channels/email";

	public List<EmailChannel> emailChannels() {
		return list(send("GET", CHANNELS, null, null).body(), EmailChannel.class);
	}

	public EmailChannel createEmailChannel(EmailChannel.Settings settings) {
		return read(send("POST", CHANNELS, settings, null).body(), EmailChannel.class);
	}

	/** Reads the channel's mailbox now; answers how many messages it processed. */
	public int pollEmailChannel(String channelId) {
		return send("POST", CHANNELS + "/" + path(channelId) + "/poll", null, null).body().path("processed").asInt();
	}

	// --- Users, teams, tokens, pipeline access (super admins change them; everyone reads users and teams) ----

	private static final String USERS = "/pipedesk/v1/users";
	private static final String TEAMS = "/pipedesk/v1/teams";

	/** Every user, read page by page (100 a page). */
	public List<User> users() {
		return allPages(USERS + "?limit=100", User.class);
	}

	/** The user this client's token belongs to: {@code superAdmin} tells what the UI may offer. */
	public User me() {
		return read(send("GET", USERS + "/me", null, null).body(), User.class);
	}

	public User user(String userId) {
		return read(send("GET", USERS + "/" + path(userId), null, null).body(), User.class);
	}

	public User createUser(User.Change user) {
		return read(send("POST", USERS, userBody(user), null).body(), User.class);
	}

	public User updateUser(String userId, User.Change change) {
		return read(send("PATCH", USERS + "/" + path(userId), userBody(change), null).body(), User.class);
	}

	private static Map<String, Object> userBody(User.Change change) {
		Map<String, Object> body = new LinkedHashMap<>();
		putIfSet(body, "name", change.name());
		putIfSet(body, "email", change.email());
		putIfSet(body, "active", change.active());
		putIfSet(body, "superAdmin", change.superAdmin());
		putIfSet(body, "permissions", change.permissions());
		putIfSet(body, "teamIds", change.teamIds() == null ? null : numbers(change.teamIds()));
		putIfSet(body, "version", change.version());
		return body;
	}

	/**
	 * Deletes a user. The server refuses (409, saying why) a user who owns tickets, who is deactivated instead
	 * ({@code active: false} through {@link #updateUser}), and the last active super admin.
	 */
	public void deleteUser(String userId) {
		send("DELETE", USERS + "/" + path(userId), null, null);
	}

	/** Issues an API token for a user (yours: "me"); the answer is the secret, which the server shows only once. */
	public String issueToken(String userId, String label) {
		return createToken(userId, label).secret();
	}

	/** Issues an API token for a user (yours: "me"): the token as listed, and its secret, shown only this once. */
	public ApiToken.Issued createToken(String userId, String label) {
		return read(send("POST", USERS + "/" + path(userId) + "/tokens", label == null ? Map.of() : Map.of("label", label),
				null).body(), ApiToken.Issued.class);
	}

	/** A user's tokens (yours: "me"; others' for super admins), revoked ones included. */
	public List<ApiToken> tokens(String userId) {
		return list(send("GET", USERS + "/" + path(userId) + "/tokens", null, null).body(), ApiToken.class);
	}

	/** Revokes a token: the very next request with it is refused. */
	public void revokeToken(String tokenId) {
		send("DELETE", "/pipedesk/v1/tokens/" + path(tokenId), null, null);
	}

	/**
	 * One page of the security audit log (super admins), in the order things happened: {@code limit} 1-100 entries
	 * after the cursor {@code after} (null: from the first); {@code objectType} (USER, TEAM, TOKEN, PIPELINE) and
	 * {@code objectId} narrow it to one object, together, or are both null.
	 */
	public AuditEntry.Page securityAudit(String objectType, String objectId, String after, int limit) {
		StringBuilder url = new StringBuilder("/pipedesk/v1/security/audit?limit=").append(limit);
		if (objectType != null) {
			url.append("&objectType=").append(query(objectType));
		}
		if (objectId != null) {
			url.append("&objectId=").append(query(objectId));
		}
		if (after != null) {
			url.append("&after=").append(query(after));
		}
		JsonNode body = send("GET", url.toString(), null, null).body();
		return new AuditEntry.Page(list(body, AuditEntry.class), body.path("paging").path("next").path("after").asText(null));
	}

	public List<Team> teams() {
		return list(send("GET", TEAMS, null, null).body(), Team.class);
	}

	public Team createTeam(String name, List<String> memberIds) {
		return read(send("POST", TEAMS, teamBody(name, memberIds, null), null).body(), Team.class);
	}

	/** Renames a team and/or replaces its members; null leaves a value as it is. */
	public Team updateTeam(String teamId, String name, List<String> memberIds, Long version) {
		return read(send("PATCH", TEAMS + "/" + path(teamId), teamBody(name, memberIds, version), null).body(), Team.class);
	}

	public void deleteTeam(String teamId) {
		send("DELETE", TEAMS + "/" + path(teamId), null, null);
	}

	private static Map<String, Object> teamBody(String name, List<String> memberIds, Long version) {
		Map<String, Object> body = new LinkedHashMap<>();
		putIfSet(body, "name", name);
		putIfSet(body, "memberIds", memberIds == null ? null : numbers(memberIds));
		putIfSet(body, "version", version);
		return body;
	}

	public PipelineAccess pipelineAccess(String pipelineId) {
		return read(send("GET", SETTINGS + path(pipelineId) + "/access", null, null).body(), PipelineAccess.class);
	}

	/** Replaces who may work in a pipeline: everyone, or only the granted users and teams. */
	public PipelineAccess setPipelineAccess(String pipelineId, boolean restricted, List<PipelineAccess.Grant> grants) {
		return read(send("PUT", SETTINGS + path(pipelineId) + "/access",
				Map.of("restricted", restricted, "grants", grants), null).body(), PipelineAccess.class);
	}

	static void putIfSet(Map<String, Object> body, String name, Object value) {
		if (value != null) {
			body.put(name, value);
		}
	}

	/** The server reads user and team ids in bodies as numbers; an id that is not one is the caller's mistake. */
	private static List<Long> numbers(List<String> ids) {
		return ids.stream().map(id -> {
			try {
				return Long.valueOf(id);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("Not a user or team id: " + id, e);
			}
		}).toList();
	}

	// --- HTTP ---------------------------------------------------------------------------------------------

	record Reply(int status, JsonNode body) {
	}

	Reply send(String method, String path, Object body, String ifMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(Duration.ofSeconds(60))
				.header("Authorization", "Bearer " + token).header("Accept", "application/json");
		try {
			if (body == null) {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			} else {
				request.header("Content-Type", "application/json")
						.method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
			}
		} catch (JsonProcessingException e) {
			throw new IllegalArgumentException("Cannot write the request body: " + e.getMessage(), e);
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		HttpResponse<byte[]> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		} catch (IOException e) {
			throw new PipedeskException("Cannot reach Pipedesk at " + baseUrl + ": "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PipedeskException("Interrupted while waiting for " + baseUrl, e);
		}
		JsonNode answer = parse(response);
		if (response.statusCode() >= 400) {
			throw error(response.statusCode(), answer);
		}
		return new Reply(response.statusCode(), answer);
	}

	private JsonNode parse(HttpResponse<byte[]> response) {
		if (response.body().length == 0) {
			return json.nullNode();
		}
		try {
			return json.readTree(response.body());
		} catch (IOException e) {
			if (response.statusCode() >= 400) {
				return json.nullNode(); // an error page that is not JSON (a proxy's, say): the status speaks
			}
			throw new PipedeskException(response.statusCode(), "BAD_RESPONSE",
					"The server's answer is not JSON: " + e.getMessage(), List.of());
		}
	}

	/** HubSpot's error JSON to an exception carrying the server's own message. */
	private static PipedeskException error(int status, JsonNode body) {
		String message = body.path("message").asText(null);
		if (message == null || message.isBlank()) {
			message = "HTTP " + status + " from the server";
		}
		return new PipedeskException(status, body.path("category").asText("HTTP_" + status), message,
				problems(body.path("errors")));
	}

	private static List<PipedeskException.Problem> problems(JsonNode errors) {
		List<PipedeskException.Problem> problems = new ArrayList<>();
		for (JsonNode problem : errors) {
			problems.add(new PipedeskException.Problem(problem.path("in").asText(null), problem.path("code").asText(null),
					problem.path("message").asText(null)));
		}
		return problems;
	}

	/** Every page of a listing that pages with {@code paging.next.after}; {@code path} carries its query already. */
	private <T> List<T> allPages(String path, Class<T> type) {
		List<T> all = new ArrayList<>();
		String after = null;
		do {
			JsonNode body = send("GET", path + (after == null ? "" : "&after=" + query(after)), null, null).body();
			all.addAll(list(body, type));
			after = body.path("paging").path("next").path("after").asText(null);
		} while (after != null);
		return List.copyOf(all);
	}

	<T> T read(JsonNode node, Class<T> type) {
		try {
			return json.treeToValue(node, type);
		} catch (JsonProcessingException e) {
			throw new PipedeskException(200, "BAD_RESPONSE", "Unexpected answer from the server: " + e.getMessage(), List.of());
		}
	}

	<T> List<T> list(JsonNode collection, Class<T> type) {
		return convertList(collection.path("results"), type);
	}

	<T> List<T> convertList(JsonNode array, Class<T> type) {
		List<T> items = new ArrayList<>();
		for (JsonNode item : array) {
			items.add(read(item, type));
		}
		return List.copyOf(items);
	}

	static String path(String segment) {
		return URLEncoder.encode(Objects.requireNonNull(segment, "id"), StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String query(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
