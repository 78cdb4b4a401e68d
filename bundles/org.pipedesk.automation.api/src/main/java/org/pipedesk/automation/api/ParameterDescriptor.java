package org.pipedesk.automation.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.pipedesk.model.desk.Pipeline;

/**
 * One parameter of a trigger or action type: its name, label, description, type, whether it is required, the
 * allowed values of an {@link ParameterType#OPTION}, and the value used when it is left out.
 */
public record ParameterDescriptor(String name, String label, String description, ParameterType type, boolean required,
		List<String> options, String defaultValue) {

	public ParameterDescriptor {
		options = options == null ? List.of() : List.copyOf(options);
	}

	public static ParameterDescriptor required(String name, String label, String description, ParameterType type) {
		return new ParameterDescriptor(name, label, description, type, true, List.of(), null);
	}

	public static ParameterDescriptor optional(String name, String label, String description, ParameterType type) {
		return new ParameterDescriptor(name, label, description, type, false, List.of(), null);
	}

	public static ParameterDescriptor option(String name, String label, String description, boolean required,
			List<String> options, String defaultValue) {
		return new ParameterDescriptor(name, label, description, ParameterType.OPTION, required, options,
				defaultValue);
	}

	/**
	 * Why {@code value} does not fit this parameter in {@code pipeline} (the rule's pipeline), or empty when it
	 * fits. A missing optional value fits.
	 */
	public Optional<String> check(String value, Pipeline pipeline) {
		if (value == null || value.isBlank()) {
			return required ? Optional.of("'" + name + "' is required") : Optional.empty();
		}
		return switch (type) {
		case STRING, TEXT -> Optional.empty();
		case NUMBER -> number(value);
		case BOOLEAN -> value.equals("true") || value.equals("false") ? Optional.empty()
				: Optional.of("'" + name + "' must be true or false");
		case OPTION -> options.contains(value) ? Optional.empty()
				: Optional.of("'" + name + "' must be one of " + String.join(", ", options));
		case URL -> url(value);
		case STATUS -> pipeline != null && pipeline.getStatuses().stream().anyMatch(s -> s.getId().equals(value))
				? Optional.empty()
				: Optional.of("'" + name + "': status " + value + " is not a status of pipeline "
						+ (pipeline == null ? "?" : pipeline.getId()));
		case PROPERTY -> pipeline != null && pipeline.eContainer() instanceof org.pipedesk.model.desk.Desk desk
				&& desk.getProperties().stream().anyMatch(p -> p.getName().equals(value) && !p.isArchived())
						? Optional.empty()
						: Optional.of("'" + name + "': property " + value + " does not exist or is archived");
		case TEMPLATE -> EmailTemplates.BUILT_IN.contains(value)
				|| pipeline != null && pipeline.eContainer() instanceof org.pipedesk.model.desk.Desk desk
						&& desk.getEmailTemplates().stream().anyMatch(t -> value.equals(t.getId()))
								? Optional.empty()
								: Optional.of("'" + name + "': email template " + value + " does not exist");
		};
	}

	private Optional<String> number(String value) {
		try {
			new BigDecimal(value);
			return Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.of("'" + name + "' must be a number");
		}
	}

	private Optional<String> url(String value) {
		try {
			URI uri = URI.create(value);
			if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
				return Optional.empty();
			}
		} catch (IllegalArgumentException e) {
			// reported below
		}
		return Optional.of("'" + name + "' must be an http or https URL");
	}
}
