package org.pipedesk.automation.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pipedesk.model.desk.Pipeline;

/**
 * What a trigger or action type is: a stable id (rules refer to it), a label and description for people, and its
 * parameters in the order they are asked for.
 */
public record TypeDescriptor(String id, String label, String description, List<ParameterDescriptor> parameters) {

	public TypeDescriptor {
		parameters = List.copyOf(parameters);
	}

	/**
	 * Every problem of {@code values} as parameters of this type in {@code pipeline}: missing required ones, values
	 * of the wrong form, and names the type does not have. Messages name the parameter.
	 */
	public List<String> check(Map<String, String> values, Pipeline pipeline) {
		List<String> problems = new ArrayList<>();
		for (ParameterDescriptor parameter : parameters) {
			parameter.check(values.get(parameter.name()), pipeline).ifPresent(problems::add);
		}
		values.keySet().stream().filter(name -> parameters.stream().noneMatch(p -> p.name().equals(name)))
				.forEach(name -> problems.add("'" + name + "' is not a parameter of " + id));
		return problems;
	}

	/** {@code values} with the defaults of the parameters left out. */
	public Map<String, String> withDefaults(Map<String, String> values) {
		Map<String, String> all = new LinkedHashMap<>();
		parameters.stream().filter(p -> p.defaultValue() != null).forEach(p -> all.put(p.name(), p.defaultValue()));
		values.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				all.put(name, value);
			}
		});
		return all;
	}
}
