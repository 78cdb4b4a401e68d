package org.pipedesk.model.validation;

import static org.pipedesk.model.validation.DeskRules.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.pipedesk.model.desk.AccessGrant;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskPackage;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.PropertyOption;
import org.pipedesk.model.desk.PropertyType;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.desk.StatusProperty;
import org.pipedesk.model.desk.TicketState;

/**
 * The EMF validator of the desk model: every invariant of pipelines, statuses and properties lives here,
 * so every entry point (REST, client, import, automation) gets the same answer.
 * <p>
 * Each broken rule becomes a {@link Diagnostic} whose data holds the offending object and a
 * {@link ModelViolation} naming the object, the field and the rule.
 */
public class DeskValidator extends EObjectValidator {
	public static final String DIAGNOSTIC_SOURCE = "org.pipedesk.model";
	private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z][a-z0-9_]{0,99}");

	/** Validates a whole desk (or any object of the model) and returns every violation found. */
	public static List<ModelViolation> check(EObject root) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(DeskPackage.eINSTANCE, new DeskValidator());
		Diagnostic diagnostic = new Diagnostician(registry).validate(root);
		List<ModelViolation> violations = new ArrayList<>();
		collect(diagnostic, violations);
		return violations;
	}

	private static void collect(Diagnostic diagnostic, List<ModelViolation> into) {
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			ModelViolation violation = diagnostic.getData().stream().filter(ModelViolation.class::isInstance)
					.map(ModelViolation.class::cast).findFirst().orElse(null);
			if (violation != null) {
				into.add(violation);
			} else if (diagnostic.getChildren().isEmpty() && diagnostic.getSource() != null) {
				// A default EMF constraint (multiplicity, ID uniqueness ...): keep EMF's message.
				Object target = diagnostic.getData().isEmpty() ? null : diagnostic.getData().get(0);
				into.add(new ModelViolation(kindOf(target), idOf(target), null, "model.structure", diagnostic.getMessage()));
			}
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, into);
		}
	}

	/**
	 * Data values (enum literals, strings) by classifier id: EObjectValidator's default treats the id
	 * {@code EcorePackage.EOBJECT} as "an EObject" whatever package the id is from, and an enum of this package can
	 * carry that number; their type is already enforced by the generated code, so there is nothing more to check.
	 */
	@Override
	public boolean validate(int classifierID, Object object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return !(object instanceof EObject eObject) || validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	protected EPackage getEPackage() {
		return DeskPackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = validate_EveryDefaultConstraint(object, diagnostics, context);
		List<ModelViolation> found = new ArrayList<>();
		if (object instanceof Desk desk) {
			checkDesk(desk, found);
		} else if (object instanceof Pipeline pipeline) {
			checkPipeline(pipeline, found);
		} else if (object instanceof Status status) {
			checkStatus(status, found);
		} else if (object instanceof StatusProperty statusProperty) {
			checkStatusProperty(statusProperty, found);
		} else if (object instanceof PropertyDefinition property) {
			checkProperty(property, found);
		}
		if (diagnostics != null) {
			for (ModelViolation violation : found) {
				diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, 0, violation.message(),
						new Object[] { object, violation }));
			}
		}
		return valid && found.isEmpty();
	}

	private static void checkDesk(Desk desk, List<ModelViolation> found) {
		Set<String> retired = new HashSet<>(desk.getRetiredIds());
		Map<String, String> idOwners = new HashMap<>();
		Map<String, Pipeline> labels = new HashMap<>();
		for (Pipeline pipeline : desk.getPipelines()) {
			checkId("pipeline", pipeline.getId(), describe(pipeline), retired, idOwners, found);
			for (Status status : pipeline.getStatuses()) {
				checkId("status", status.getId(), describe(status), retired, idOwners, found);
			}
			if (pipeline.getLabel() != null && !pipeline.getLabel().isBlank()) {
				Pipeline other = labels.putIfAbsent(normalize(pipeline.getLabel()), pipeline);
				if (other != null) {
					found.add(new ModelViolation("pipeline", pipeline.getId(), "label", PIPELINE_LABEL_UNIQUE,
							describe(pipeline) + ": label '" + pipeline.getLabel() + "' is already used by pipeline "
									+ other.getId() + " (rule " + PIPELINE_LABEL_UNIQUE + ": pipeline labels are unique)"));
				}
			}
		}
		Map<String, PropertyDefinition> names = new HashMap<>();
		for (PropertyDefinition property : desk.getProperties()) {
			PropertyDefinition other = property.getName() == null ? null : names.putIfAbsent(property.getName(), property);
			if (other != null) {
				found.add(new ModelViolation("property", property.getName(), "name", PROPERTY_NAME_UNIQUE,
						"Property '" + property.getName() + "' is defined already" + (other.isArchived() ? " (archived)" : "")
								+ " (rule " + PROPERTY_NAME_UNIQUE
								+ ": property names are unique, archived properties keep theirs)"));
			}
		}
	}

	private static void checkId(String kind, String id, String who, Set<String> retired, Map<String, String> owners,
			List<ModelViolation> found) {
		if (id == null || id.isBlank()) {
			found.add(new ModelViolation(kind, id, "id", ID_NOT_BLANK,
					who + " has no id (rule " + ID_NOT_BLANK + ": every pipeline and status has an internal id)"));
			return;
		}
		String other = owners.putIfAbsent(id, who);
		if (other != null) {
			found.add(new ModelViolation(kind, id, "id", ID_UNIQUE,
					who + ": id '" + id + "' is already used by " + other + " (rule " + ID_UNIQUE + ": ids are unique)"));
		}
		if (retired.contains(id)) {
			found.add(new ModelViolation(kind, id, "id", ID_NEVER_REUSED, who + ": id '" + id
					+ "' belonged to a deleted object (rule " + ID_NEVER_REUSED + ": ids are never reused)"));
		}
	}

	private static void checkPipeline(Pipeline pipeline, List<ModelViolation> found) {
		String who = describe(pipeline);
		checkLabel("pipeline", pipeline.getId(), who, pipeline.getLabel(), found);
		boolean open = false;
		boolean closed = false;
		Map<String, Status> labels = new HashMap<>();
		for (Status status : pipeline.getStatuses()) {
			open |= status.getTicketState() == TicketState.OPEN;
			closed |= status.getTicketState() == TicketState.CLOSED;
			if (status.getLabel() != null && !status.getLabel().isBlank()) {
				Status other = labels.putIfAbsent(normalize(status.getLabel()), status);
				if (other != null) {
					found.add(new ModelViolation("status", status.getId(), "label", STATUS_LABEL_UNIQUE,
							describe(status) + ": label '" + status.getLabel() + "' is already used by status "
									+ other.getId() + " in " + who + " (rule " + STATUS_LABEL_UNIQUE
									+ ": status labels are unique within a pipeline)"));
				}
			}
		}
		if (!open) {
			found.add(new ModelViolation("pipeline", pipeline.getId(), "stages", PIPELINE_OPEN_STATUS_REQUIRED, who
					+ " has no OPEN status (rule " + PIPELINE_OPEN_STATUS_REQUIRED
					+ ": every pipeline keeps at least one OPEN status)"));
		}
		if (!closed) {
			found.add(new ModelViolation("pipeline", pipeline.getId(), "stages", PIPELINE_CLOSED_STATUS_REQUIRED, who
					+ " has no CLOSED status (rule " + PIPELINE_CLOSED_STATUS_REQUIRED
					+ ": every pipeline keeps at least one CLOSED status)"));
		}
		if (pipeline.getStatuses().size() > MAX_STATUSES_PER_PIPELINE) {
			found.add(new ModelViolation("pipeline", pipeline.getId(), "stages", PIPELINE_MAX_STATUSES, who + " has "
					+ pipeline.getStatuses().size() + " statuses (rule " + PIPELINE_MAX_STATUSES + ": at most "
					+ MAX_STATUSES_PER_PIPELINE + " statuses per pipeline)"));
		}
		Desk desk = pipeline.eContainer() instanceof Desk d ? d : null;
		for (PropertyDefinition card : pipeline.getCardProperties()) {
			if (desk != null && card.eContainer() != desk) {
				found.add(new ModelViolation("pipeline", pipeline.getId(), "cardProperties", CARD_PROPERTY_DEFINED,
						who + ": card property '" + card.getName() + "' is not defined on the desk (rule "
								+ CARD_PROPERTY_DEFINED + ")"));
			}
			if (card.isArchived()) {
				found.add(new ModelViolation("pipeline", pipeline.getId(), "cardProperties", CARD_PROPERTY_NOT_ARCHIVED,
						who + " shows property '" + card.getName() + "' on its board cards: a property in use there "
								+ "cannot be archived, nor an archived one shown (rule " + CARD_PROPERTY_NOT_ARCHIVED + ")"));
			}
		}
		checkAccessGrants(pipeline, who, found);
	}

	/** Each grant names a user or team and a level, and a user or team is granted once per pipeline. */
	private static void checkAccessGrants(Pipeline pipeline, String who, List<ModelViolation> found) {
		Set<String> granted = new HashSet<>();
		for (AccessGrant grant : pipeline.getAccessGrants()) {
			if (grant.getPrincipalType() == null || grant.getLevel() == null || grant.getPrincipalId() <= 0) {
				found.add(new ModelViolation("pipeline", pipeline.getId(), "access", ACCESS_GRANT_COMPLETE,
						who + " has an access grant without a user or team, or without a level (rule "
								+ ACCESS_GRANT_COMPLETE + ")"));
				continue;
			}
			String key = grant.getPrincipalType() + ":" + grant.getPrincipalId();
			if (!granted.add(key)) {
				found.add(new ModelViolation("pipeline", pipeline.getId(), "access", ACCESS_GRANT_UNIQUE,
						who + " grants access to " + grant.getPrincipalType().getName().toLowerCase(Locale.ROOT)
								+ " " + grant.getPrincipalId() + " more than once (rule " + ACCESS_GRANT_UNIQUE + ")"));
			}
		}
	}

	private static void checkStatus(Status status, List<ModelViolation> found) {
		String who = describe(status);
		checkLabel("status", status.getId(), who, status.getLabel(), found);
		if (status.getTicketState() == null) {
			found.add(new ModelViolation("status", status.getId(), "metadata.ticketState", STATUS_STATE_REQUIRED,
					who + " has no ticket state (rule " + STATUS_STATE_REQUIRED + ": OPEN or CLOSED)"));
		}
		Set<String> seen = new HashSet<>();
		for (StatusProperty statusProperty : status.getStatusProperties()) {
			PropertyDefinition property = statusProperty.getProperty();
			if (property != null && !seen.add(property.getName())) {
				found.add(new ModelViolation("status", status.getId(), "statusProperties", STATUS_PROPERTY_UNIQUE,
						who + ": property '" + property.getName() + "' is listed twice (rule " + STATUS_PROPERTY_UNIQUE
								+ ")"));
			}
		}
	}

	private static void checkStatusProperty(StatusProperty statusProperty, List<ModelViolation> found) {
		PropertyDefinition property = statusProperty.getProperty();
		Status status = statusProperty.eContainer() instanceof Status s ? s : null;
		String statusId = status == null ? null : status.getId();
		String where = status == null ? "A status property" : describe(status);
		if (property == null) {
			return; // reported by EMF's multiplicity constraint
		}
		if (property.eContainer() == null || (status != null && status.getPipeline() != null
				&& status.getPipeline().eContainer() != null
				&& property.eContainer() != status.getPipeline().eContainer())) {
			found.add(new ModelViolation("status", statusId, "statusProperties", STATUS_PROPERTY_DEFINED,
					where + ": property '" + property.getName() + "' is not defined on the desk (rule "
							+ STATUS_PROPERTY_DEFINED + ")"));
		}
		if (property.isReadOnly()) {
			found.add(new ModelViolation("status", statusId, "statusProperties", STATUS_PROPERTY_NOT_READ_ONLY,
					where + ": property '" + property.getName() + "' is read-only and cannot be asked for (rule "
							+ STATUS_PROPERTY_NOT_READ_ONLY + ")"));
		}
		if (property.isCalculated()) {
			found.add(new ModelViolation("status", statusId, "statusProperties", STATUS_PROPERTY_NOT_CALCULATED,
					where + ": property '" + property.getName() + "' is calculated and cannot be asked for (rule "
							+ STATUS_PROPERTY_NOT_CALCULATED + ")"));
		}
		if (property.isArchived()) {
			String pipeline = status != null && status.getPipeline() != null ? " of " + describe(status.getPipeline()) : "";
			found.add(new ModelViolation("status", statusId, "statusProperties", STATUS_PROPERTY_NOT_ARCHIVED,
					where + pipeline + " asks for property '" + property.getName() + "': a property in use there "
							+ "cannot be archived, nor an archived one asked for (rule " + STATUS_PROPERTY_NOT_ARCHIVED + ")"));
		}
	}

	private static void checkProperty(PropertyDefinition property, List<ModelViolation> found) {
		String who = "Property '" + property.getName() + "'";
		if (property.getName() == null || !PROPERTY_NAME.matcher(property.getName()).matches()) {
			found.add(new ModelViolation("property", property.getName(), "name", PROPERTY_NAME_FORMAT, who
					+ ": name must start with a lower-case letter and hold only a-z, 0-9 and _ , at most 100 characters (rule "
					+ PROPERTY_NAME_FORMAT + ")"));
		}
		checkLabel("property", property.getName(), who, property.getLabel(), found);
		if (property.getType() == null) {
			found.add(new ModelViolation("property", property.getName(), "type", PROPERTY_TYPE_REQUIRED,
					who + " has no type (rule " + PROPERTY_TYPE_REQUIRED + ")"));
		}
		if (property.isBuiltIn() && property.isArchived()) {
			found.add(new ModelViolation("property", property.getName(), "archived", PROPERTY_BUILT_IN_NOT_ARCHIVABLE,
					who + " is built in and cannot be archived (rule " + PROPERTY_BUILT_IN_NOT_ARCHIVABLE + ")"));
		}
		if (property.getType() != null) {
			checkFieldType(property, who, found);
			checkOptions(property, who, found);
		}
	}

	private static void checkFieldType(PropertyDefinition property, String who, List<ModelViolation> found) {
		List<String> fitting = fieldTypes(property.getType());
		if (property.getFieldType() != null && !fitting.contains(property.getFieldType())) {
			found.add(new ModelViolation("property", property.getName(), "fieldType", PROPERTY_FIELD_TYPE,
					who + ": fieldType '" + property.getFieldType() + "' does not fit type " + property.getType()
							+ "; it takes " + String.join(", ", fitting) + " (rule " + PROPERTY_FIELD_TYPE + ")"));
		}
	}

	private static void checkOptions(PropertyDefinition property, String who, List<ModelViolation> found) {
		PropertyType type = property.getType();
		List<PropertyOption> options = property.getOptions();
		if (type == PropertyType.ENUMERATION && options.isEmpty()) {
			found.add(new ModelViolation("property", property.getName(), "options", PROPERTY_OPTIONS_REQUIRED,
					who + ": an enumeration needs at least one option (rule " + PROPERTY_OPTIONS_REQUIRED + ")"));
		}
		if (type != PropertyType.ENUMERATION && type != PropertyType.BOOLEAN && !options.isEmpty()) {
			found.add(new ModelViolation("property", property.getName(), "options", PROPERTY_OPTIONS_NOT_ALLOWED,
					who + ": a property of type " + type + " has no options (rule " + PROPERTY_OPTIONS_NOT_ALLOWED
							+ ": only enumerations and booleans have options)"));
		}
		Set<String> values = new HashSet<>();
		for (PropertyOption option : options) {
			String value = option.getValue();
			if (value == null || value.isBlank() || !values.add(value)) {
				found.add(new ModelViolation("property", property.getName(), "options", PROPERTY_OPTION_UNIQUE, who
						+ ": option value '" + value + "' is blank or repeated (rule " + PROPERTY_OPTION_UNIQUE
						+ ")"));
			} else if (value.contains(MULTI_VALUE_SEPARATOR) || value.length() > MAX_LABEL_LENGTH) {
				found.add(new ModelViolation("property", property.getName(), "options", PROPERTY_OPTION_VALUE_FORMAT,
						who + ": option value '" + value + "' must not contain '" + MULTI_VALUE_SEPARATOR
								+ "' (it separates the options of a multi-valued value) and has at most "
								+ MAX_LABEL_LENGTH + " characters (rule " + PROPERTY_OPTION_VALUE_FORMAT + ")"));
			}
			if (option.getLabel() == null || option.getLabel().isBlank() || option.getLabel().length() > MAX_LABEL_LENGTH) {
				found.add(new ModelViolation("property", property.getName(), "options", PROPERTY_OPTION_LABEL, who
						+ ": option '" + value + "' needs a label of 1 to " + MAX_LABEL_LENGTH + " characters (rule "
						+ PROPERTY_OPTION_LABEL + ")"));
			}
			if (type == PropertyType.BOOLEAN && value != null && !value.equals("true") && !value.equals("false")) {
				found.add(new ModelViolation("property", property.getName(), "options", PROPERTY_OPTIONS_BOOLEAN,
						who + ": the options of a boolean are 'true' and 'false', not '" + value + "' (rule "
								+ PROPERTY_OPTIONS_BOOLEAN + ")"));
			}
		}
	}

	private static void checkLabel(String kind, String id, String who, String label, List<ModelViolation> found) {
		if (label == null || label.isBlank()) {
			found.add(new ModelViolation(kind, id, "label", LABEL_NOT_BLANK,
					who + ": label must not be blank (rule " + LABEL_NOT_BLANK + ")"));
		} else if (label.length() > MAX_LABEL_LENGTH) {
			found.add(new ModelViolation(kind, id, "label", LABEL_MAX_LENGTH, who + ": label has " + label.length()
					+ " characters (rule " + LABEL_MAX_LENGTH + ": at most " + MAX_LABEL_LENGTH + ")"));
		}
	}

	private static String normalize(String label) {
		return label.strip().toLowerCase(Locale.ROOT);
	}

	static String describe(Pipeline pipeline) {
		return "Pipeline '" + pipeline.getLabel() + "' (id " + pipeline.getId() + ")";
	}

	static String describe(Status status) {
		return "Status '" + status.getLabel() + "' (id " + status.getId() + ")";
	}

	private static String kindOf(Object target) {
		return target instanceof EObject eObject ? eObject.eClass().getName().toLowerCase(Locale.ROOT) : null;
	}

	private static String idOf(Object target) {
		if (target instanceof Pipeline p) {
			return p.getId();
		}
		if (target instanceof Status s) {
			return s.getId();
		}
		if (target instanceof PropertyDefinition d) {
			return d.getName();
		}
		return null;
	}
}
