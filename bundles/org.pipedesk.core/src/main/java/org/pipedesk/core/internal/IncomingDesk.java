package org.pipedesk.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.pipedesk.core.api.Violation;
import org.pipedesk.model.compare.DeskDiff;
import org.pipedesk.model.compare.DeskDiff.Action;
import org.pipedesk.model.compare.DeskDiff.ObjectChange;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskPackage;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.io.DeskDocuments;
import org.pipedesk.model.validation.DeskValidator;
import org.pipedesk.model.validation.ModelViolation;

/**
 * A whole desk coming in (an imported document, or an old version being rolled back to), made ready to replace
 * the current one: what the store knows and the document may not is carried over, so the model's rules can judge
 * the result.
 * <ul>
 * <li>ids are never reused: every id retired so far stays retired, and ids of objects the document drops are
 * retired now; a document object carrying a retired id then breaks {@code id.never-reused};</li>
 * <li>the id counter never goes back, and moves past any numeric id the document brings;</li>
 * <li>pipelines and statuses without an id (written by hand) get the next ids;</li>
 * <li>timestamps are the server's: existing objects keep theirs unless their content changes, then (and when
 * their statuses change) {@code updatedAt} is now, so HubSpot clients that sync by {@code updatedAt} see the
 * change.</li>
 * </ul>
 */
final class IncomingDesk {
	/** The rule code of EMF's default constraints (multiplicities ...) as the validator reports them. */
	static final String MODEL_STRUCTURE = "model.structure";
	private static final Pattern NUMERIC_ID = Pattern.compile("\\d{1,18}");

	private IncomingDesk() {
	}

	static Desk prepare(Desk current, Desk incoming, Instant now) {
		Desk candidate = DeskDocuments.copy(incoming);
		Set<String> live = new HashSet<>();
		for (Pipeline pipeline : candidate.getPipelines()) {
			live.add(pipeline.getId());
			pipeline.getStatuses().forEach(s -> live.add(s.getId()));
		}
		Set<String> retired = new LinkedHashSet<>(current.getRetiredIds());
		retired.addAll(candidate.getRetiredIds());
		for (Pipeline pipeline : current.getPipelines()) {
			if (!live.contains(pipeline.getId())) {
				retired.add(pipeline.getId());
			}
			pipeline.getStatuses().stream().map(Status::getId).filter(id -> !live.contains(id)).forEach(retired::add);
		}
		long last = Math.max(current.getLastIssuedId(), candidate.getLastIssuedId());
		for (String id : union(live, retired)) {
			if (id != null && NUMERIC_ID.matcher(id).matches()) {
				last = Math.max(last, Long.parseLong(id));
			}
		}
		for (Pipeline pipeline : candidate.getPipelines()) {
			if (blank(pipeline.getId())) {
				pipeline.setId(Long.toString(++last));
			}
			for (Status status : pipeline.getStatuses()) {
				if (blank(status.getId())) {
					status.setId(Long.toString(++last));
				}
			}
		}
		candidate.getRetiredIds().clear();
		candidate.getRetiredIds().addAll(retired);
		candidate.setLastIssuedId(last);
		stamp(current, candidate, Date.from(now));
		return candidate;
	}

