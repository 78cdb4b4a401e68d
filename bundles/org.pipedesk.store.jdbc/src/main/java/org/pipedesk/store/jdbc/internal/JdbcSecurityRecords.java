package org.pipedesk.store.jdbc.internal;

import static org.pipedesk.store.jdbc.internal.Sql.failed;
import static org.pipedesk.store.jdbc.internal.Sql.instant;
import static org.pipedesk.store.jdbc.internal.Sql.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pipedesk.core.api.ApiToken;
import org.pipedesk.core.api.Scope;
import org.pipedesk.core.api.SecurityAuditEntry;
import org.pipedesk.core.api.Team;
import org.pipedesk.core.api.TicketPermissions;
import org.pipedesk.core.api.User;
import org.pipedesk.core.spi.SecurityRecords;
import org.pipedesk.store.jdbc.internal.Sql.Binder;
import org.pipedesk.store.jdbc.internal.Sql.Reader;

/** Users, teams, memberships, tokens and the security audit log on one transaction's connection. Portable SQL. */
final class JdbcSecurityRecords implements SecurityRecords {
	/** The property naming a ticket's owner (a user id). */
	static final String OWNER_PROPERTY = "hubspot_owner_id";
	private static final String USER_COLUMNS = "id, name, email, active, super_admin, view_scope, edit_scope,"
			+ " delete_scope, unassigned, row_version, created_at, updated_at";
	/** {@link #USER_COLUMNS} of the table aliased {@code u}. */
	private static final String USER_COLUMNS_OF_U = USER_COLUMNS.replaceAll("(\\w+)", "u.$1");
	private static final String TOKEN_COLUMNS = "id, user_id, label, hint, created_at, revoked_at";
	private static final int MAX_DETAILS = 4000;

	private final Connection connection;

	JdbcSecurityRecords(Connection connection) {
		this.connection = connection;
	}

	@Override
	public long countUsers() {
		return query("SELECT COUNT(*) FROM desk_user", ps -> {
		}, rs -> rs.next() ? rs.getLong(1) : 0L);
	}

	@Override
	public long countActiveSuperAdmins() {
		return query("SELECT COUNT(*) FROM desk_user WHERE super_admin = TRUE AND active = TRUE", ps -> {
		}, rs -> rs.next() ? rs.getLong(1) : 0L);
	}

	@Override
	public Optional<User> findUser(long id) {
		return users("SELECT " + USER_COLUMNS + " FROM desk_user WHERE id = ?", ps -> ps.setLong(1, id)).stream()
				.findFirst();
	}

	@Override
	public List<User> listUsers(long afterId, int limit) {
		return users("SELECT " + USER_COLUMNS + " FROM desk_user WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY",
				ps -> {
					ps.setLong(1, afterId);
					ps.setInt(2, limit);
				});
	}

	@Override
	public Optional<Long> findUserIdByEmail(String email) {
		return query("SELECT id FROM desk_user WHERE email_key = ?", ps -> ps.setString(1, key(email)),
				rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty());
	}

	@Override
	public User insertUser(User user, Instant now) {
		long id = insert("INSERT INTO desk_user (name, email, email_key, active, super_admin, view_scope, edit_scope,"
				+ " delete_scope, unassigned, row_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
				ps -> {
					bindUser(ps, user);
					ps.setObject(10, timestamp(now));
					ps.setObject(11, timestamp(now));
				});
		setTeams(id, user.teamIds());
		return findUser(id).orElseThrow();
	}

	@Override
	public boolean updateUser(User user, long expectedVersion, Instant now) {
		int updated = update("UPDATE desk_user SET name = ?, email = ?, email_key = ?, active = ?, super_admin = ?,"
				+ " view_scope = ?, edit_scope = ?, delete_scope = ?, unassigned = ?, row_version = row_version + 1,"
				+ " updated_at = ? WHERE id = ? AND row_version = ?", ps -> {
					bindUser(ps, user);
					ps.setObject(10, timestamp(now));
					ps.setLong(11, user.id());
					ps.setLong(12, expectedVersion);
				});
		if (updated == 0) {
			return false;
		}
		update("DELETE FROM team_member WHERE user_id = ?", ps -> ps.setLong(1, user.id()));
		setTeams(user.id(), user.teamIds());
		return true;
	}

