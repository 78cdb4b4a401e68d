package org.pipedesk.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A trigger or action type some server bundle publishes, with its typed parameters in the order they are asked
 * for: what a UI generates its editors from, so a third-party type needs no client change.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutomationType(String id, String label, String description, List<Parameter> parameters) {
	public AutomationType {
		parameters = parameters == null ? List.of() : List.copyOf(parameters);
	}

	/**
	 * One parameter: {@code type} is STRING, TEXT, NUMBER, BOOLEAN, OPTION ({@code options}), URL, STATUS (a status
	 * of the rule's pipeline), PROPERTY (a live ticket property) or TEMPLATE (an email template id); a server may
	 * add types, which clients should edit as text.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Parameter(String name, String label, String description, String type, boolean required,
			List<String> options, String defaultValue) {
		public Parameter {
			options = options == null ? List.of() : List.copyOf(options);
		}
	}
}
