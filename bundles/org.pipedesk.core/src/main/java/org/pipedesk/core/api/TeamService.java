package org.pipedesk.core.api;

import java.util.List;

/** Teams. Anyone signed in may read them; only super admins change them. Team names are unique ignoring case. */
public interface TeamService {
	List<Team> list();

	Team get(long teamId);

	Team create(TeamChange team);

	Team update(long teamId, TeamChange change);

	void delete(long teamId);
}
