package org.pipedesk.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.api.ForbiddenException;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.Scope;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.UnauthenticatedException;
import org.pipedesk.core.api.User;
import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.core.spi.TicketVisibility;
import org.pipedesk.model.desk.AccessGrant;
import org.pipedesk.model.desk.AccessLevel;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PrincipalType;

/**
 * What the current caller may do: the one enforcement point of ticket permissions, pipeline access and
 * super-admin rights, used by every core service. Read from the database inside the caller's transaction on every
 * call, so a changed permission, a removed team membership, a revoked token or a deactivated user applies to the
 * very next request, whichever node made the change.
 * <p>
 * Denials: a ticket (or pipeline) the caller may not view is reported exactly as one that does not exist (404),
 * so its existence does not leak; one the caller may view but not change is refused with 403.
 */
final class Rights {
	/** The property naming a ticket's owner by user id. */
	static final String OWNER_PROPERTY = "hubspot_owner_id";

	private final Caller caller;
	private final User user; // null for the system
	private final Set<String> teammates; // user ids (as owners are written) the TEAM scope reaches, self included

	private Rights(Caller caller, User user, Set<String> teammates) {
		this.caller = caller;
		this.user = user;
		this.teammates = teammates;
	}

	/** The current caller's rights, read in {@code tx}; refuses a call made without a caller (fail closed). */
	static Rights of(StoreTransaction tx) {
		Caller caller = CallerContext.require();
		if (caller.system()) {
			return new Rights(caller, null, Set.of());
		}
		if (caller.tokenId() != 0) {
			// the edge may have known the token from memory: whether it still holds is decided here, in this
			// transaction, with the same query that reads the user
			User user = tx.security().findActiveTokenUser(caller.tokenId(), caller.userId())
					.orElseThrow(() -> new UnauthenticatedException(DefaultTokenService.REFUSED));
			return of(tx, caller, user);
		}
		User user = tx.security().findUser(caller.userId()).filter(User::active)
				.orElseThrow(() -> new UnauthenticatedException("The user of this token no longer exists or is inactive"));
		return of(tx, caller, user);
	}

	/** The rights of another user (who is to be told about a ticket, say); none for a missing or inactive user. */
	static java.util.Optional<Rights> ofUser(StoreTransaction tx, long userId) {
		return tx.security().findUser(userId).filter(User::active)
				.map(user -> of(tx, Caller.user(user.id(), user.name()), user));
	}

	private static Rights of(StoreTransaction tx, Caller caller, User user) {
		Set<String> teammates = Set.of(Long.toString(user.id()));
		if (!user.superAdmin() && List.of(user.permissions().view(), user.permissions().edit(), user.permissions().delete())
				.contains(Scope.TEAM)) {
			teammates = tx.security().teammatesOf(user.id()).stream().map(String::valueOf).collect(Collectors.toSet());
		}
		return new Rights(caller, user, teammates);
	}

	/** How the caller is named in histories and logs. */
	String actor() {
		return caller.actor();
	}

	Caller caller() {
		return caller;
	}

	/** The system and super admins may do everything. */
	boolean unrestricted() {
		return user == null || user.superAdmin();
	}

	void requireSuperAdmin(String what) {
		if (!unrestricted()) {
			throw new ForbiddenException("Authorization", "access.super-admin", "Only super admins may " + what);
		}
	}

	// --- pipelines -------------------------------------------------------------------------------------------

	private AccessLevel pipelineLevel(Pipeline pipeline) {
		if (unrestricted() || !pipeline.isAccessRestricted()) {
			return AccessLevel.EDIT;
		}
		AccessLevel best = null;
		for (AccessGrant grant : pipeline.getAccessGrants()) {
			boolean mine = grant.getPrincipalType() == PrincipalType.USER ? grant.getPrincipalId() == user.id()
					: user.teamIds().contains(grant.getPrincipalId());
			if (mine && (best == null || grant.getLevel() == AccessLevel.EDIT)) {
				best = grant.getLevel();
			}
		}
		return best;
	}

	boolean canViewPipeline(Pipeline pipeline) {
		return pipelineLevel(pipeline) != null;
	}

	boolean canEditPipeline(Pipeline pipeline) {
		return pipelineLevel(pipeline) == AccessLevel.EDIT;
	}

	/** A pipeline the caller may not view is reported as not existing. */
	void requireViewPipeline(Pipeline pipeline) {
		if (!canViewPipeline(pipeline)) {
			throw new NotFoundException("pipelineId", pipeline.getId(), "Pipeline " + pipeline.getId() + " does not exist");
		}
	}

	// --- tickets ---------------------------------------------------------------------------------------------

