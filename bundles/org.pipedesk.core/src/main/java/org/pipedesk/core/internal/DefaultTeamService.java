package org.pipedesk.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.Team;
import org.pipedesk.core.api.TeamChange;
import org.pipedesk.core.api.TeamService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.core.spi.StoreTransaction;

/** Teams: reads for everyone signed in, changes for super admins, each change audited in its transaction. */
@Component(service = TeamService.class)
public class DefaultTeamService implements TeamService {
	private final DeskStore store;
	private final DeskConfiguration configuration;

	@Activate
	public DefaultTeamService(@Reference DeskStore store, @Reference DeskConfiguration configuration) {
		this.store = store;
		this.configuration = configuration;
	}

	@Override
	public List<Team> list() {
		return store.inTransaction(tx -> {
			Rights.of(tx);
			return tx.security().listTeams();
		});
	}

	@Override
	public Team get(long teamId) {
		return store.inTransaction(tx -> {
			Rights.of(tx);
			return find(tx, teamId);
		});
	}

	@Override
	public Team create(TeamChange request) {
		return store.inTransaction(tx -> {
			Rights rights = Rights.of(tx);
			rights.requireSuperAdmin("create teams");
			Instant now = configuration.now();
			Team candidate = new Team(0, strip(request.name()), members(request.memberIds()), 0, now, now);
			check(tx, candidate, -1);
			Team created = tx.security().insertTeam(candidate, now);
			SecurityAudit.record(tx, rights, now, "team.created", "TEAM", Long.toString(created.id()),
					SecurityAudit.describe(created));
			return created;
		});
	}

	@Override
	public Team update(long teamId, TeamChange change) {
		return store.inTransaction(tx -> {
			Rights rights = Rights.of(tx);
			rights.requireSuperAdmin("change teams");
			Team before = find(tx, teamId);
			if (change.expectedVersion() != null && change.expectedVersion() != before.version()) {
				throw stale(before);
			}
			Instant now = configuration.now();
			Team after = new Team(teamId, change.name() == null ? before.name() : strip(change.name()),
					change.memberIds() == null ? before.memberIds() : members(change.memberIds()), before.version() + 1,
					before.createdAt(), now);
			check(tx, after, teamId);
			if (!tx.security().updateTeam(after, before.version(), now)) {
				throw stale(find(tx, teamId));
			}
			SecurityAudit.record(tx, rights, now, "team.updated", "TEAM", Long.toString(teamId),
					SecurityAudit.changes(before, after));
			return find(tx, teamId);
		});
	}

	@Override
	public void delete(long teamId) {
		store.inTransaction(tx -> {
			Rights rights = Rights.of(tx);
			rights.requireSuperAdmin("delete teams");
			Team team = find(tx, teamId);
			// like a user who owns tickets: tickets assigned to the team keep a valid team
			List<String> teamProperties = configuration.read(tx).getProperties().stream()
					.filter(p -> p.getType() == org.pipedesk.model.desk.PropertyType.TEAM).map(p -> p.getName()).toList();
			long assigned = tx.security().countTicketsWithValue(teamProperties, Long.toString(teamId));
			if (assigned > 0) {
				throw new ConflictException("teamId", "team.has-no-tickets", "Team " + teamId + " has " + assigned
						+ " ticket(s) assigned: reassign them to another team first");
			}
			tx.security().deleteTeam(teamId);
			SecurityAudit.record(tx, rights, configuration.now(), "team.deleted", "TEAM", Long.toString(teamId),
					SecurityAudit.describe(team));
			return null;
		});
	}

	private static void check(StoreTransaction tx, Team team, long ownId) {
		List<Violation> violations = new ArrayList<>();
		if (team.name() == null || team.name().isEmpty()) {
			violations.add(new Violation("name", "team.name-required", "A team needs a name"));
		} else if (team.name().length() > DefaultUserService.MAX_NAME_LENGTH) {
			violations.add(new Violation("name", "team.name-max-length",
					"A team's name has at most " + DefaultUserService.MAX_NAME_LENGTH + " characters"));
		}
		Set<Long> users = tx.security().existingUserIds(team.memberIds());
		for (Long userId : team.memberIds()) {
			if (!users.contains(userId)) {
				violations.add(new Violation("memberIds", "user.exists", "User " + userId + " does not exist"));
			}
		}
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
		tx.security().findTeamIdByName(team.name()).filter(id -> id != ownId).ifPresent(id -> {
			throw new ConflictException("name", "team.name-unique",
					"Another team (" + id + ") is already called '" + team.name() + "'");
		});
	}

	private static Team find(StoreTransaction tx, long teamId) {
		return tx.security().findTeam(teamId).orElseThrow(
				() -> new NotFoundException("teamId", Long.toString(teamId), "Team " + teamId + " does not exist"));
	}

	private static ConflictException stale(Team current) {
		return new ConflictException("version", "team.version-current", "Team " + current.id()
				+ " was changed by someone else (it is now at version " + current.version() + "); reload and try again");
	}

	private static List<Long> members(List<Long> ids) {
		return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().sorted().toList();
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}
}
