package org.pipedesk.model.io;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskPackage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The desk configuration as JSON, mapped from the EMF model by its metadata, so JSON and XMI name things alike
 * (the names of {@code model/desk.ecore}) and a feature added to the model is exported and imported without
 * touching this class:
 * <ul>
 * <li>an attribute is a JSON value: string, number, boolean; a date is an ISO-8601 instant
 * ({@code 2025-01-31T09:00:00Z}); an enumeration is its literal ({@code "OPEN"}); a many-valued attribute is an
 * array;</li>
 * <li>a contained object is a nested JSON object, a contained list an array of them;</li>
 * <li>a reference to an object elsewhere in the desk is that object's key: its id ({@code Pipeline.id},
 * {@code Status.id}) or its name ({@code PropertyDefinition.name}), never a position;</li>
 * <li>transient and derived features (a status's {@code pipeline}) are left out; a field left out of a document
 * takes the model's default (0, false, empty, unset), and required ones ({@code StatusProperty.property}) are
 * reported missing.</li>
 * </ul>
 * The document wraps the desk: {@code {"format":"pipedesk-desk","formatVersion":1,"model":<nsURI>,
 * "configVersion":n,"desk":{...}}}. Reading collects every structural problem (unknown field, wrong type, unknown
 * literal, dangling reference) with its JSON path instead of stopping at the first one.
 */
public final class DeskJson {
	public static final String FORMAT = "pipedesk-desk";
	public static final int FORMAT_VERSION = 1;

	public static final String JSON_WELL_FORMED = "json.well-formed";
	public static final String JSON_FORMAT = "json.format";
	public static final String JSON_UNKNOWN_FIELD = "json.unknown-field";
	public static final String JSON_TYPE = "json.type";
	public static final String JSON_REFERENCE = "json.reference-resolves";
	public static final String JSON_REQUIRED = "json.required-field";

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/** A structural problem of a JSON document: where ({@code path}), which rule, and a message for people. */
	public record Problem(String path, String rule, String message) {
	}

	/** What reading found: the desk (null when the document is not a desk at all) and every problem. */
	public record Read(Desk desk, List<Problem> problems) {
	}

	private DeskJson() {
	}

	/** The whole desk as an indented JSON document; {@code configVersion} may be null. */
	public static String toJson(Desk desk, Long configVersion) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", FORMAT);
		document.put("formatVersion", FORMAT_VERSION);
		document.put("model", DeskPackage.eNS_URI);
		if (configVersion != null) {
			document.put("configVersion", configVersion);
		}
		document.put("desk", valuesOf(desk));
		return write(PRETTY, document) + "\n";
	}

	/** One object of the model (a pipeline with its statuses, a status, a property) as compact JSON. */
	public static String objectToJson(EObject object) {
		return write(MAPPER, valuesOf(object));
	}

	/**
	 * An object as plain Java values in model order: {@code Map} for objects, {@code List} for arrays, and
	 * String, Integer, Long, Boolean for scalars. Shared by the JSON writer and the model diff.
	 */
	public static Map<String, Object> valuesOf(EObject object) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (EStructuralFeature feature : mappedFeatures(object.eClass())) {
			Object value = valueOf(object, feature);
			if (value != null) {
				values.put(feature.getName(), value);
			}
		}
		return values;
	}

	/** One feature of an object as plain Java values (see {@link #valuesOf}); null when unset. */
	public static Object valueOf(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (feature.isMany()) {
			List<Object> list = new ArrayList<>();
			for (Object item : (Collection<?>) value) {
				Object converted = single(feature, item);
				if (converted != null) {
					list.add(converted);
				}
			}
			return list;
		}
		return single(feature, value);
	}

	/** The features the JSON form carries: everything but transient, derived and container features. */
	public static List<EStructuralFeature> mappedFeatures(EClass eClass) {
		return eClass.getEAllStructuralFeatures().stream()
				.filter(f -> !f.isTransient() && !f.isDerived() && !f.isVolatile()
						&& !(f instanceof EReference r && r.isContainer()))
				.toList();
	}

	/** The attribute naming an object for references: the model's ID attribute, else an attribute {@code id}. */
	public static EAttribute keyAttribute(EClass eClass) {
		if (eClass.getEIDAttribute() != null) {
			return eClass.getEIDAttribute();
		}
		return eClass.getEStructuralFeature("id") instanceof EAttribute id ? id : null;
	}

	/** The key of an object (its id or name), null when its class has none. */
	public static String keyOf(EObject object) {
		EAttribute key = object == null ? null : keyAttribute(object.eClass());
		Object value = key == null ? null : object.eGet(key);
		return value == null ? null : value.toString();
	}

	private static Object single(EStructuralFeature feature, Object value) {
		if (value == null) {
			return null;
		}
		if (feature instanceof EReference reference) {
			EObject target = (EObject) value;
			return reference.isContainment() ? valuesOf(target) : keyOf(target);
		}
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long) {
			return value;
		}
		return EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), value);
	}

	private static String write(ObjectMapper mapper, Object value) {
		try {
			return mapper.writeValueAsString(value);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot write the desk as JSON: " + e.getOriginalMessage(), e);
		}
	}

	/** Reads a desk document, collecting every structural problem. */
	public static Read read(String json) {
		List<Problem> problems = new ArrayList<>();
		JsonNode root;
		try {
			root = MAPPER.readTree(json == null ? "" : json);
		} catch (JsonProcessingException e) {
			problems.add(new Problem("body", JSON_WELL_FORMED, "Malformed JSON: " + e.getOriginalMessage()));
			return new Read(null, problems);
		}
		if (root == null || !root.isObject()) {
			problems.add(new Problem("body", JSON_FORMAT,
					"A desk document is a JSON object {\"format\":\"" + FORMAT + "\",\"desk\":{...}}"));
			return new Read(null, problems);
		}
		JsonNode format = root.get("format");
		if (format != null && !FORMAT.equals(format.asText())) {
			problems.add(new Problem("format", JSON_FORMAT,
					"'format' is '" + format.asText() + "'; a desk document has format '" + FORMAT + "'"));
		}
		JsonNode formatVersion = root.get("formatVersion");
		if (formatVersion != null && formatVersion.asInt(-1) != FORMAT_VERSION) {
			problems.add(new Problem("formatVersion", JSON_FORMAT, "'formatVersion' " + formatVersion
					+ " is not supported; this Pipedesk reads version " + FORMAT_VERSION));
		}
		JsonNode deskNode = root.get("desk");
		if (deskNode == null || !deskNode.isObject()) {
			problems.add(new Problem("desk", JSON_FORMAT, "The document needs the desk as an object under 'desk'"));
			return new Read(null, problems);
		}
		Reader reader = new Reader(problems);
		Desk desk = (Desk) reader.object(DeskPackage.Literals.DESK, (ObjectNode) deskNode, "desk");
		reader.resolve(desk);
		return new Read(desk, problems);
	}

	/** Builds model objects from JSON, remembering references until every keyed object exists. */
	private static final class Reader {
		private record PendingReference(EObject owner, EReference reference, String key, String path) {
		}

		private final List<Problem> problems;
		private final List<PendingReference> pending = new ArrayList<>();

		Reader(List<Problem> problems) {
			this.problems = problems;
		}

		EObject object(EClass eClass, ObjectNode node, String path) {
			EObject object = EcoreUtil.create(eClass);
			Map<String, EStructuralFeature> features = new HashMap<>();
			for (EStructuralFeature feature : mappedFeatures(eClass)) {
				features.put(feature.getName(), feature);
			}
			node.fields().forEachRemaining(field -> {
				String fieldPath = path + "." + field.getKey();
				EStructuralFeature feature = features.get(field.getKey());
				if (feature == null) {
					problems.add(new Problem(fieldPath, JSON_UNKNOWN_FIELD, "'" + field.getKey() + "' is not a field of "
							+ eClass.getName() + "; its fields are " + String.join(", ", features.keySet().stream().sorted().toList())));
				} else if (!field.getValue().isNull()) {
					feature(object, feature, field.getValue(), fieldPath);
				}
			});
			for (EStructuralFeature feature : features.values()) {
				JsonNode value = node.get(feature.getName());
				if (feature.getLowerBound() > 0 && !feature.isMany() && (value == null || value.isNull())) {
					problems.add(new Problem(path + "." + feature.getName(), JSON_REQUIRED,
							"'" + feature.getName() + "' is required in a " + eClass.getName()));
				}
			}
			return object;
		}

		@SuppressWarnings("unchecked")
		private void feature(EObject object, EStructuralFeature feature, JsonNode value, String path) {
			if (!feature.isMany()) {
				Object single = item(object, feature, value, path);
				if (single != null) {
					object.eSet(feature, single);
				}
				return;
			}
			if (!value.isArray()) {
				problems.add(new Problem(path, JSON_TYPE, "'" + feature.getName() + "' must be an array"));
				return;
			}
			List<Object> list = (List<Object>) object.eGet(feature);
			ArrayNode array = (ArrayNode) value;
			for (int i = 0; i < array.size(); i++) {
				Object item = item(object, feature, array.get(i), path + "[" + i + "]");
				if (item != null) {
					list.add(item);
				}
			}
		}

		private Object item(EObject owner, EStructuralFeature feature, JsonNode value, String path) {
			if (feature instanceof EReference reference) {
				if (reference.isContainment()) {
					if (!value.isObject()) {
						problems.add(new Problem(path, JSON_TYPE, "'" + feature.getName() + "' holds "
								+ reference.getEReferenceType().getName() + " objects"));
						return null;
					}
					return object(reference.getEReferenceType(), (ObjectNode) value, path);
				}
				if (!value.isTextual()) {
					problems.add(new Problem(path, JSON_TYPE, "'" + feature.getName() + "' refers to a "
							+ reference.getEReferenceType().getName() + " by its "
							+ keyAttribute(reference.getEReferenceType()).getName() + " (a string)"));
					return null;
				}
				pending.add(new PendingReference(owner, reference, value.asText(), path));
				return null;
			}
			return attribute((EAttribute) feature, value, path);
		}

		private Object attribute(EAttribute attribute, JsonNode value, String path) {
			EDataType type = attribute.getEAttributeType();
			Class<?> javaType = type.getInstanceClass();
			if (type instanceof EEnum eEnum) {
				EEnumLiteral literal = value.isTextual() ? eEnum.getEEnumLiteralByLiteral(value.asText()) : null;
				if (literal == null) {
					problems.add(new Problem(path, JSON_TYPE, "'" + attribute.getName() + "' is one of "
							+ String.join(", ", eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList())
							+ ", not " + value));
					return null;
				}
				return literal.getInstance();
			}
			if (javaType == String.class) {
				return value.isTextual() ? value.asText() : typeProblem(attribute, path, "a string");
			}
			if (javaType == int.class || javaType == Integer.class) {
				return value.isIntegralNumber() && value.canConvertToInt() ? value.intValue()
						: typeProblem(attribute, path, "a whole number");
			}
			if (javaType == long.class || javaType == Long.class) {
				return value.isIntegralNumber() && value.canConvertToLong() ? value.longValue()
						: typeProblem(attribute, path, "a whole number");
			}
			if (javaType == boolean.class || javaType == Boolean.class) {
				return value.isBoolean() ? value.booleanValue() : typeProblem(attribute, path, "true or false");
			}
			if (javaType == Date.class) {
				if (value.isTextual()) {
					try {
						return Date.from(Instant.parse(value.asText()));
					} catch (DateTimeParseException e) {
						// reported below
					}
				}
				return typeProblem(attribute, path, "an ISO-8601 instant such as 2025-01-31T09:00:00Z");
			}
			try {
				return EcoreUtil.createFromString(type, value.asText());
			} catch (RuntimeException e) {
				return typeProblem(attribute, path, "a " + type.getName());
			}
		}

		private Object typeProblem(EAttribute attribute, String path, String expected) {
			problems.add(new Problem(path, JSON_TYPE, "'" + attribute.getName() + "' must be " + expected));
			return null;
		}

		/** Resolves the remembered references against the keyed objects of the desk. */
		@SuppressWarnings("unchecked")
		void resolve(Desk desk) {
			Map<EClass, Map<String, EObject>> byKey = new HashMap<>();
			desk.eAllContents().forEachRemaining(o -> {
				String key = keyOf(o);
				if (key != null) {
					byKey.computeIfAbsent(o.eClass(), c -> new HashMap<>()).putIfAbsent(key, o);
				}
			});
			for (PendingReference ref : pending) {
				EClass wanted = ref.reference().getEReferenceType();
				EObject target = byKey.entrySet().stream().filter(e -> wanted.isSuperTypeOf(e.getKey()))
						.map(e -> e.getValue().get(ref.key())).filter(t -> t != null).findFirst().orElse(null);
				if (target == null) {
					problems.add(new Problem(ref.path(), JSON_REFERENCE, "'" + ref.key() + "' names no "
							+ wanted.getName() + " of this desk"));
				} else if (ref.reference().isMany()) {
					((List<Object>) ref.owner().eGet(ref.reference())).add(target);
				} else {
					ref.owner().eSet(ref.reference(), target);
				}
			}
		}
	}
}
