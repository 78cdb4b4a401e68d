package org.pipedesk.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.TicketPermissions;
import org.pipedesk.core.api.User;
import org.pipedesk.core.api.UserChange;
import org.pipedesk.core.api.UserService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.core.spi.StoreTransaction;

/** Users: reads for everyone signed in, changes for super admins, each change audited in its transaction. */
@Component(service = UserService.class)
public class DefaultUserService implements UserService {
	static final int MAX_PAGE_SIZE = 100;
	static final int MAX_NAME_LENGTH = 200;
	static final int MAX_EMAIL_LENGTH = 320;
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private final DeskStore store;
	private final DeskConfiguration configuration;

	@Activate
	public DefaultUserService(@Reference DeskStore store, @Reference DeskConfiguration configuration) {
		this.store = store;
		this.configuration = configuration;
	}

	@Override
	public Page list(String after, int limit) {
		if (limit < 1 || limit > MAX_PAGE_SIZE) {
			throw new ValidationException("limit", "paging.limit", "'limit' must be between 1 and " + MAX_PAGE_SIZE);
		}
		long afterId = cursor(after);
		return store.inTransaction(tx -> {
			Rights.of(tx);
			List<User> rows = tx.security().listUsers(afterId, limit + 1);
			if (rows.size() <= limit) {
				return new Page(rows, null);
			}
			List<User> page = List.copyOf(rows.subList(0, limit));
			return new Page(page, Long.toString(page.get(limit - 1).id()));
		});
	}

	@Override
	public User get(long userId) {
		return store.inTransaction(tx -> {
			Rights.of(tx);
			return find(tx, userId);
		});
	}

	@Override
	public User me() {
		return store.inTransaction(tx -> {
			Rights rights = Rights.of(tx);
			if (rights.caller().system()) {
				throw new NotFoundException("userId", "0", "The system is not a user");
			}
			return find(tx, rights.caller().userId());
		});
	}

	@Override
	public User create(UserChange request) {
		return store.inTransaction(tx -> {
			Rights rights = Rights.of(tx);
			rights.requireSuperAdmin("create users");
			Instant now = configuration.now();
			User candidate = new User(0, strip(request.name()), strip(request.email()),
					request.active() == null || request.active(), request.superAdmin() != null && request.superAdmin(),
					request.permissions() == null ? TicketPermissions.DEFAULT : request.permissions(),
					request.teamIds() == null ? List.of() : distinct(request.teamIds()), 0, now, now);
			check(tx, candidate, -1);
			User created = tx.security().insertUser(candidate, now);
			SecurityAudit.record(tx, rights, now, "user.created", "USER", Long.toString(created.id()),
					SecurityAudit.describe(created));
			return created;
		});
	}

	@Override
	public User update(long userId, UserChange change) {
		return store.inTransaction(tx -> {
			Rights rights = Rights.of(tx);
			rights.requireSuperAdmin("change users");
			User before = find(tx, userId);
			if (change.expectedVersion() != null && change.expectedVersion() != before.version()) {
				throw stale(before);
			}
			Instant now = configuration.now();
			User after = new User(userId, change.name() == null ? before.name() : strip(change.name()),
					change.email() == null ? before.email() : strip(change.email()),
					change.active() == null ? before.active() : change.active(),
					change.superAdmin() == null ? before.superAdmin() : change.superAdmin(),
					change.permissions() == null ? before.permissions() : change.permissions(),
					change.teamIds() == null ? before.teamIds() : distinct(change.teamIds()), before.version() + 1,
					before.createdAt(), now);
			check(tx, after, userId);
			boolean losesSuperAdmin = before.superAdmin() && before.active() && !(after.superAdmin() && after.active());
			if (losesSuperAdmin && tx.security().countActiveSuperAdmins() <= 1) {
				throw lastSuperAdmin(userId, "demoted or deactivated");
			}
			if (!tx.security().updateUser(after, before.version(), now)) {
				throw stale(find(tx, userId));
			}
			SecurityAudit.record(tx, rights, now, "user.updated", "USER", Long.toString(userId),
					SecurityAudit.changes(before, after));
			return find(tx, userId);
		});
	}

