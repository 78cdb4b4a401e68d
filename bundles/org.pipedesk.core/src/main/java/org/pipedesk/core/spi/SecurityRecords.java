package org.pipedesk.core.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pipedesk.core.api.ApiToken;
import org.pipedesk.core.api.SecurityAuditEntry;
import org.pipedesk.core.api.Team;
import org.pipedesk.core.api.User;

/** Users, teams, tokens and the security audit log, read and written inside one store transaction. */
public interface SecurityRecords {
	long countUsers();

	long countActiveSuperAdmins();

	Optional<User> findUser(long id);

	/** Users with id greater than {@code afterId}, by id, at most {@code limit}. */
	List<User> listUsers(long afterId, int limit);

	/** The id of the user with this e-mail (compared ignoring case), if any. */
	Optional<Long> findUserIdByEmail(String email);

	/** Inserts a user (its id and version are assigned) with its team memberships. */
	User insertUser(User user, Instant now);

	/**
	 * Writes a user's fields and team memberships if its version is still {@code expectedVersion}.
	 *
	 * @return false when the version no longer matches (nothing written)
	 */
	boolean updateUser(User user, long expectedVersion, Instant now);

	boolean deleteUser(long id);

	/** Ids of the users on at least one team with {@code userId}, and {@code userId} itself. */
	Set<Long> teammatesOf(long userId);

	/** Of {@code ids}, those that name existing users. */
	Set<Long> existingUserIds(Collection<Long> ids);

	/** How many tickets name the user as their owner. */
	long countTicketsOwnedBy(long userId);

	/** How many tickets hold {@code value} in one of the properties {@code propertyNames} (e.g. a team's id). */
	long countTicketsWithValue(Collection<String> propertyNames, String value);

	List<Team> listTeams();

	Optional<Team> findTeam(long id);

	Optional<Long> findTeamIdByName(String name);

	Team insertTeam(Team team, Instant now);

	boolean updateTeam(Team team, long expectedVersion, Instant now);

	boolean deleteTeam(long id);

	/** Of {@code ids}, those that name existing teams. */
	Set<Long> existingTeamIds(Collection<Long> ids);

	ApiToken insertToken(long userId, String label, String secretHash, String hint, Instant now);

	/** The id of the user holding the unrevoked token with this hash, if any. */
	Optional<Long> findTokenUser(String secretHash);

	/** The active user holding the unrevoked token with this hash, if any: one query per request. */
	Optional<TokenHolder> findTokenHolder(String secretHash);

	record TokenHolder(long userId, String name, long tokenId) {
	}

	/**
	 * The user (with their teams) holding unrevoked token {@code tokenId}, if the token is the user's and the user is
	 * active: the check of a token-authenticated caller that each call's rights are read with, one query.
	 */
	Optional<User> findActiveTokenUser(long tokenId, long userId);

	Optional<ApiToken> findToken(long id);

	List<ApiToken> listTokens(long userId);

	boolean revokeToken(long id, Instant now);

	void appendAudit(String actor, Instant now, String action, String objectType, String objectId, String details);

	/** Audit entries with id greater than {@code afterId}, oldest first; type and id may be null (all objects). */
	List<SecurityAuditEntry> listAudit(String objectType, String objectId, long afterId, int limit);
}
