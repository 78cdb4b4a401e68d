package org.pipedesk.model.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskPackage;
import org.pipedesk.model.io.DeskJson;

/**
 * What changed between two desks, computed from the two EMF models by the model's metadata: objects that have a
 * key (pipelines and statuses by id, properties by name) are matched by it, so a renamed or reordered object is
 * "changed", not "removed and added". Every other feature is compared by value in its JSON form
 * ({@link DeskJson#valueOf}): attributes, references (as keys), and contained objects without a key of their own
 * (a status's asked-for properties, a property's options) as whole lists. A keyed object that moved to another
 * container (a status to another pipeline) shows its container reference as a changed field.
 * <p>
 * EMF Compare would do this generically, but it is not published on Maven Central; matching by keys is all this
 * model needs.
 */
public final class DeskDiff {
	/** Timestamps, which every change moves; callers that compare content only leave them out. */
	public static final Set<String> TIMESTAMPS = Set.of("createdAt", "updatedAt");

	public enum Action {
		ADDED, REMOVED, CHANGED
	}

	/** One field of an object (or of the desk itself) with its value before and after, in JSON form. */
	public record FieldChange(String field, Object oldValue, Object newValue) {
	}

	/**
	 * One keyed object added, removed or changed. {@code containerKey} is the key of its container when that is a
	 * keyed object too (a status's pipeline id); {@code before}/{@code after} are the objects themselves (null when
	 * absent on that side).
	 */
	public record ObjectChange(EClass eClass, Action action, String key, String containerKey, String label,
			EObject before, EObject after, List<FieldChange> fields) {
	}

	/** The changes of the desk's own fields and of its keyed objects, in a stable order. */
	public record Result(List<FieldChange> deskFields, List<ObjectChange> objects) {
		public boolean isEmpty() {
			return deskFields.isEmpty() && objects.isEmpty();
		}

		public List<ObjectChange> of(EClass eClass) {
			return objects.stream().filter(c -> c.eClass() == eClass).toList();
		}

		public List<ObjectChange> pipelines() {
			return of(DeskPackage.Literals.PIPELINE);
		}

		public List<ObjectChange> statuses() {
			return of(DeskPackage.Literals.STATUS);
		}

		public List<ObjectChange> properties() {
			return of(DeskPackage.Literals.PROPERTY_DEFINITION);
		}
	}

	private DeskDiff() {
	}

	public static Result compare(Desk before, Desk after) {
		return compare(before, after, Set.of());
	}

	/** Compares leaving out the fields named in {@code ignored} (e.g. {@link #TIMESTAMPS}). */
	public static Result compare(Desk before, Desk after, Set<String> ignored) {
		List<FieldChange> deskFields = fieldChanges(before, after, ignored);
		Map<EClass, Map<String, EObject>> beforeObjects = keyedObjects(before);
		Map<EClass, Map<String, EObject>> afterObjects = keyedObjects(after);
		List<EClass> classes = new ArrayList<>(beforeObjects.keySet());
		afterObjects.keySet().stream().filter(c -> !classes.contains(c)).forEach(classes::add);
		List<ObjectChange> objects = new ArrayList<>();
		for (EClass eClass : classes) {
			Map<String, EObject> old = beforeObjects.getOrDefault(eClass, Map.of());
			Map<String, EObject> now = afterObjects.getOrDefault(eClass, Map.of());
			for (Map.Entry<String, EObject> entry : now.entrySet()) {
				EObject was = old.get(entry.getKey());
				EObject is = entry.getValue();
				if (was == null) {
					objects.add(change(eClass, Action.ADDED, entry.getKey(), null, is, List.of()));
				} else {
					List<FieldChange> fields = fieldChanges(was, is, ignored);
					if (!fields.isEmpty()) {
						objects.add(change(eClass, Action.CHANGED, entry.getKey(), was, is, fields));
					}
				}
			}
			for (Map.Entry<String, EObject> entry : old.entrySet()) {
				if (!now.containsKey(entry.getKey())) {
					objects.add(change(eClass, Action.REMOVED, entry.getKey(), entry.getValue(), null, List.of()));
				}
			}
		}
		return new Result(deskFields, objects);
	}

	private static ObjectChange change(EClass eClass, Action action, String key, EObject before, EObject after,
			List<FieldChange> fields) {
		EObject current = after != null ? after : before;
		String containerKey = DeskJson.keyOf(current.eContainer());
		EStructuralFeature labelFeature = eClass.getEStructuralFeature("label");
		Object label = labelFeature == null ? null : current.eGet(labelFeature);
		return new ObjectChange(eClass, action, key, containerKey, label == null ? null : label.toString(), before,
				after, fields);
	}

	/** Keyed objects by class and key, in containment order. */
	private static Map<EClass, Map<String, EObject>> keyedObjects(Desk desk) {
		Map<EClass, Map<String, EObject>> objects = new LinkedHashMap<>();
		desk.eAllContents().forEachRemaining(o -> {
			String key = DeskJson.keyOf(o);
			if (key != null) {
				objects.computeIfAbsent(o.eClass(), c -> new LinkedHashMap<>()).putIfAbsent(key, o);
			}
		});
		return objects;
	}

	/**
	 * Field changes of two objects of the same class. Contained keyed objects are compared on their own, so lists
	 * of them (a pipeline's statuses) are skipped here; a change of container is reported under the container
	 * reference (a status's {@code pipeline}).
	 */
	private static List<FieldChange> fieldChanges(EObject before, EObject after, Set<String> ignored) {
		List<FieldChange> changes = new ArrayList<>();
		for (EStructuralFeature feature : before.eClass().getEAllStructuralFeatures()) {
			if (ignored.contains(feature.getName()) || feature.isDerived()) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainer()) {
				String was = DeskJson.keyOf(before.eContainer());
				String is = DeskJson.keyOf(after.eContainer());
				if (!Objects.equals(was, is)) {
					changes.add(new FieldChange(feature.getName(), was, is));
				}
				continue;
			}
			if (feature.isTransient() || feature instanceof EReference reference && reference.isContainment()
					&& DeskJson.keyAttribute(reference.getEReferenceType()) != null) {
				continue;
			}
			Object was = DeskJson.valueOf(before, feature);
			Object is = DeskJson.valueOf(after, feature);
			if (!Objects.equals(was, is)) {
				changes.add(new FieldChange(feature.getName(), was, is));
			}
		}
		return changes;
	}
}