	private boolean reaches(Scope scope, Ticket ticket) {
		if (unrestricted() || scope == Scope.ALL) {
			return true;
		}
		String owner = ticket.properties().get(OWNER_PROPERTY);
		if (owner == null || owner.isEmpty()) {
			return scope != Scope.NONE && user.permissions().unassigned();
		}
		return switch (scope) {
		case OWNED -> owner.equals(Long.toString(user.id()));
		case TEAM -> teammates.contains(owner);
		default -> false;
		};
	}

	private Pipeline pipeline(Desk desk, String pipelineId) {
		return desk.getPipelines().stream().filter(p -> p.getId().equals(pipelineId)).findFirst().orElse(null);
	}

	boolean canView(Desk desk, Ticket ticket) {
		if (unrestricted()) {
			return true;
		}
		Pipeline pipeline = pipeline(desk, ticket.pipelineId());
		return pipeline != null && canViewPipeline(pipeline) && reaches(user.permissions().view(), ticket);
	}

	/** Refuses a ticket the caller may not view as if it did not exist. */
	void requireView(Desk desk, Ticket ticket) {
		if (!canView(desk, ticket)) {
			throw DefaultTicketService.notFound(ticket.id());
		}
	}

	void requireEdit(Desk desk, Ticket ticket) {
		requireView(desk, ticket);
		if (unrestricted()) {
			return;
		}
		Pipeline pipeline = Objects.requireNonNull(pipeline(desk, ticket.pipelineId()));
		if (!canEditPipeline(pipeline)) {
			throw new ForbiddenException("ticketId", "access.pipeline-edit", "You may view but not edit the tickets of"
					+ " pipeline " + pipeline.getId() + " (its access grants you view only)");
		}
		if (!reaches(user.permissions().edit(), ticket)) {
			throw new ForbiddenException("ticketId", "access.ticket-edit", "You may view ticket " + ticket.id()
					+ " but not edit it (your edit permission reaches " + reach(user.permissions().edit()) + ")");
		}
	}

	void requireDelete(Desk desk, Ticket ticket) {
		requireView(desk, ticket);
		if (unrestricted()) {
			return;
		}
		Pipeline pipeline = Objects.requireNonNull(pipeline(desk, ticket.pipelineId()));
		if (!canEditPipeline(pipeline)) {
			throw new ForbiddenException("ticketId", "access.pipeline-edit", "You may view but not delete the tickets"
					+ " of pipeline " + pipeline.getId() + " (its access grants you view only)");
		}
		if (!reaches(user.permissions().delete(), ticket)) {
			throw new ForbiddenException("ticketId", "access.ticket-delete", "You may view ticket " + ticket.id()
					+ " but not delete it (your delete permission reaches " + reach(user.permissions().delete()) + ")");
		}
	}

	/** Creating a ticket (or moving one into a pipeline) needs edit access to the pipeline and some edit right. */
	void requireCreateIn(Pipeline pipeline) {
		if (unrestricted()) {
			return;
		}
		if (!canViewPipeline(pipeline)) {
			throw new NotFoundException("hs_pipeline", pipeline.getId(), "Pipeline " + pipeline.getId() + " does not exist");
		}
		if (!canEditPipeline(pipeline)) {
			throw new ForbiddenException("hs_pipeline", "access.pipeline-edit", "You may view but not add tickets to"
					+ " pipeline " + pipeline.getId() + " (its access grants you view only)");
		}
		if (user.permissions().edit() == Scope.NONE) {
			throw new ForbiddenException("hs_pipeline", "access.ticket-edit",
					"You may not create tickets: your edit permission is NONE");
		}
	}

	/** The tickets the caller may see, for lists, searches and boards. */
	TicketVisibility visibility(Desk desk) {
		if (unrestricted()) {
			return TicketVisibility.ALL;
		}
		Set<String> pipelines = null;
		if (desk.getPipelines().stream().anyMatch(p -> !canViewPipeline(p))) {
			pipelines = new HashSet<>();
			for (Pipeline p : desk.getPipelines()) {
				if (canViewPipeline(p)) {
					pipelines.add(p.getId());
				}
			}
		}
		Scope view = user.permissions().view();
		boolean unassigned = view == Scope.ALL || (view != Scope.NONE && user.permissions().unassigned());
		Set<String> owners = switch (view) {
		case ALL -> null;
		case TEAM -> teammates;
		case OWNED -> Set.of(Long.toString(user.id()));
		case NONE -> Set.of();
		};
		return new TicketVisibility(pipelines, owners, unassigned);
	}

	private String reach(Scope scope) {
		String base = switch (scope) {
		case ALL -> "every ticket";
		case TEAM -> "tickets owned by you or your teams' members";
		case OWNED -> "tickets owned by you";
		case NONE -> "no ticket";
		};
		return scope != Scope.ALL && scope != Scope.NONE && user.permissions().unassigned() ? base + " and unassigned ones"
				: base;
	}
}
