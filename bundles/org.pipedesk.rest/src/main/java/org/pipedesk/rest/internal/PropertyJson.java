package org.pipedesk.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.pipedesk.core.api.NewProperty;
import org.pipedesk.core.api.PropertyChange;
import org.pipedesk.core.api.PropertyInfo;
import org.pipedesk.core.api.PropertyType;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * HubSpot CRM v3 property JSON shapes and the translation of HubSpot's {@code type} (+ {@code fieldType},
 * {@code referencedObjectType}) to Pipedesk's property types: {@code string} is TEXT, or MULTILINE_TEXT when edited
 * as textarea/html; {@code enumeration} referencing {@code OWNER} is an OWNER property (as HubSpot shows
 * {@code hubspot_owner_id}), referencing {@code TEAM} a TEAM property ({@code hubspot_team_id}); {@code bool} is
 * BOOLEAN.
 */
final class PropertyJson {
	static final String OWNER = "OWNER";
	static final String TEAM = "TEAM";

	private PropertyJson() {
	}

	/** HubSpot's property types; any other value is refused by JSON binding (400, rule json.type). */
	enum HubSpotType {
		@JsonProperty("string") STRING, @JsonProperty("number") NUMBER, @JsonProperty("date") DATE,
		@JsonProperty("datetime") DATETIME, @JsonProperty("enumeration") ENUMERATION, @JsonProperty("bool") BOOL
	}

	record PropertyOut(String name, String label, String type, String fieldType, String description, String groupName,
			List<OptionOut> options, int displayOrder, boolean calculated, boolean externalOptions,
			boolean hasUniqueValue, boolean hidden, boolean hubspotDefined, ModificationMetadata modificationMetadata,
			boolean formField, String referencedObjectType, boolean archived, Instant createdAt, Instant updatedAt,
			Instant archivedAt) {
	}

	record OptionOut(String label, String value, int displayOrder, boolean hidden) {
	}

	/** What may be changed: a built-in property cannot be archived; a read-only one takes no values. */
	record ModificationMetadata(boolean archivable, boolean readOnlyDefinition, boolean readOnlyValue) {
	}

	record PropertyIn(String name, String label, HubSpotType type, String fieldType, String groupName,
			String description, List<OptionIn> options, Integer displayOrder, Boolean hidden, Boolean formField,
			Boolean hasUniqueValue, String referencedObjectType) {
	}

	record OptionIn(String label, String value, Integer displayOrder, Boolean hidden) {
	}

	static PropertyOut out(PropertyInfo p) {
		boolean owner = p.type() == PropertyType.OWNER;
		boolean team = p.type() == PropertyType.TEAM;
		return new PropertyOut(p.name(), p.label(), hubSpotType(p.type()), p.fieldType(), p.description(),
				p.groupName(),
				p.options().stream().map(o -> new OptionOut(o.label(), o.value(), o.displayOrder(), o.hidden())).toList(),
				p.displayOrder(), p.calculated(), owner || team, false, p.hidden(), p.builtIn(),
				new ModificationMetadata(!p.builtIn(), false, p.readOnly() || p.calculated()), p.formField(),
				owner ? OWNER : team ? TEAM : null, p.archived(), p.createdAt(), p.updatedAt(), p.archivedAt());
	}

	static String hubSpotType(PropertyType type) {
		return switch (type) {
		case TEXT, MULTILINE_TEXT -> "string";
		case NUMBER -> "number";
		case DATE -> "date";
		case DATETIME -> "datetime";
		case ENUMERATION, OWNER, TEAM -> "enumeration";
		case BOOLEAN -> "bool";
		};
	}

	/**
	 * Pipedesk's type for HubSpot's; {@code current} is the type before a change, used when only the fieldType of a
	 * string property changes (text and textarea are two types here). Null when nothing says the type.
	 */
	static PropertyType type(HubSpotType type, String fieldType, String referencedObjectType, PropertyType current) {
		if (type == null) {
			boolean text = current == PropertyType.TEXT || current == PropertyType.MULTILINE_TEXT;
			return text && fieldType != null ? textType(fieldType) : null;
		}
		return switch (type) {
		case STRING -> textType(fieldType);
		case NUMBER -> PropertyType.NUMBER;
		case DATE -> PropertyType.DATE;
		case DATETIME -> PropertyType.DATETIME;
		case ENUMERATION -> OWNER.equalsIgnoreCase(referencedObjectType) ? PropertyType.OWNER
				: TEAM.equalsIgnoreCase(referencedObjectType) ? PropertyType.TEAM : PropertyType.ENUMERATION;
		case BOOL -> PropertyType.BOOLEAN;
		};
	}

	private static PropertyType textType(String fieldType) {
		return "textarea".equals(fieldType) || "html".equals(fieldType) ? PropertyType.MULTILINE_TEXT
				: PropertyType.TEXT;
	}

	static NewProperty toNew(PropertyIn in) {
		return new NewProperty(in.name(), in.label(), in.description(), in.groupName(),
				type(in.type(), in.fieldType(), in.referencedObjectType(), null), in.fieldType(), options(in.options()),
				in.displayOrder(), in.hidden(), in.formField(), in.hasUniqueValue());
	}

	static PropertyChange toChange(PropertyIn in, PropertyType current) {
		return new PropertyChange(in.label(), in.description(), in.groupName(),
				type(in.type(), in.fieldType(), in.referencedObjectType(), current), in.fieldType(),
				options(in.options()), in.displayOrder(), in.hidden(), in.formField(), in.hasUniqueValue());
	}

	/** Options without a displayOrder take their position in the list. */
	private static List<PropertyInfo.Option> options(List<OptionIn> options) {
		if (options == null) {
			return null;
		}
		List<PropertyInfo.Option> result = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			OptionIn option = options.get(i);
			if (option == null) {
				continue;
			}
			result.add(new PropertyInfo.Option(option.value(), option.label(),
					option.displayOrder() == null ? i : option.displayOrder(), Boolean.TRUE.equals(option.hidden())));
		}
		return result;
	}
}
