package org.pipedesk.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** HubSpot's "when a ticket reaches this status": a status of the pipeline and the rules that run then. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusChain(String statusId, String label, List<AutomationRule> rules) {
	public StatusChain {
		rules = rules == null ? List.of() : List.copyOf(rules);
	}
}