	@Override
	public void delete(long userId) {
		store.inTransaction(tx -> {
			Rights rights = Rights.of(tx);
			rights.requireSuperAdmin("delete users");
			User user = find(tx, userId);
			if (user.superAdmin() && user.active() && tx.security().countActiveSuperAdmins() <= 1) {
				throw lastSuperAdmin(userId, "deleted");
			}
			long owned = tx.security().countTicketsOwnedBy(userId);
			if (owned > 0) {
				throw new ConflictException("userId", "user.owns-no-tickets", "User " + userId + " owns " + owned
						+ " ticket(s): reassign them first, or deactivate the user instead (active: false)");
			}
			tx.security().deleteUser(userId);
			Instant now = configuration.now();
			SecurityAudit.record(tx, rights, now, "user.deleted", "USER", Long.toString(userId),
					SecurityAudit.describe(user));
			return null;
		});
	}

	/** Every rule a user's fields break, reported together; a taken e-mail is a conflict. */
	private static void check(StoreTransaction tx, User user, long ownId) {
		List<Violation> violations = new ArrayList<>();
		if (user.name() == null || user.name().isEmpty()) {
			violations.add(new Violation("name", "user.name-required", "A user needs a name"));
		} else if (user.name().length() > MAX_NAME_LENGTH) {
			violations.add(new Violation("name", "user.name-max-length",
					"A user's name has at most " + MAX_NAME_LENGTH + " characters"));
		}
		if (user.email() == null || !EMAIL.matcher(user.email()).matches() || user.email().length() > MAX_EMAIL_LENGTH) {
			violations.add(new Violation("email", "user.email-format",
					"A user needs an e-mail address like name@example.com (at most " + MAX_EMAIL_LENGTH + " characters)"));
		}
		TicketPermissions p = user.permissions();
		if (p.view() == null || p.edit() == null || p.delete() == null) {
			violations.add(new Violation("permissions", "permissions.complete",
					"permissions need view, edit and delete, each ALL, TEAM, OWNED or NONE"));
		} else {
			if (!p.view().covers(p.edit())) {
				violations.add(new Violation("permissions.edit", "permissions.edit-within-view",
						"edit (" + p.edit() + ") cannot reach further than view (" + p.view() + ")"));
			}
			if (!p.view().covers(p.delete())) {
				violations.add(new Violation("permissions.delete", "permissions.delete-within-view",
						"delete (" + p.delete() + ") cannot reach further than view (" + p.view() + ")"));
			}
		}
		Set<Long> teams = tx.security().existingTeamIds(user.teamIds());
		for (Long teamId : user.teamIds()) {
			if (!teams.contains(teamId)) {
				violations.add(new Violation("teamIds", "team.exists", "Team " + teamId + " does not exist"));
			}
		}
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
		tx.security().findUserIdByEmail(user.email()).filter(id -> id != ownId).ifPresent(id -> {
			throw new ConflictException("email", "user.email-unique",
					"Another user (" + id + ") already has the e-mail address " + user.email());
		});
	}

	static User find(StoreTransaction tx, long userId) {
		return tx.security().findUser(userId).orElseThrow(
				() -> new NotFoundException("userId", Long.toString(userId), "User " + userId + " does not exist"));
	}

	private static ConflictException stale(User current) {
		return new ConflictException("version", "user.version-current", "User " + current.id()
				+ " was changed by someone else (it is now at version " + current.version() + "); reload and try again");
	}

	private static ConflictException lastSuperAdmin(long userId, String what) {
		return new ConflictException("superAdmin", "user.last-super-admin", "User " + userId
				+ " is the last active super admin and cannot be " + what + "; make another user super admin first");
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}

	private static List<Long> distinct(List<Long> ids) {
		return ids.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
	}

	private static long cursor(String after) {
		if (after == null || after.isBlank()) {
			return 0;
		}
		try {
			return Long.parseLong(after.strip());
		} catch (NumberFormatException e) {
			throw new ValidationException("after", "paging.cursor",
					"'after' must be the cursor returned with the previous page");
		}
	}
}