	private static void bindUser(PreparedStatement ps, User user) throws SQLException {
		ps.setString(1, user.name());
		ps.setString(2, user.email());
		ps.setString(3, key(user.email()));
		ps.setBoolean(4, user.active());
		ps.setBoolean(5, user.superAdmin());
		ps.setString(6, user.permissions().view().name());
		ps.setString(7, user.permissions().edit().name());
		ps.setString(8, user.permissions().delete().name());
		ps.setBoolean(9, user.permissions().unassigned());
	}

	private void setTeams(long userId, List<Long> teamIds) {
		batch("INSERT INTO team_member (team_id, user_id) VALUES (?, ?)", new HashSet<>(teamIds), (ps, teamId) -> {
			ps.setLong(1, teamId);
			ps.setLong(2, userId);
		});
	}

	@Override
	public boolean deleteUser(long id) {
		return update("DELETE FROM desk_user WHERE id = ?", ps -> ps.setLong(1, id)) == 1;
	}

	@Override
	public Set<Long> teammatesOf(long userId) {
		Set<Long> ids = query("SELECT DISTINCT m.user_id FROM team_member m WHERE m.team_id IN"
				+ " (SELECT team_id FROM team_member WHERE user_id = ?)", ps -> ps.setLong(1, userId), Sql::longSet);
		ids.add(userId);
		return ids;
	}

	@Override
	public Set<Long> existingUserIds(Collection<Long> ids) {
		return existing("desk_user", ids);
	}

	@Override
	public long countTicketsOwnedBy(long userId) {
		return query("SELECT COUNT(*) FROM ticket_property WHERE prop_name = ? AND value_key = ?", ps -> {
			ps.setString(1, OWNER_PROPERTY);
			ps.setString(2, Long.toString(userId));
		}, rs -> rs.next() ? rs.getLong(1) : 0L);
	}

	@Override
	public long countTicketsWithValue(Collection<String> propertyNames, String value) {
		if (propertyNames.isEmpty()) {
			return 0;
		}
		List<String> names = List.copyOf(propertyNames);
		return query("SELECT COUNT(*) FROM ticket_property WHERE prop_name IN (" + Sql.placeholders(names.size())
				+ ") AND value_key = ?", ps -> {
					int i = 1;
					for (String name : names) {
						ps.setString(i++, name);
					}
					ps.setString(i, value);
				}, rs -> rs.next() ? rs.getLong(1) : 0L);
	}

	@Override
	public List<Team> listTeams() {
		return teams("SELECT id, name, row_version, created_at, updated_at FROM team ORDER BY id", ps -> {
		});
	}

	@Override
	public Optional<Team> findTeam(long id) {
		return teams("SELECT id, name, row_version, created_at, updated_at FROM team WHERE id = ?",
				ps -> ps.setLong(1, id)).stream().findFirst();
	}

	@Override
	public Optional<Long> findTeamIdByName(String name) {
		return query("SELECT id FROM team WHERE name_key = ?", ps -> ps.setString(1, key(name)),
				rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty());
	}

	@Override
	public Team insertTeam(Team team, Instant now) {
		long id = insert("INSERT INTO team (name, name_key, row_version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
				ps -> {
					ps.setString(1, team.name());
					ps.setString(2, key(team.name()));
					ps.setObject(3, timestamp(now));
					ps.setObject(4, timestamp(now));
				});
		setMembers(id, team.memberIds());
		return findTeam(id).orElseThrow();
	}

	@Override
	public boolean updateTeam(Team team, long expectedVersion, Instant now) {
		int updated = update("UPDATE team SET name = ?, name_key = ?, row_version = row_version + 1, updated_at = ?"
				+ " WHERE id = ? AND row_version = ?", ps -> {
					ps.setString(1, team.name());
					ps.setString(2, key(team.name()));
					ps.setObject(3, timestamp(now));
					ps.setLong(4, team.id());
					ps.setLong(5, expectedVersion);
				});
		if (updated == 0) {
			return false;
		}
		update("DELETE FROM team_member WHERE team_id = ?", ps -> ps.setLong(1, team.id()));
		setMembers(team.id(), team.memberIds());
		return true;
	}

	private void setMembers(long teamId, List<Long> memberIds) {
		batch("INSERT INTO team_member (team_id, user_id) VALUES (?, ?)", new HashSet<>(memberIds), (ps, userId) -> {
			ps.setLong(1, teamId);
			ps.setLong(2, userId);
		});
	}

	@Override
	public boolean deleteTeam(long id) {
		return update("DELETE FROM team WHERE id = ?", ps -> ps.setLong(1, id)) == 1;
	}

