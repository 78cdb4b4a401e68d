package org.pipedesk.automation.internal;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the JSON of a stored event. */
final class StoredEvents {
	private static final ObjectMapper JSON = new ObjectMapper();

	private StoredEvents() {
	}

	static Map<String, Object> read(String payload) {
		try {
			return JSON.readValue(payload, new TypeReference<Map<String, Object>>() {
			});
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("Unreadable automation event: " + payload, e);
		}
	}
}
