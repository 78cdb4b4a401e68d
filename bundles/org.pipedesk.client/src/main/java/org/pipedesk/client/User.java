package org.pipedesk.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A Pipedesk user as the server answers it; ids as strings, as HubSpot writes them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(String id, String name, String email, boolean active, boolean superAdmin, Permissions permissions,
		List<String> teamIds, long version) {
	public User {
		teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
	}

	/** Ticket permissions: view, edit and delete each {@code ALL}, {@code TEAM}, {@code OWNED} or {@code NONE}. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Permissions(String view, String edit, String delete, boolean unassigned) {
		public static final List<String> SCOPES = List.of("ALL", "TEAM", "OWNED", "NONE");
	}

	/**
	 * A user to create, or the changes to one: null leaves a value as it is (a new user gets the server's
	 * defaults); {@code version}, when given, makes the server refuse a stale change (409).
	 */
	public record Change(String name, String email, Boolean active, Boolean superAdmin, Permissions permissions,
			List<String> teamIds, Long version) {
		public static Change create(String name, String email) {
			return new Change(name, email, null, null, null, null, null);
		}
	}
}
