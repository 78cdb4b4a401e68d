package org.pipedesk.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A ticket property in HubSpot's shape: {@code type} string/number/date/datetime/enumeration/bool. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PropertyDefinition(String name, String label, String type, String fieldType, String description,
		List<Option> options, boolean hidden, ModificationMetadata modificationMetadata) {
	public PropertyDefinition {
		options = options == null ? List.of() : List.copyOf(options);
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Option(String label, String value, int displayOrder, boolean hidden) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ModificationMetadata(boolean archivable, boolean readOnlyDefinition, boolean readOnlyValue) {
	}

	/** Values users may not write (calculated, system-kept). */
	public boolean readOnly() {
		return modificationMetadata != null && modificationMetadata.readOnlyValue();
	}
}
