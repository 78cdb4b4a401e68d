package org.pipedesk.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.AccessService;
import org.pipedesk.core.api.PipelineAccess;
import org.pipedesk.core.api.PipelineAccess.Grant;
import org.pipedesk.core.api.SecurityAuditEntry;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.model.desk.AccessGrant;
import org.pipedesk.model.desk.AccessLevel;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PrincipalType;

/**
 * "Manage access" of pipelines (stored in the desk model, so it is versioned, exported and rolled back with the
 * pipeline) and the security audit log. Super admins only.
 */
@Component(service = AccessService.class)
public class DefaultAccessService implements AccessService {
	static final int MAX_PAGE_SIZE = 100;

	private final DeskStore store;
	private final DeskConfiguration configuration;

	@Activate
	public DefaultAccessService(@Reference DeskStore store, @Reference DeskConfiguration configuration) {
		this.store = store;
		this.configuration = configuration;
	}

	@Override
	public PipelineAccess pipelineAccess(String pipelineId) {
		return store.inTransaction(tx -> {
			Rights.of(tx).requireSuperAdmin("see who may access a pipeline");
			return view(ModelViews.pipeline(configuration.read(tx), pipelineId));
		});
	}

	@Override
	public boolean canView(long userId, long ticketId) {
		return store.inTransaction(tx -> {
			Rights.of(tx); // the asker must be someone
			var ticket = tx.findTicket(ticketId);
			if (ticket.isEmpty()) {
				return false;
			}
			var desk = configuration.read(tx);
			return Rights.ofUser(tx, userId).map(rights -> rights.canView(desk, ticket.get())).orElse(false);
		});
	}

	@Override
	public void requireEdit(long ticketId) {
		store.inTransaction(tx -> {
			var ticket = tx.findTicket(ticketId).orElseThrow(() -> DefaultTicketService.notFound(ticketId));
			Rights.of(tx).requireEdit(configuration.read(tx), ticket);
			return null;
		});
	}

	@Override
	public PipelineAccess setPipelineAccess(PipelineAccess access) {
		return store.inTransaction(tx -> {
			Rights rights = Rights.of(tx);
			rights.requireSuperAdmin("manage who may access a pipeline");
			List<Grant> grants = access.grants() == null ? List.of() : access.grants();
			List<Violation> violations = new ArrayList<>();
			List<Long> users = new ArrayList<>();
			List<Long> teams = new ArrayList<>();
			for (int i = 0; i < grants.size(); i++) {
				Grant grant = grants.get(i);
				if (grant == null || grant.type() == null || grant.level() == null) {
					violations.add(new Violation("grants[" + i + "]", "access-grant.complete",
							"Each grant names a type (USER or TEAM), an id and a level (VIEW or EDIT)"));
				} else {
					(grant.type() == PipelineAccess.PrincipalType.USER ? users : teams).add(grant.id());
				}
			}
			Set<Long> knownUsers = tx.security().existingUserIds(users);
			Set<Long> knownTeams = tx.security().existingTeamIds(teams);
			for (int i = 0; i < grants.size(); i++) {
				Grant grant = grants.get(i);
				if (grant != null && grant.type() != null && grant.level() != null
						&& !(grant.type() == PipelineAccess.PrincipalType.USER ? knownUsers : knownTeams).contains(grant.id())) {
					violations.add(new Violation("grants[" + i + "].id", grant.type() == PipelineAccess.PrincipalType.USER
							? "user.exists" : "team.exists", (grant.type() == PipelineAccess.PrincipalType.USER ? "User "
									: "Team ") + grant.id() + " does not exist"));
				}
			}
			if (!violations.isEmpty()) {
				throw new ValidationException(violations);
			}
			PipelineAccess before = view(ModelViews.pipeline(configuration.read(tx), access.pipelineId()));
			Pipeline changed = configuration.change(tx, "Changed access to pipeline " + access.pipelineId(), desk -> {
				Pipeline pipeline = ModelViews.pipeline(desk, access.pipelineId());
				pipeline.setAccessRestricted(access.restricted());
				pipeline.getAccessGrants().clear();
				for (Grant grant : grants) {
					AccessGrant g = DeskFactory.eINSTANCE.createAccessGrant();
					g.setPrincipalType(PrincipalType.valueOf(grant.type().name()));
					g.setPrincipalId(grant.id());
					g.setLevel(AccessLevel.valueOf(grant.level().name()));
					pipeline.getAccessGrants().add(g);
				}
				return pipeline;
			});
			PipelineAccess after = view(changed);
			Instant now = configuration.now();
			SecurityAudit.record(tx, rights, now, "pipeline-access.changed", "PIPELINE", access.pipelineId(),
					describe(before) + " -> " + describe(after));
			return after;
		});
	}

	@Override
	public AuditLog audit(String objectType, String objectId, String after, int limit) {
		if (limit < 1 || limit > MAX_PAGE_SIZE) {
			throw new ValidationException("limit", "paging.limit", "'limit' must be between 1 and " + MAX_PAGE_SIZE);
		}
		if ((objectType == null) != (objectId == null)) {
			throw new ValidationException("objectId", "audit.object",
					"Filter the audit log by objectType and objectId together, or by neither");
		}
		if (objectType != null && !List.of("USER", "TEAM", "TOKEN", "PIPELINE").contains(objectType)) {
			throw new ValidationException("objectType", "audit.object-type",
					"objectType is USER, TEAM, TOKEN or PIPELINE");
		}
		long afterId;
		try {
			afterId = after == null || after.isBlank() ? 0 : Long.parseLong(after.strip());
		} catch (NumberFormatException e) {
			throw new ValidationException("after", "paging.cursor",
					"'after' must be the cursor returned with the previous page");
		}
		return store.inTransaction(tx -> {
			Rights.of(tx).requireSuperAdmin("read the security audit log");
			List<SecurityAuditEntry> rows = tx.security().listAudit(objectType, objectId, afterId, limit + 1);
			if (rows.size() <= limit) {
				return new AuditLog(rows, null);
			}
			List<SecurityAuditEntry> page = List.copyOf(rows.subList(0, limit));
			return new AuditLog(page, Long.toString(page.get(limit - 1).id()));
		});
	}

	static PipelineAccess view(Pipeline pipeline) {
		return new PipelineAccess(pipeline.getId(), pipeline.isAccessRestricted(),
				pipeline.getAccessGrants().stream().map(g -> new Grant(
						PipelineAccess.PrincipalType.valueOf(g.getPrincipalType().getName()), g.getPrincipalId(),
						PipelineAccess.Level.valueOf(g.getLevel().getName()))).toList());
	}

	private static String describe(PipelineAccess access) {
		return access.restricted() ? "restricted to " + access.grants().stream()
				.map(g -> g.type() + " " + g.id() + " " + g.level()).toList() : "everyone";
	}
}