	/**
	 * Timestamps are the server's: an object that exists keeps its {@code createdAt}, and its {@code updatedAt}
	 * unless its content changed (then now); a pipeline whose statuses changed is updated now too. New objects keep
	 * the timestamps the document gives them (a desk moved from another server), else get now.
	 */
	private static void stamp(Desk current, Desk candidate, Date now) {
		DeskDiff.Result content = DeskDiff.compare(current, candidate, DeskDiff.TIMESTAMPS);
		Set<String> changed = new HashSet<>();
		for (ObjectChange change : content.objects()) {
			if (change.action() == Action.CHANGED && change.eClass() != DeskPackage.Literals.PROPERTY_DEFINITION) {
				changed.add(change.key());
			}
			if (change.eClass() == DeskPackage.Literals.STATUS) {
				changed.add(change.containerKey()); // its pipeline
			}
		}
		Map<String, Pipeline> currentPipelines = new HashMap<>();
		Map<String, Status> currentStatuses = new HashMap<>();
		for (Pipeline pipeline : current.getPipelines()) {
			currentPipelines.put(pipeline.getId(), pipeline);
			pipeline.getStatuses().forEach(st -> currentStatuses.put(st.getId(), st));
		}
		for (Pipeline pipeline : candidate.getPipelines()) {
			Pipeline was = currentPipelines.get(pipeline.getId());
			stamp(was != null, changed.contains(pipeline.getId()), was == null ? null : was.getCreatedAt(),
					was == null ? null : was.getUpdatedAt(),
					pipeline::getCreatedAt, pipeline::setCreatedAt, pipeline::getUpdatedAt, pipeline::setUpdatedAt, now);
			for (Status status : pipeline.getStatuses()) {
				Status old = currentStatuses.get(status.getId());
				stamp(old != null, changed.contains(status.getId()), old == null ? null : old.getCreatedAt(),
						old == null ? null : old.getUpdatedAt(), status::getCreatedAt, status::setCreatedAt,
						status::getUpdatedAt, status::setUpdatedAt, now);
			}
		}
	}

	private static void stamp(boolean exists, boolean changed, Date wasCreated, Date wasUpdated,
			Supplier<Date> created, Consumer<Date> setCreated, Supplier<Date> updated, Consumer<Date> setUpdated,
			Date now) {
		if (exists) {
			setCreated.accept(wasCreated);
			setUpdated.accept(changed ? now : wasUpdated);
		} else {
			if (created.get() == null) {
				setCreated.accept(now);
			}
			if (updated.get() == null) {
				setUpdated.accept(now);
			}
		}
	}

	/** Makes {@code target} hold exactly the content of {@code source} (a copy of it), feature by feature. */
	static void replaceContent(Desk target, Desk source) {
		Desk copy = DeskDocuments.copy(source);
		for (EStructuralFeature feature : DeskPackage.Literals.DESK.getEAllStructuralFeatures()) {
			if (feature.isChangeable() && !feature.isDerived() && !feature.isTransient()) {
				Object value = copy.eGet(feature);
				target.eSet(feature, feature.isMany() ? new ArrayList<>((Collection<?>) value) : value);
			}
		}
	}

	/** Every rule of the model the desk breaks, each field naming its object by id (e.g. {@code pipelines[id=5].label}). */
	static List<Violation> modelViolations(Desk desk) {
		List<Violation> violations = new ArrayList<>();
		for (ModelViolation v : DeskValidator.check(desk)) {
			violations.add(new Violation(field(desk, v), v.rule(), v.message()));
		}
		return violations;
	}

	private static final Map<String, String> MODEL_FIELDS = Map.of("stages", "statuses", "metadata.ticketState",
			"ticketState");

	private static String field(Desk desk, ModelViolation v) {
		String field = v.field() == null ? null : MODEL_FIELDS.getOrDefault(v.field(), v.field());
		String object;
		if ("pipeline".equals(v.objectKind())) {
			object = ConfigurationRules.pipelineField(v.objectId());
		} else if ("status".equals(v.objectKind())) {
			String pipelineId = desk.getPipelines().stream()
					.filter(p -> p.getStatuses().stream().anyMatch(s -> s.getId().equals(v.objectId()))).findFirst()
					.map(Pipeline::getId).orElse("?");
			object = ConfigurationRules.statusField(pipelineId, v.objectId());
		} else if ("property".equals(v.objectKind())) {
			object = ConfigurationRules.propertyField(v.objectId());
		} else {
			object = v.objectKind() == null ? "desk" : v.objectKind();
		}
		return field == null ? object : object + "." + field;
	}

	private static boolean blank(String id) {
		return id == null || id.isBlank();
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}
}
