package org.pipedesk.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Who may work in a pipeline ("Manage access"): everyone ({@code restricted} false), or only the granted users and
 * teams, each with {@code VIEW} or {@code EDIT}. Super admins always may.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PipelineAccess(String pipelineId, boolean restricted, List<Grant> grants) {
	public PipelineAccess {
		grants = grants == null ? List.of() : List.copyOf(grants);
	}

	/** @param type {@code USER} or {@code TEAM}; @param level {@code VIEW} or {@code EDIT} */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Grant(String type, String id, String level) {
	}
}
