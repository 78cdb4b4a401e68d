package org.pipedesk.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pipedesk.core.api.Team;
import org.pipedesk.core.api.User;
import org.pipedesk.core.spi.StoreTransaction;

/** Writes the security audit log in the transaction of the change it records, with what changed in words. */
final class SecurityAudit {
	private SecurityAudit() {
	}

	static void record(StoreTransaction tx, Rights rights, Instant now, String action, String objectType, String objectId,
			String details) {
		tx.security().appendAudit(rights.actor(), now, action, objectType, objectId, details);
	}

	static String describe(User user) {
		return "name '" + user.name() + "', email " + user.email() + ", active " + user.active() + ", superAdmin "
				+ user.superAdmin() + ", permissions " + permissions(user) + ", teams " + user.teamIds();
	}

	static String changes(User before, User after) {
		List<String> changes = new ArrayList<>();
		field(changes, "name", before.name(), after.name());
		field(changes, "email", before.email(), after.email());
		field(changes, "active", before.active(), after.active());
		field(changes, "superAdmin", before.superAdmin(), after.superAdmin());
		field(changes, "permissions", permissions(before), permissions(after));
		field(changes, "teams", before.teamIds(), after.teamIds());
		return changes.isEmpty() ? "no change" : String.join("; ", changes);
	}

	static String describe(Team team) {
		return "name '" + team.name() + "', members " + team.memberIds();
	}

	static String changes(Team before, Team after) {
		List<String> changes = new ArrayList<>();
		field(changes, "name", before.name(), after.name());
		field(changes, "members", before.memberIds(), after.memberIds());
		return changes.isEmpty() ? "no change" : String.join("; ", changes);
	}

	private static String permissions(User user) {
		return "view " + user.permissions().view() + ", edit " + user.permissions().edit() + ", delete "
				+ user.permissions().delete() + ", unassigned " + user.permissions().unassigned();
	}

	private static void field(List<String> changes, String name, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(name + ": " + before + " -> " + after);
		}
	}
}