	@Override
	public Set<Long> existingTeamIds(Collection<Long> ids) {
		return existing("team", ids);
	}

	@Override
	public ApiToken insertToken(long userId, String label, String secretHash, String hint, Instant now) {
		long id = insert("INSERT INTO api_token (user_id, label, secret_hash, hint, created_at) VALUES (?, ?, ?, ?, ?)",
				ps -> {
					ps.setLong(1, userId);
					ps.setString(2, label);
					ps.setString(3, secretHash);
					ps.setString(4, hint);
					ps.setObject(5, timestamp(now));
				});
		return findToken(id).orElseThrow();
	}

	@Override
	public Optional<Long> findTokenUser(String secretHash) {
		return query("SELECT user_id FROM api_token WHERE secret_hash = ? AND revoked_at IS NULL",
				ps -> ps.setString(1, secretHash), rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty());
	}

	@Override
	public Optional<TokenHolder> findTokenHolder(String secretHash) {
		return query("SELECT u.id, u.name, t.id FROM api_token t JOIN desk_user u ON u.id = t.user_id"
				+ " WHERE t.secret_hash = ? AND t.revoked_at IS NULL AND u.active = TRUE", ps -> ps.setString(1, secretHash),
				rs -> rs.next() ? Optional.of(new TokenHolder(rs.getLong(1), rs.getString(2), rs.getLong(3)))
						: Optional.<TokenHolder>empty());
	}

	@Override
	public Optional<User> findActiveTokenUser(long tokenId, long userId) {
		// the user's row once per team (or once with no team): their teams come with it, one statement
		return query("SELECT " + USER_COLUMNS_OF_U + ", m.team_id FROM api_token t"
				+ " JOIN desk_user u ON u.id = t.user_id LEFT JOIN team_member m ON m.user_id = u.id"
				+ " WHERE t.id = ? AND t.user_id = ? AND t.revoked_at IS NULL AND u.active = TRUE ORDER BY m.team_id",
				ps -> {
					ps.setLong(1, tokenId);
					ps.setLong(2, userId);
				}, rs -> {
					User user = null;
					List<Long> teams = new ArrayList<>();
					while (rs.next()) {
						user = user != null ? user : user(rs);
						long team = rs.getLong(13);
						if (!rs.wasNull()) {
							teams.add(team);
						}
					}
					return Optional.ofNullable(user).map(u -> new User(u.id(), u.name(), u.email(), u.active(),
							u.superAdmin(), u.permissions(), List.copyOf(teams), u.version(), u.createdAt(), u.updatedAt()));
				});
	}

	@Override
	public Optional<ApiToken> findToken(long id) {
		return tokens("SELECT " + TOKEN_COLUMNS + " FROM api_token WHERE id = ?", ps -> ps.setLong(1, id)).stream()
				.findFirst();
	}

	@Override
	public List<ApiToken> listTokens(long userId) {
		return tokens("SELECT " + TOKEN_COLUMNS + " FROM api_token WHERE user_id = ? ORDER BY id",
				ps -> ps.setLong(1, userId));
	}

	@Override
	public boolean revokeToken(long id, Instant now) {
		return update("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", ps -> {
			ps.setObject(1, timestamp(now));
			ps.setLong(2, id);
		}) == 1;
	}

