package org.pipedesk.channel.form.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pipedesk.core.api.ValidationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A submission's fields, each with its values in order: from JSON (a flat object {@code {"email":"a@b.c"}}, arrays
 * for several values, or HubSpot's Forms API shape {@code {"fields":[{"name":"email","value":"a@b.c"}]}}) or from
 * {@code application/x-www-form-urlencoded} (repeated names for several values). UTF-8.
 */
final class SubmissionPayload {
	static final int MAX_ENTRIES = 1000;
	private static final ObjectMapper JSON = new ObjectMapper();

	private SubmissionPayload() {
	}

	static Map<String, List<String>> parse(String mediaType, byte[] body) {
		String type = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT);
		if (type.startsWith("application/x-www-form-urlencoded")) {
			return urlEncoded(new String(body, StandardCharsets.UTF_8));
		}
		return json(body);
	}

	static Map<String, List<String>> urlEncoded(String body) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		int entries = 0;
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			try {
				String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
				String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				add(values, name, value, ++entries);
			} catch (IllegalArgumentException e) {
				throw new ValidationException("body", "form.body-readable",
						"The form-encoded body is malformed: " + e.getMessage());
			}
		}
		return values;
	}

	static Map<String, List<String>> json(byte[] body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		} catch (IOException e) {
			throw new ValidationException("body", "json.well-formed", "Malformed JSON: " + e.getMessage());
		}
		if (root == null || !root.isObject()) {
			throw new ValidationException("body", "form.body-readable", "The body must be a JSON object of fields");
		}
		Map<String, List<String>> values = new LinkedHashMap<>();
		int[] entries = { 0 };
		if (isHubSpotShape(root)) {
			for (JsonNode field : root.get("fields")) {
				String name = field.get("name").asText();
				scalarValues(name, field.get("value")).forEach(v -> add(values, name, v, ++entries[0]));
			}
			return values;
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> field = it.next();
			scalarValues(field.getKey(), field.getValue()).forEach(v -> add(values, field.getKey(), v, ++entries[0]));
		}
		return values;
	}

	/** {@code {"fields":[{"name":..,"value":..}, ...]}} as HubSpot's Forms API submits (its context is ignored). */
	private static boolean isHubSpotShape(JsonNode root) {
		JsonNode fields = root.get("fields");
		if (fields == null || !fields.isArray()) {
			return false;
		}
		for (JsonNode field : fields) {
			if (!field.isObject() || !field.path("name").isTextual()) {
				return false;
			}
		}
		return true;
	}

	private static List<String> scalarValues(String name, JsonNode value) {
		List<String> values = new ArrayList<>();
		if (value == null || value.isNull()) {
			return values;
		}
		if (value.isValueNode()) {
			values.add(value.asText());
			return values;
		}
		if (value.isArray()) {
			for (JsonNode item : value) {
				if (!item.isValueNode() || item.isNull()) {
					throw notScalar(name);
				}
				values.add(item.asText());
			}
			return values;
		}
		throw notScalar(name);
	}

	private static ValidationException notScalar(String name) {
		return new ValidationException(name, "form.value-type",
				"Field " + name + " must be a text, a number, a boolean or a list of those");
	}

	private static void add(Map<String, List<String>> values, String name, String value, int entries) {
		if (entries > MAX_ENTRIES) {
			throw new ValidationException("body", "form.entries-count",
					"A submission has at most " + MAX_ENTRIES + " values");
		}
		values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
	}
}
