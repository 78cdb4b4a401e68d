package org.pipedesk.automation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.automation.api.ActionContext;
import org.pipedesk.automation.api.ActionType;
import org.pipedesk.automation.api.AutomationEvent;
import org.pipedesk.automation.api.TypeDescriptor;
import org.pipedesk.core.api.ConfigurationService;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.AccessService;
import org.pipedesk.core.api.ForbiddenException;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.UserService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.model.desk.AutomationAction;
import org.pipedesk.model.desk.AutomationRule;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.Pipeline;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pipedesk.store.jdbc.sql.Jdbc;

/**
 * Pipedesk's automation API: the trigger and action types bundles publish (with their parameter schemas), each
 * pipeline's rules and the editing of their action chains, the run records, notifications and notes, and dry runs.
 * Rules are part of the desk configuration: every change is one new configuration version, checked by
 * {@link RuleCheck} against the types' descriptors.
 */
@Component(service = AutomationResource.class, property = { "osgi.jakartars.resource=true",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.json)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.auth)" })
@Path("/pipedesk/v1/automation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AutomationResource {
	static final String AUTHOR = "api";
	static final int MAX_PAGE = 100;

	private final ConfigurationService configuration;
	private final AutomationTypes types;
	private final RuleCheck check;
	private final DeskStore store;
	private final JdbcAutomationRecords records;
	private final AutomationEngine engine;
	private final TicketService tickets;

	private final UserService users;
	private final AccessService access;

	/** Super admins see every run and notification; others what concerns tickets they may view. */
	private boolean superAdmin() {
		return users.me().superAdmin();
	}

	@Activate
	public AutomationResource(@Reference ConfigurationService configuration, @Reference AutomationTypes types,
			@Reference RuleCheck check, @Reference DeskStore store, @Reference JdbcAutomationRecords records,
			@Reference AutomationEngine engine, @Reference TicketService tickets, @Reference UserService users,
			@Reference AccessService access) {
		this.users = users;
		this.access = access;
		this.configuration = configuration;
		this.types = types;
		this.check = check;
		this.store = store;
		this.records = records;
		this.engine = engine;
		this.tickets = tickets;
	}

	// --- types

	record Results<T>(List<T> results) {
	}

	@GET
	@Path("trigger-types")
	public Results<TypeDescriptor> triggerTypes() {
		return new Results<>(types.triggerDescriptors());
	}

	@GET
	@Path("action-types")
	public Results<TypeDescriptor> actionTypes() {
		return new Results<>(types.actionDescriptors());
	}

	// --- rules

	/** An action of a chain; {@code id} is the server's (ignored on input except to keep an existing action). */
	public record ActionJson(String id, String actionType, Map<String, String> parameters, String comment) {
	}

	/** A rule; on output also whether it can run now, the types it misses and the static check's problems. */
	public record RuleJson(String id, String label, Boolean enabled, String triggerType,
			Map<String, String> triggerParameters, List<String> sources, List<ActionJson> actions, Boolean available,
			List<String> missingTypes, List<Violation> problems) {
	}

	@GET
	@Path("pipelines/{pipelineId}/rules")
	public Results<RuleJson> rules(@PathParam("pipelineId") String pipelineId) {
		Pipeline pipeline = pipeline(configuration.desk(), pipelineId);
		return new Results<>(pipeline.getRules().stream().map(r -> json(pipeline, r)).toList());
	}

	@GET
	@Path("pipelines/{pipelineId}/rules/{ruleId}")
	public RuleJson rule(@PathParam("pipelineId") String pipelineId, @PathParam("ruleId") String ruleId) {
		Pipeline pipeline = pipeline(configuration.desk(), pipelineId);
		return json(pipeline, rule(pipeline, ruleId));
	}

	@POST
	@Path("pipelines/{pipelineId}/rules")
	public Response createRule(@PathParam("pipelineId") String pipelineId, RuleJson body) {
		String ruleId = configuration.change(AUTHOR, "Added an automation rule to pipeline " + pipelineId, desk -> {
			AutomationRule rule = DeskFactory.eINSTANCE.createAutomationRule();
			rule.setId(Rules.issueId(desk));
			apply(desk, rule, body);
			pipeline(desk, pipelineId).getRules().add(rule);
			return rule.getId();
		});
		return Response.status(201).entity(rule(pipelineId, ruleId)).build();
	}

	@PUT
	@Path("pipelines/{pipelineId}/rules/{ruleId}")
	public RuleJson replaceRule(@PathParam("pipelineId") String pipelineId, @PathParam("ruleId") String ruleId,
			RuleJson body) {
		configuration.change(AUTHOR, "Changed automation rule " + ruleId, desk -> {
			apply(desk, rule(pipeline(desk, pipelineId), ruleId), body);
			return null;
		});
		return rule(pipelineId, ruleId);
	}

	@DELETE
	@Path("pipelines/{pipelineId}/rules/{ruleId}")
	public Response deleteRule(@PathParam("pipelineId") String pipelineId, @PathParam("ruleId") String ruleId) {
		configuration.change(AUTHOR, "Deleted automation rule " + ruleId, desk -> {
			Pipeline pipeline = pipeline(desk, pipelineId);
			pipeline.getRules().remove(rule(pipeline, ruleId));
			return null;
		});
		return Response.noContent().build();
	}

	// --- editing a chain: add, edit or comment, clone, move, delete one, cut to the end

	/** {@code position} (0-based) where to add; the end when left out. */
	public record NewActionJson(String actionType, Map<String, String> parameters, String comment, Integer position) {
	}

	@POST
	@Path("pipelines/{pipelineId}/rules/{ruleId}/actions")
	public Response addAction(@PathParam("pipelineId") String pipelineId, @PathParam("ruleId") String ruleId,
			NewActionJson body) {
		required(body, "body");
		chainChange(pipelineId, ruleId, "Added an action to automation rule " + ruleId, (desk, actions) -> {
			AutomationAction action = action(desk, new ActionJson(null, body.actionType(), body.parameters(),
					body.comment()), null);
			actions.add(position(body.position(), actions.size(), actions.size()), action);
		});
		return Response.status(201).entity(rule(pipelineId, ruleId)).build();
	}

	/** Fields left out stay as they are; {@code parameters} replaces all parameters. */
	public record ActionPatchJson(Map<String, String> parameters, String comment) {
	}

	@PATCH
	@Path("pipelines/{pipelineId}/rules/{ruleId}/actions/{actionId}")
	public RuleJson editAction(@PathParam("pipelineId") String pipelineId, @PathParam("ruleId") String ruleId,
			@PathParam("actionId") String actionId, ActionPatchJson body) {
		required(body, "body");
		chainChange(pipelineId, ruleId, "Edited action " + actionId + " of automation rule " + ruleId,
				(desk, actions) -> {
					AutomationAction action = actions.get(index(actions, actionId));
					if (body.parameters() != null) {
						Rules.setParameters(action.getParameters(), body.parameters());
					}
					if (body.comment() != null) {
						action.setComment(body.comment().isEmpty() ? null : body.comment());
					}
				});
		return rule(pipelineId, ruleId);
	}

	@POST
	@Path("pipelines/{pipelineId}/rules/{ruleId}/actions/{actionId}/clone")
	public Response cloneAction(@PathParam("pipelineId") String pipelineId, @PathParam("ruleId") String ruleId,
			@PathParam("actionId") String actionId) {
		chainChange(pipelineId, ruleId, "Cloned action " + actionId + " of automation rule " + ruleId,
				(desk, actions) -> {
					int index = index(actions, actionId);
					AutomationAction copy = EcoreUtil.copy(actions.get(index));
					copy.setId(Rules.issueId(desk));
					actions.add(index + 1, copy);
				});
		return Response.status(201).entity(rule(pipelineId, ruleId)).build();
	}

	public record MoveJson(Integer position) {
	}

	@POST
	@Path("pipelines/{pipelineId}/rules/{ruleId}/actions/{actionId}/move")
	public RuleJson moveAction(@PathParam("pipelineId") String pipelineId, @PathParam("ruleId") String ruleId,
			@PathParam("actionId") String actionId, MoveJson body) {
		if (body == null || body.position() == null) {
			throw new ValidationException("position", "automation.position", "'position' (0-based) is required");
		}
		chainChange(pipelineId, ruleId, "Moved action " + actionId + " of automation rule " + ruleId,
				(desk, actions) -> {
					int from = index(actions, actionId);
					actions.move(position(body.position(), actions.size() - 1, -1), from);
				});
		return rule(pipelineId, ruleId);
	}

	/** Deletes one action, or with {@code toEnd=true} the action and every action after it. */
	@DELETE
	@Path("pipelines/{pipelineId}/rules/{ruleId}/actions/{actionId}")
	public RuleJson deleteAction(@PathParam("pipelineId") String pipelineId, @PathParam("ruleId") String ruleId,
			@PathParam("actionId") String actionId, @QueryParam("toEnd") @DefaultValue("false") boolean toEnd) {
		chainChange(pipelineId, ruleId,
				(toEnd ? "Cut the chain from action " : "Deleted action ") + actionId + " of automation rule " + ruleId,
				(desk, actions) -> {
					int index = index(actions, actionId);
					if (toEnd) {
						actions.subList(index, actions.size()).clear();
					} else {
						actions.remove(index);
					}
				});
		return rule(pipelineId, ruleId);
	}

	// --- the pipeline's Automate settings, as in HubSpot

	/** Per status of the pipeline (display order), the rules that run when a ticket reaches it. */
	public record StatusChainJson(String statusId, String label, List<RuleJson> rules) {
	}

	@GET
	@Path("pipelines/{pipelineId}/status-chains")
	public Results<StatusChainJson> statusChains(@PathParam("pipelineId") String pipelineId) {
		Pipeline pipeline = pipeline(configuration.desk(), pipelineId);
		return new Results<>(pipeline.getStatuses().stream()
				.sorted(java.util.Comparator.comparingInt(org.pipedesk.model.desk.Status::getDisplayOrder))
				.map(status -> new StatusChainJson(status.getId(), status.getLabel(),
						pipeline.getRules().stream().filter(r -> isStatusChain(r, status.getId()))
								.map(r -> json(pipeline, r)).toList()))
				.toList());
	}

	/**
	 * Adds an action to the chain run when a ticket reaches the status (the status's first such rule; created,
	 * enabled, when there is none yet).
	 */
	@POST
	@Path("pipelines/{pipelineId}/statuses/{statusId}/actions")
	public Response addStatusAction(@PathParam("pipelineId") String pipelineId, @PathParam("statusId") String statusId,
			NewActionJson body) {
		required(body, "body");
		String ruleId = configuration.change(AUTHOR, "Added an action when a ticket reaches status " + statusId,
				desk -> {
					Pipeline pipeline = pipeline(desk, pipelineId);
					if (pipeline.getStatuses().stream().noneMatch(s -> s.getId().equals(statusId))) {
						throw new NotFoundException("statusId", statusId,
								"Pipeline " + pipelineId + " has no status " + statusId);
					}
					AutomationRule rule = pipeline.getRules().stream().filter(r -> isStatusChain(r, statusId))
							.findFirst().orElseGet(() -> {
								AutomationRule created = DeskFactory.eINSTANCE.createAutomationRule();
								created.setId(Rules.issueId(desk));
								created.setEnabled(true);
								created.setTriggerType(ENTERED_STATUS);
								Rules.setParameters(created.getTriggerParameters(), Map.of("statusId", statusId));
								pipeline.getRules().add(created);
								return created;
							});
					AutomationAction action = action(desk,
							new ActionJson(null, body.actionType(), body.parameters(), body.comment()), null);
					rule.getActions().add(position(body.position(), rule.getActions().size(), rule.getActions().size()),
							action);
					return rule.getId();
				});
		return Response.status(201).entity(rule(pipelineId, ruleId)).build();
	}

	static final String ENTERED_STATUS = "ticket.entered-status";
	static final String SET_STATUS = "ticket.set-status";
	static final String EMAIL_SENT = "email.sent-to-customer";
	static final String CUSTOMER_REPLIED = "customer.replied";

	private static boolean isStatusChain(AutomationRule rule, String statusId) {
		return ENTERED_STATUS.equals(rule.getTriggerType())
				&& statusId.equals(Rules.parameters(rule.getTriggerParameters()).get("statusId"));
	}

	/** One status update trigger: on or off, and the status a ticket is moved to. */
	public record StatusUpdateJson(Boolean enabled, String statusId) {
	}

	/** HubSpot's "status update triggers": move the ticket when an email is sent to / a reply comes from the customer. */
	public record StatusUpdateTriggersJson(StatusUpdateJson emailSentToCustomer, StatusUpdateJson customerReplied) {
	}

	@GET
	@Path("pipelines/{pipelineId}/status-update-triggers")
	public StatusUpdateTriggersJson statusUpdateTriggers(@PathParam("pipelineId") String pipelineId) {
		Pipeline pipeline = pipeline(configuration.desk(), pipelineId);
		return new StatusUpdateTriggersJson(statusUpdate(pipeline, EMAIL_SENT), statusUpdate(pipeline, CUSTOMER_REPLIED));
	}

	/** Sets both triggers (a trigger left out stays as it is); each is one rule with one "set status" action. */
	@PUT
	@Path("pipelines/{pipelineId}/status-update-triggers")
	public StatusUpdateTriggersJson setStatusUpdateTriggers(@PathParam("pipelineId") String pipelineId,
			StatusUpdateTriggersJson body) {
		required(body, "body");
		configuration.change(AUTHOR, "Changed the status update triggers of pipeline " + pipelineId, desk -> {
			Pipeline pipeline = pipeline(desk, pipelineId);
			setStatusUpdate(desk, pipeline, EMAIL_SENT, "emailSentToCustomer", body.emailSentToCustomer());
			setStatusUpdate(desk, pipeline, CUSTOMER_REPLIED, "customerReplied", body.customerReplied());
			return null;
		});
		return statusUpdateTriggers(pipelineId);
	}

	private static java.util.Optional<AutomationRule> statusUpdateRule(Pipeline pipeline, String triggerType) {
		return pipeline.getRules().stream().filter(r -> triggerType.equals(r.getTriggerType())
				&& r.getActions().size() == 1 && SET_STATUS.equals(r.getActions().get(0).getActionType())).findFirst();
	}

	private static StatusUpdateJson statusUpdate(Pipeline pipeline, String triggerType) {
		return statusUpdateRule(pipeline, triggerType)
				.map(r -> new StatusUpdateJson(r.isEnabled(),
						Rules.parameters(r.getActions().get(0).getParameters()).get("statusId")))
				.orElse(new StatusUpdateJson(false, null));
	}

	private static void setStatusUpdate(Desk desk, Pipeline pipeline, String triggerType, String field,
			StatusUpdateJson json) {
		if (json == null) {
			return;
		}
		boolean enabled = json.enabled() != null && json.enabled();
		if (enabled && (json.statusId() == null || json.statusId().isBlank())) {
			throw new ValidationException(field + ".statusId", "automation.status-update-target",
					"A status update trigger that is on needs the status to move the ticket to");
		}
		if (!enabled && statusUpdateRule(pipeline, triggerType).isEmpty()) {
			return; // off and never set: nothing to store
		}
		AutomationRule rule = statusUpdateRule(pipeline, triggerType).orElseGet(() -> {
			AutomationRule created = DeskFactory.eINSTANCE.createAutomationRule();
			created.setId(Rules.issueId(desk));
			created.setLabel("Status update trigger: " + triggerType);
			created.setTriggerType(triggerType);
			AutomationAction action = DeskFactory.eINSTANCE.createAutomationAction();
			action.setId(Rules.issueId(desk));
			action.setActionType(SET_STATUS);
			created.getActions().add(action);
			pipeline.getRules().add(created);
			return created;
		});
		rule.setEnabled(enabled);
		if (json.statusId() != null && !json.statusId().isBlank()) {
			Rules.setParameters(rule.getActions().get(0).getParameters(), Map.of("statusId", json.statusId()));
		}
	}

	// --- runs, notifications, notes

	public record JobJson(long id, int position, String actionId, String actionType, Map<String, String> parameters,
			String state, int attempts, java.time.Instant nextAttemptAt, java.time.Instant finishedAt,
			Long durationMillis, String outcome, String error) {
	}

	public record RunJson(long id, String ruleId, String pipelineId, long ticketId, String state, String reason,
			int depth, String rulePath, java.time.Instant createdAt, java.time.Instant finishedAt,
			Map<String, Object> event, List<JobJson> actions) {
	}

	public record RunPage(List<RunJson> results, String after) {
	}

	@GET
	@Path("runs")
	public RunPage runs(@QueryParam("ruleId") String ruleId, @QueryParam("ticketId") Long ticketId,
			@QueryParam("after") String after, @QueryParam("limit") @DefaultValue("20") int limit) {
		int size = limit(limit);
		long before = cursor(after);
		if (!superAdmin()) {
			// runs show tickets: others see the runs of one ticket they may view
			if (ticketId == null) {
				throw new ForbiddenException("ticketId", "access.super-admin",
						"Only super admins list every run; others ask for the runs of one ticket (ticketId)");
			}
			tickets.get(ticketId);
		}
		return store.inTransaction(tx -> {
			var c = Jdbc.connection(tx);
			List<JobQueue.Run> found = JobQueue.runs(c, ruleId, ticketId, before, size + 1);
			List<RunJson> page = found.stream().limit(size).map(run -> runJson(c, run)).toList();
			return new RunPage(page, found.size() > size ? Long.toString(page.get(size - 1).id()) : null);
		});
	}

	@GET
	@Path("runs/{runId}")
	public RunJson run(@PathParam("runId") long runId) {
		RunJson run = store.inTransaction(tx -> {
			var c = Jdbc.connection(tx);
			return runJson(c, JobQueue.run(c, runId).orElseThrow(
					() -> new NotFoundException("runId", Long.toString(runId), "Run " + runId + " does not exist")));
		});
		if (!superAdmin() && !access.canView(users.me().id(), run.ticketId())) {
			throw new NotFoundException("runId", Long.toString(runId), "Run " + runId + " does not exist");
		}
		return run;
	}

	private static RunJson runJson(java.sql.Connection c, JobQueue.Run run) {
		Map<String, Object> event = JobQueue.event(c, run.eventId()).map(e -> StoredEvents.read(e.payload()))
				.orElse(null);
		List<JobJson> jobs = JobQueue.jobsOfRun(c, run.id()).stream()
				.map(j -> new JobJson(j.id(), j.position(), j.actionId(), j.actionType(), j.parameters(), j.state(),
						j.attempts(), j.nextAttemptAt(), j.finishedAt(), j.durationMillis(), j.outcome(), j.error()))
				.toList();
		return new RunJson(run.id(), run.ruleId(), run.pipelineId(), run.ticketId(), run.state(), run.reason(),
				run.depth(), run.rulePath(), run.createdAt(), run.finishedAt(), event, jobs);
	}

	public record NotificationPage(List<JdbcAutomationRecords.Notification> results, String after) {
	}

	@GET
	@Path("notifications")
	public NotificationPage notifications(@QueryParam("recipientKind") String kind,
			@QueryParam("recipient") String recipient, @QueryParam("ticketId") Long ticketId,
			@QueryParam("after") String after, @QueryParam("limit") @DefaultValue("20") int limit) {
		if ((kind == null) != (recipient == null)) {
			throw new ValidationException("recipient", "automation.recipient",
					"'recipientKind' (USER, TEAM, OWNER) and 'recipient' go together");
		}
		int size = limit(limit);
		if (!superAdmin()) {
			// a user reads their own notifications, and only about tickets they may view now
			long me = users.me().id();
			if (kind != null && !(kind.equalsIgnoreCase("USER") && recipient.equals(Long.toString(me)))) {
				throw new ForbiddenException("recipient", "access.super-admin",
						"Only super admins read other recipients' notifications");
			}
			List<JdbcAutomationRecords.Notification> mine = records.notifications("USER", Long.toString(me), ticketId,
					cursor(after), size + 1).stream().filter(n -> access.canView(me, n.ticketId())).toList();
			List<JdbcAutomationRecords.Notification> page = mine.stream().limit(size).toList();
			return new NotificationPage(page, mine.size() > size ? Long.toString(page.get(size - 1).id()) : null);
		}
		List<JdbcAutomationRecords.Notification> found = records.notifications(
				kind == null ? null : kind.toUpperCase(java.util.Locale.ROOT), recipient, ticketId, cursor(after),
				size + 1);
		List<JdbcAutomationRecords.Notification> page = found.stream().limit(size).toList();
		return new NotificationPage(page, found.size() > size ? Long.toString(page.get(size - 1).id()) : null);
	}

	@GET
	@Path("tickets/{ticketId}/notes")
	public Results<JdbcAutomationRecords.Note> notes(@PathParam("ticketId") long ticketId) {
		tickets.get(ticketId); // the notes of a ticket are as visible as the ticket
		return new Results<>(records.notes(ticketId, 1000));
	}

	// --- dry run

	/** What would run if the ticket entered {@code statusId} (or, with {@code event}, received that event). */
	public record DryRunJson(Long ticketId, String statusId, String event) {
	}

	public record DryRunAction(String actionId, String actionType, String preview) {
	}

	public record DryRunRule(String ruleId, String label, String event, List<DryRunAction> actions) {
	}

	@POST
	@Path("dry-run")
	public Results<DryRunRule> dryRun(DryRunJson body) {
		if (body == null || body.ticketId() == null) {
			throw new ValidationException("ticketId", "automation.dry-run-ticket", "'ticketId' is required");
		}
		// read as the requesting user: a dry run must not show a ticket its caller may not view
		Ticket current = tickets.get(body.ticketId());
		AutomationEvent.Kind kind;
		try {
			kind = body.event() == null ? AutomationEvent.Kind.ENTERED_STATUS
					: AutomationEvent.Kind.valueOf(body.event());
		} catch (IllegalArgumentException e) {
			throw new ValidationException("event", "automation.event-kind",
					"'event' must be one of " + java.util.Arrays.toString(AutomationEvent.Kind.values()));
		}
		String statusId = body.statusId() == null ? current.statusId() : body.statusId();
		Ticket ticket = new Ticket(current.id(), current.pipelineId(), statusId, current.properties(),
				current.version(), current.createdAt(), current.updatedAt());
		AutomationEvent event = new AutomationEvent(kind, ticket, statusId, null, null, null,
				ticket.properties().get(Rules.SOURCE_PROPERTY), java.time.Instant.now());
		List<DryRunRule> rules = new ArrayList<>();
		for (AutomationEngine.Match match : engine.matches(configuration.desk(), event)) {
			List<DryRunAction> actions = new ArrayList<>();
			for (AutomationAction action : match.rule().getActions()) {
				ActionType type = types.action(action.getActionType()).orElseThrow();
				ActionContext context = new ActionContext(ticket, event, match.pipeline().getId(),
						match.rule().getId(), action.getId(), "dry-run", 1, java.time.Duration.ZERO);
				actions.add(new DryRunAction(action.getId(), action.getActionType(),
						type.createHandler(type.descriptor().withDefaults(Rules.parameters(action.getParameters())))
								.preview(context)));
			}
			rules.add(new DryRunRule(match.rule().getId(), match.rule().getLabel(), kind.name(), actions));
		}
		return new Results<>(rules);
	}

	// --- helpers

	private interface ChainEdit {
		void edit(Desk desk, org.eclipse.emf.common.util.EList<AutomationAction> actions);
	}

	private void chainChange(String pipelineId, String ruleId, String summary, ChainEdit edit) {
		configuration.change(AUTHOR, summary, desk -> {
			edit.edit(desk, rule(pipeline(desk, pipelineId), ruleId).getActions());
			return null;
		});
	}

	private RuleJson json(Pipeline pipeline, AutomationRule rule) {
		List<String> missing = types.missingTypes(rule);
		String field = "pipelines[id=" + pipeline.getId() + "].rules[id=" + rule.getId() + "]";
		return new RuleJson(rule.getId(), rule.getLabel(), rule.isEnabled(), rule.getTriggerType(),
				Rules.parameters(rule.getTriggerParameters()), List.copyOf(rule.getSources()),
				rule.getActions().stream()
						.map(a -> new ActionJson(a.getId(), a.getActionType(), Rules.parameters(a.getParameters()),
								a.getComment()))
						.toList(),
				missing.isEmpty(), missing, check.problems(pipeline, rule, field, false));
	}

	/** Sets the rule's content from {@code body}; actions that name an existing id keep it. */
	private static void apply(Desk desk, AutomationRule rule, RuleJson body) {
		required(body, "body");
		if (body.triggerType() == null || body.triggerType().isBlank()) {
			throw new ValidationException("triggerType", "automation.trigger-type-required", "'triggerType' is required");
		}
		rule.setLabel(body.label());
		rule.setEnabled(body.enabled() == null || body.enabled());
		rule.setTriggerType(body.triggerType());
		Rules.setParameters(rule.getTriggerParameters(), body.triggerParameters());
		rule.getSources().clear();
		if (body.sources() != null) {
			rule.getSources().addAll(body.sources());
		}
		Map<String, AutomationAction> existing = new LinkedHashMap<>();
		rule.getActions().forEach(a -> existing.put(a.getId(), a));
		List<AutomationAction> actions = new ArrayList<>();
		for (ActionJson json : body.actions() == null ? List.<ActionJson>of() : body.actions()) {
			actions.add(action(desk, json, json == null ? null : existing.get(json.id())));
		}
		rule.getActions().clear();
		rule.getActions().addAll(actions);
	}

	private static AutomationAction action(Desk desk, ActionJson json, AutomationAction existing) {
		required(json, "actions[]");
		if (json.actionType() == null || json.actionType().isBlank()) {
			throw new ValidationException("actionType", "automation.action-type-required", "'actionType' is required");
		}
		AutomationAction action = DeskFactory.eINSTANCE.createAutomationAction();
		action.setId(existing != null ? existing.getId() : Rules.issueId(desk));
		action.setActionType(json.actionType());
		Rules.setParameters(action.getParameters(), json.parameters());
		action.setComment(json.comment());
		return action;
	}

	private static Pipeline pipeline(Desk desk, String pipelineId) {
		return Rules.pipeline(desk, pipelineId).orElseThrow(() -> new NotFoundException("pipelineId", pipelineId,
				"Pipeline " + pipelineId + " does not exist"));
	}

	private static AutomationRule rule(Pipeline pipeline, String ruleId) {
		return Rules.rule(pipeline, ruleId).orElseThrow(() -> new NotFoundException("ruleId", ruleId,
				"Pipeline " + pipeline.getId() + " has no automation rule " + ruleId));
	}

	private static int index(List<AutomationAction> actions, String actionId) {
		for (int i = 0; i < actions.size(); i++) {
			if (actions.get(i).getId().equals(actionId)) {
				return i;
			}
		}
		throw new NotFoundException("actionId", actionId, "The rule has no action " + actionId);
	}

	private static int position(Integer position, int max, int whenAbsent) {
		if (position == null && whenAbsent >= 0) {
			return whenAbsent;
		}
		if (position == null || position < 0 || position > max) {
			throw new ValidationException("position", "automation.position",
					"'position' must be between 0 and " + max);
		}
		return position;
	}

	private static void required(Object body, String field) {
		if (body == null) {
			throw new ValidationException(field, "automation.body-required", "A JSON body is required");
		}
	}

	private static int limit(int limit) {
		if (limit < 1 || limit > MAX_PAGE) {
			throw new ValidationException("limit", "paging.limit", "'limit' must be between 1 and " + MAX_PAGE);
		}
		return limit;
	}

	private static long cursor(String after) {
		if (after == null || after.isBlank()) {
			return Long.MAX_VALUE;
		}
		try {
			return Long.parseLong(after);
		} catch (NumberFormatException e) {
			throw new ValidationException("after", "paging.cursor",
					"'after' must be the cursor returned with the previous page");
		}
	}
}
