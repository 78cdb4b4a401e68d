package org.pipedesk.automation.internal;

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
 * ticket's pipeline that is enabled, available and fired by the event, one run and one job per action of its chain,
 * gathered in the transaction's {@link Outbox} and written just before it commits. Nothing is executed here;
 * {@link AutomationWorker} runs the jobs after commit (the commit wakes it). Loop protection happens here too:
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
		TicketsReadAhead.changed(domainEvent);
		List<AutomationEvent> events = EventMapper.map(domainEvent);
		if (events.isEmpty()) {
			return;
		}
		// the configuration joins tx: what this change was checked against; read once per transaction
		Outbox outbox = Outbox.of(tx, configuration::desk, worker::wake);
		ExecutionScope scope = ExecutionScope.current();
		int depth = scope.jobId() == 0 ? 0 : scope.depth() + 1;
		Instant now = clock.instant();
		for (AutomationEvent event : events) {
			List<Match> matches = matches(outbox.desk, event);
			if (matches.isEmpty()) {
				continue;
			}
			List<Outbox.QueuedRun> runs = new ArrayList<>(matches.size());
			for (Match match : matches) {
				runs.add(run(match, depth, scope.rulePath(), now));
			}
			outbox.add(new Outbox.QueuedEvent(event.kind().name(), event.ticket().id(), payload(event), now, runs));
		}
	}

	/** The run of a matched rule: its jobs, or STOPPED by the loop protection. */
	private Outbox.QueuedRun run(Match match, int depth, String parentPath, Instant now) {
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
			return new Outbox.QueuedRun(rule.getId(), match.pipeline().getId(), ticketId, JobQueue.STOPPED, reason,
					depth, path, now, List.of());
		}
		List<JobQueue.JobSpec> jobs = new ArrayList<>();
		for (AutomationAction action : rule.getActions()) {
			Map<String, String> parameters = types.action(action.getActionType())
					.map(t -> t.descriptor().withDefaults(Rules.parameters(action.getParameters())))
					.orElse(Rules.parameters(action.getParameters()));
			jobs.add(new JobQueue.JobSpec(action.getId(), action.getActionType(), parameters));
		}
		return new Outbox.QueuedRun(rule.getId(), match.pipeline().getId(), ticketId,
				jobs.isEmpty() ? JobQueue.DONE : JobQueue.QUEUED, null, depth, path, now, jobs);
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
