package org.pipedesk.automation.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.automation.api.AutomationEvent;
import org.pipedesk.automation.api.AutomationEvents;
import org.pipedesk.automation.api.TriggerType;
import org.pipedesk.core.api.ConfigurationService;
import org.pipedesk.core.api.DomainEvent;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.core.spi.TransactionalEventListener;
import org.pipedesk.model.desk.AutomationAction;
import org.pipedesk.model.desk.AutomationRule;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns domain events into queued work inside the transaction of the ticket change (outbox): for every rule of the
 * ticket's pipeline that is enabled, available and fired by the event, one run and one job per action of its chain.
 * Nothing is executed here; {@link AutomationWorker} runs the jobs after commit. Loop protection happens here too:
 * a run caused by an action of another run is one level deeper, and a run that is too deep or whose rule already
 * fired in its own causal chain is recorded as STOPPED with the reason, with no jobs.
 */
@Component(service = { TransactionalEventListener.class, AutomationEvents.class, AutomationEngine.class })
public class AutomationEngine implements TransactionalEventListener, AutomationEvents {
	/** Runs caused by runs caused by ... at most this deep. */
	static final int MAX_DEPTH = 5;
	private static final Logger LOG = LoggerFactory.getLogger(AutomationEngine.class);

	private final ConfigurationService configuration;
	private final AutomationTypes types;
	private final AutomationWorker worker;
	private final DeskStore store;
	private final Clock clock = Clock.systemUTC();

	@Activate
	public AutomationEngine(@Reference ConfigurationService configuration, @Reference AutomationTypes types,
			@Reference AutomationWorker worker, @Reference DeskStore store) {
		this.configuration = configuration;
		this.types = types;
		this.worker = worker;
		this.store = store;
	}

	@Override
	public void publish(DomainEvent event) {
		store.inTransaction(tx -> {
			onEvent(tx, event);
			return null;
		});
	}

	/** A rule fired by an event, with what keeps it from running (if anything). */
	record Match(Pipeline pipeline, AutomationRule rule, AutomationEvent event) {
	}

	@Override
	public void onEvent(StoreTransaction tx, DomainEvent domainEvent) {
		List<AutomationEvent> events = EventMapper.map(domainEvent);
		if (events.isEmpty()) {
			return;
		}
		Desk desk = configuration.desk(); // joins tx: the configuration this change was checked against
		Connection connection = tx.unwrap(Connection.class)
				.orElseThrow(() -> new IllegalStateException("Automation needs a JDBC store"));
		ExecutionScope scope = ExecutionScope.current();
		int depth = scope.jobId() == 0 ? 0 : scope.depth() + 1;
		Instant now = clock.instant();
		boolean queued = false;
		for (AutomationEvent event : events) {
			List<Match> matches = matches(desk, event);
			if (matches.isEmpty()) {
				continue;
			}
			long eventId = JobQueue.insertEvent(connection, event.kind().name(), event.ticket().id(), payload(event),
					now);
			for (Match match : matches) {
				queued |= enqueue(connection, eventId, match, depth, scope.rulePath(), now);
			}
		}
		if (queued) {
			tx.afterCommit(worker::wake);
		}
	}

	private boolean enqueue(Connection connection, long eventId, Match match, int depth, String parentPath,
			Instant now) {
		AutomationRule rule = match.rule();
		String path = parentPath.isEmpty() ? rule.getId() : parentPath + ">" + rule.getId();
		long ticketId = match.event().ticket().id();
		String reason = null;
		if (!parentPath.isEmpty() && Arrays.asList(parentPath.split(">")).contains(rule.getId())) {
			reason = "Loop: rule " + rule.getId() + " was fired again by its own chain (" + path + ")";
		} else if (depth > MAX_DEPTH) {
			reason = "Chain depth limit " + MAX_DEPTH + " reached (" + path + ")";
		}
		if (reason != null) {
			LOG.warn("Automation stopped for ticket {}: {}", ticketId, reason);
			JobQueue.insertRun(connection, eventId, rule.getId(), match.pipeline().getId(), ticketId, JobQueue.STOPPED,
					reason, depth, path, now);
			return false;
		}
		long runId = JobQueue.insertRun(connection, eventId, rule.getId(), match.pipeline().getId(), ticketId,
				JobQueue.QUEUED, null, depth, path, now);
		List<JobQueue.JobSpec> jobs = new ArrayList<>();
		for (AutomationAction action : rule.getActions()) {
			Map<String, String> parameters = types.action(action.getActionType())
					.map(t -> t.descriptor().withDefaults(Rules.parameters(action.getParameters())))
					.orElse(Rules.parameters(action.getParameters()));
			jobs.add(new JobQueue.JobSpec(action.getId(), action.getActionType(), parameters));
		}
		if (jobs.isEmpty()) {
			JobQueue.update(connection, "UPDATE automation_run SET state = ?, finished_at = ? WHERE id = ?", ps -> {
				ps.setString(1, JobQueue.DONE);
				ps.setObject(2, JobQueue.timestamp(now));
				ps.setLong(3, runId);
			});
			return false;
		}
		JobQueue.insertJobs(connection, runId, jobs, now);
		return true;
	}

	/** The enabled, available rules of the event's pipeline that the event fires. */
	List<Match> matches(Desk desk, AutomationEvent event) {
		Optional<Pipeline> pipeline = Rules.pipeline(desk, event.pipelineId());
		if (pipeline.isEmpty()) {
			return List.of();
		}
		List<Match> matches = new ArrayList<>();
		for (AutomationRule rule : pipeline.get().getRules()) {
			if (!rule.isEnabled() || !types.missingTypes(rule).isEmpty() || !Rules.acceptsSource(rule, event.source())) {
				continue;
			}
			TriggerType trigger = types.trigger(rule.getTriggerType()).orElseThrow();
			Map<String, String> parameters = trigger.descriptor()
					.withDefaults(Rules.parameters(rule.getTriggerParameters()));
			try {
				if (trigger.createHandler(parameters).matches(event)) {
					matches.add(new Match(pipeline.get(), rule, event));
				}
			} catch (RuntimeException e) {
				// a broken trigger must not block ticket changes: the rule does not fire, and the log says why
				LOG.warn("Trigger {} of rule {} failed on {}", rule.getTriggerType(), rule.getId(), event.kind(), e);
			}
		}
		return matches;
	}

	private static String payload(AutomationEvent event) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("kind", event.kind().name());
		payload.put("ticketId", event.ticket().id());
		payload.put("pipelineId", event.pipelineId());
		payload.put("statusId", event.statusId());
		payload.put("propertyName", event.propertyName());
		payload.put("oldValue", JobQueue.clip(event.oldValue()));
		payload.put("newValue", JobQueue.clip(event.newValue()));
		payload.put("source", event.source());
		payload.put("occurredAt", event.occurredAt().toString());
		return JobQueue.json(payload);
	}
}
