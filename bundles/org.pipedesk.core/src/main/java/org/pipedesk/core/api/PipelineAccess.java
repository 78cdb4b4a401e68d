package org.pipedesk.core.api;

import java.util.List;

/**
 * Who may work in a pipeline: everyone ({@code restricted} false), or only the users and teams granted VIEW or
 * EDIT. Super admins always may. Within an accessible pipeline, each user's ticket permissions still apply.
 */
public record PipelineAccess(String pipelineId, boolean restricted, List<Grant> grants) {
	public enum PrincipalType {
		USER, TEAM
	}

	public enum Level {
		VIEW, EDIT
	}

	public record Grant(PrincipalType type, long id, Level level) {
	}
}
