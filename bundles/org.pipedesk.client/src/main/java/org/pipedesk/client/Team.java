package org.pipedesk.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A team of users; a user may be on several. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Team(String id, String name, List<String> memberIds, long version) {
	public Team {
		memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
	}
}