	@Override
	public void appendAudit(String actor, Instant now, String action, String objectType, String objectId,
			String details) {
		update("INSERT INTO security_audit (actor, occurred_at, action, object_type, object_id, details)"
				+ " VALUES (?, ?, ?, ?, ?, ?)", ps -> {
					ps.setString(1, actor);
					ps.setObject(2, timestamp(now));
					ps.setString(3, action);
					ps.setString(4, objectType);
					ps.setString(5, objectId);
					ps.setString(6, details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS) : details);
				});
	}

	@Override
	public List<SecurityAuditEntry> listAudit(String objectType, String objectId, long afterId, int limit) {
		boolean one = objectType != null;
		return query("SELECT id, actor, occurred_at, action, object_type, object_id, details FROM security_audit"
				+ " WHERE id > ?" + (one ? " AND object_type = ? AND object_id = ?" : "")
				+ " ORDER BY id FETCH FIRST ? ROWS ONLY", ps -> {
					int i = 1;
					ps.setLong(i++, afterId);
					if (one) {
						ps.setString(i++, objectType);
						ps.setString(i++, objectId);
					}
					ps.setInt(i, limit);
				}, rs -> {
					List<SecurityAuditEntry> entries = new ArrayList<>();
					while (rs.next()) {
						entries.add(new SecurityAuditEntry(rs.getLong(1), rs.getString(2), instant(rs, 3),
								rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
					}
					return entries;
				});
	}

	/** Reads user rows, then all their team memberships in one query. */
	private List<User> users(String sql, Binder binder) {
		List<User> rows = query(sql, binder, rs -> {
			List<User> found = new ArrayList<>();
			while (rs.next()) {
				found.add(user(rs));
			}
			return found;
		});
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<Long>> teams = memberships("SELECT user_id, team_id FROM team_member WHERE user_id IN ",
				rows.stream().map(User::id).toList());
		return rows.stream().map(u -> new User(u.id(), u.name(), u.email(), u.active(), u.superAdmin(), u.permissions(),
				teams.getOrDefault(u.id(), List.of()), u.version(), u.createdAt(), u.updatedAt())).toList();
	}

	/** A user from the columns {@link #USER_COLUMNS} at the start of the row, without teams. */
	private static User user(ResultSet rs) throws SQLException {
		return new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5),
				new TicketPermissions(Scope.valueOf(rs.getString(6)), Scope.valueOf(rs.getString(7)),
						Scope.valueOf(rs.getString(8)), rs.getBoolean(9)),
				List.of(), rs.getLong(10), instant(rs, 11), instant(rs, 12));
	}

	/** Reads team rows, then all their members in one query. */
	private List<Team> teams(String sql, Binder binder) {
		List<Team> rows = query(sql, binder, rs -> {
			List<Team> found = new ArrayList<>();
			while (rs.next()) {
				found.add(new Team(rs.getLong(1), rs.getString(2), List.of(), rs.getLong(3), instant(rs, 4),
						instant(rs, 5)));
			}
			return found;
		});
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<Long>> members = memberships("SELECT team_id, user_id FROM team_member WHERE team_id IN ",
				rows.stream().map(Team::id).toList());
		return rows.stream().map(t -> new Team(t.id(), t.name(), members.getOrDefault(t.id(), List.of()), t.version(),
				t.createdAt(), t.updatedAt())).toList();
	}

	/** Pairs (key, value) of team_member for the given keys, values sorted. */
	private Map<Long, List<Long>> memberships(String sqlPrefix, List<Long> keys) {
		Map<Long, List<Long>> result = new HashMap<>();
		query(sqlPrefix + "(" + Sql.placeholders(keys.size()) + ")", ps -> bindLongs(ps, keys), rs -> {
			while (rs.next()) {
				result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			}
			return null;
		});
		result.values().forEach(Collections::sort);
		return result;
	}

	private List<ApiToken> tokens(String sql, Binder binder) {
		return query(sql, binder, rs -> {
			List<ApiToken> found = new ArrayList<>();
			while (rs.next()) {
				found.add(new ApiToken(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), instant(rs, 5),
						instant(rs, 6)));
			}
			return found;
		});
	}

	private Set<Long> existing(String table, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		List<Long> list = List.copyOf(new HashSet<>(ids));
		return query("SELECT id FROM " + table + " WHERE id IN (" + Sql.placeholders(list.size()) + ")",
				ps -> bindLongs(ps, list), Sql::longSet);
	}

	private static void bindLongs(PreparedStatement ps, List<Long> values) throws SQLException {
		for (int i = 0; i < values.size(); i++) {
			ps.setLong(i + 1, values.get(i));
		}
	}


	private static String key(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}

	@FunctionalInterface
	private interface ItemBinder<T> {
		void bind(PreparedStatement ps, T item) throws SQLException;
	}

	private <T> void batch(String sql, Collection<T> items, ItemBinder<T> binder) {
		if (items.isEmpty()) {
			return;
		}
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			for (T item : items) {
				binder.bind(ps, item);
				ps.addBatch();
			}
			ps.executeBatch();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** Inserts one row and returns the id the database generated for it. */
	private long insert(String sql, Binder binder) {
		return org.pipedesk.store.jdbc.sql.Jdbc.insert(connection, sql, binder);
	}

	private <T> T query(String sql, Binder binder, Reader<T> reader) {
		return Sql.query(connection, sql, binder, reader);
	}

	private int update(String sql, Binder binder) {
		return Sql.update(connection, sql, binder);
	}
}
