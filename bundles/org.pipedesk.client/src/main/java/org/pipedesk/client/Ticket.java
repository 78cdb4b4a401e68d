package org.pipedesk.client;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A ticket: its properties as HubSpot sends them (strings), and its version for If-Match updates. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ticket(String id, Map<String, String> properties, Long version) {
	public String property(String name) {
		return properties == null ? null : properties.get(name);
	}

	public String subject() {
		return property("subject");
	}

	public String pipelineId() {
		return property("hs_pipeline");
	}

	public String stageId() {
		return property("hs_pipeline_stage");
	}
}
