package org.pipedesk.core.api;

import java.util.Objects;

/**
 * Who a core call is made for: a user (authenticated by an API token at the edge) or the system itself (automation,
 * channel connectors, seeding). Core checks every ticket read and write against the caller's rights; the system may
 * do anything, and what it does is recorded under its name.
 *
 * @param userId  the user's id; 0 for the system
 * @param name    the user's name or the system part acting (for example {@code automation})
 * @param system  true for the system
 * @param tokenId the API token the user was authenticated by, 0 when none: core then checks, in the transaction of
 *                every call that reads the caller's rights, that this token is still unrevoked and its user active,
 *                so a revoked token or a deactivated user is refused by the very next call on every node
 */
public record Caller(long userId, String name, boolean system, long tokenId) {
	public Caller {
		Objects.requireNonNull(name, "name");
	}

	public static Caller system(String name) {
		return new Caller(0, name, true, 0);
	}

	public static Caller user(long userId, String name) {
		return new Caller(userId, name, false, 0);
	}

	/** A user authenticated by API token {@code tokenId}, which core checks again in every call's transaction. */
	public static Caller byToken(long userId, String name, long tokenId) {
		return new Caller(userId, name, false, tokenId);
	}

	/** How the caller is named in histories and audit logs: {@code user:42} or {@code system:automation}. */
	public String actor() {
		return system ? "system:" + name : "user:" + userId;
	}
}
