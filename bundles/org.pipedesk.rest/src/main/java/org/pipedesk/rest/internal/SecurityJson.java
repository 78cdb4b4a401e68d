package org.pipedesk.rest.internal;

import java.time.Instant;
import java.util.List;

import org.pipedesk.core.api.ApiToken;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PipelineAccess;
import org.pipedesk.core.api.SecurityAuditEntry;
import org.pipedesk.core.api.Team;
import org.pipedesk.core.api.TicketPermissions;
import org.pipedesk.core.api.User;

/** JSON shapes of users, teams, tokens, pipeline access and the audit log; ids as strings, as HubSpot writes them. */
final class SecurityJson {
	private SecurityJson() {
	}

	record UserOut(String id, String name, String email, boolean active, boolean superAdmin,
			TicketPermissions permissions, List<String> teamIds, long version, Instant createdAt, Instant updatedAt) {
		static UserOut of(User u) {
			return new UserOut(Long.toString(u.id()), u.name(), u.email(), u.active(), u.superAdmin(), u.permissions(),
					strings(u.teamIds()), u.version(), u.createdAt(), u.updatedAt());
		}
	}

	record TeamOut(String id, String name, List<String> memberIds, long version, Instant createdAt, Instant updatedAt) {
		static TeamOut of(Team t) {
			return new TeamOut(Long.toString(t.id()), t.name(), strings(t.memberIds()), t.version(), t.createdAt(),
					t.updatedAt());
		}
	}

	record TokenOut(String id, String userId, String label, String hint, Instant createdAt, Instant revokedAt) {
		static TokenOut of(ApiToken t) {
			return new TokenOut(Long.toString(t.id()), Long.toString(t.userId()), t.label(), t.hint(), t.createdAt(),
					t.revokedAt());
		}
	}

	/** A token just issued: the only answer that carries the secret. */
	record IssuedTokenOut(TokenOut token, String secret) {
	}

	record GrantJson(PipelineAccess.PrincipalType type, String id, PipelineAccess.Level level) {
	}

	record AccessJson(String pipelineId, boolean restricted, List<GrantJson> grants) {
		static AccessJson of(PipelineAccess a) {
			return new AccessJson(a.pipelineId(), a.restricted(), a.grants().stream()
					.map(g -> new GrantJson(g.type(), Long.toString(g.id()), g.level())).toList());
		}
	}

	record AccessIn(Boolean restricted, List<GrantJson> grants) {
	}

	record AuditOut(String id, String actor, Instant occurredAt, String action, String objectType, String objectId,
			String details) {
		static AuditOut of(SecurityAuditEntry e) {
			return new AuditOut(Long.toString(e.id()), e.actor(), e.occurredAt(), e.action(), e.objectType(),
					e.objectId(), e.details());
		}
	}

	record Page<T>(List<T> results, Paging paging) {
		static <T> Page<T> of(List<T> results, String after) {
			return new Page<>(results, after == null ? null : new Paging(new Next(after)));
		}
	}

	record Paging(Next next) {
	}

	record Next(String after) {
	}

	static List<String> strings(List<Long> ids) {
		return ids.stream().map(String::valueOf).toList();
	}

	/** A path id; one that is not a number names nothing (404). */
	static long id(String field, String kind, String value) {
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new NotFoundException(field, value, kind + " " + value + " does not exist");
		}
	}
}
