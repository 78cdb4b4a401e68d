package org.pipedesk.rest.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.AccessService;
import org.pipedesk.core.api.PipelineAccess;
import org.pipedesk.core.api.TeamChange;
import org.pipedesk.core.api.TeamService;
import org.pipedesk.core.api.TicketPermissions;
import org.pipedesk.core.api.TokenService;
import org.pipedesk.core.api.UserChange;
import org.pipedesk.core.api.UserService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.rest.internal.SecurityJson.AccessIn;
import org.pipedesk.rest.internal.SecurityJson.AccessJson;
import org.pipedesk.rest.internal.SecurityJson.AuditOut;
import org.pipedesk.rest.internal.SecurityJson.IssuedTokenOut;
import org.pipedesk.rest.internal.SecurityJson.Page;
import org.pipedesk.rest.internal.SecurityJson.TeamOut;
import org.pipedesk.rest.internal.SecurityJson.TokenOut;
import org.pipedesk.rest.internal.SecurityJson.UserOut;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The access admin API under /pipedesk/v1: users, teams, tokens, pipeline access, the security audit log. */
final class SecurityResources {
	private SecurityResources() {
	}

	/** A user as sent: every field optional on PATCH; {@code version}, when given, must be current. */
	record UserIn(String name, String email, Boolean active, Boolean superAdmin, TicketPermissions permissions,
			List<Long> teamIds, Long version) {
		UserChange change() {
			return new UserChange(name, email, active, superAdmin, permissions, teamIds, version);
		}
	}

	record TeamIn(String name, List<Long> memberIds, Long version) {
		TeamChange change() {
			return new TeamChange(name, memberIds, version);
		}
	}

	record TokenIn(String label) {
	}

	static <T> T body(T body) {
		if (body == null) {
			throw new ValidationException("body", "body.required", "This request needs a JSON body");
		}
		return body;
	}

	@Component(service = Users.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON,
			RestWhiteboard.REQUIRE_AUTH })
	@Path("/pipedesk/v1/users")
	@Produces(MediaType.APPLICATION_JSON)
	@Consumes(MediaType.APPLICATION_JSON)
	public static class Users {
		private final UserService users;
		private final TokenService tokens;

		@Activate
		public Users(@Reference UserService users, @Reference TokenService tokens) {
			this.users = users;
			this.tokens = tokens;
		}

		@GET
		public Page<UserOut> list(@QueryParam("after") String after, @QueryParam("limit") @DefaultValue("100") int limit) {
			UserService.Page page = users.list(after, limit);
			return Page.of(page.results().stream().map(UserOut::of).toList(), page.after());
		}

		@GET
		@Path("me")
		public UserOut me() {
			return UserOut.of(users.me());
		}

		@GET
		@Path("{userId}")
		public UserOut get(@PathParam("userId") String userId) {
			return UserOut.of(users.get(userId(userId)));
		}

		@POST
		public Response create(UserIn body) {
			return Response.status(201).entity(UserOut.of(users.create(body(body).change()))).build();
		}

		@PATCH
		@Path("{userId}")
		public UserOut update(@PathParam("userId") String userId, UserIn body) {
			return UserOut.of(users.update(userId(userId), body(body).change()));
		}

		@DELETE
		@Path("{userId}")
		public Response delete(@PathParam("userId") String userId) {
			users.delete(userId(userId));
			return Response.noContent().build();
		}

		@GET
		@Path("{userId}/tokens")
		public Page<TokenOut> tokens(@PathParam("userId") String userId) {
			return Page.of(tokens.list(userId(userId)).stream().map(TokenOut::of).toList(), null);
		}

		@POST
		@Path("{userId}/tokens")
		public Response issue(@PathParam("userId") String userId, TokenIn body) {
			var issued = tokens.issue(userId(userId), body == null ? null : body.label());
			return Response.status(201).entity(new IssuedTokenOut(TokenOut.of(issued.token()), issued.secret())).build();
		}

		private long userId(String value) {
			return value.equals("me") ? users.me().id() : SecurityJson.id("userId", "User", value);
		}
	}

	@Component(service = Tokens.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON,
			RestWhiteboard.REQUIRE_AUTH })
	@Path("/pipedesk/v1/tokens")
	@Produces(MediaType.APPLICATION_JSON)
	public static class Tokens {
		private final TokenService tokens;

		@Activate
		public Tokens(@Reference TokenService tokens) {
			this.tokens = tokens;
		}

		@DELETE
		@Path("{tokenId}")
		public Response revoke(@PathParam("tokenId") String tokenId) {
			tokens.revoke(SecurityJson.id("tokenId", "Token", tokenId));
			return Response.noContent().build();
		}
	}

	@Component(service = Teams.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON,
			RestWhiteboard.REQUIRE_AUTH })
	@Path("/pipedesk/v1/teams")
	@Produces(MediaType.APPLICATION_JSON)
	@Consumes(MediaType.APPLICATION_JSON)
	public static class Teams {
		private final TeamService teams;

		@Activate
		public Teams(@Reference TeamService teams) {
			this.teams = teams;
		}

		@GET
		public Page<TeamOut> list() {
			return Page.of(teams.list().stream().map(TeamOut::of).toList(), null);
		}

		@GET
		@Path("{teamId}")
		public TeamOut get(@PathParam("teamId") String teamId) {
			return TeamOut.of(teams.get(SecurityJson.id("teamId", "Team", teamId)));
		}

		@POST
		public Response create(TeamIn body) {
			return Response.status(201).entity(TeamOut.of(teams.create(body(body).change()))).build();
		}

		@PATCH
		@Path("{teamId}")
		public TeamOut update(@PathParam("teamId") String teamId, TeamIn body) {
			return TeamOut.of(teams.update(SecurityJson.id("teamId", "Team", teamId), body(body).change()));
		}

		@DELETE
		@Path("{teamId}")
		public Response delete(@PathParam("teamId") String teamId) {
			teams.delete(SecurityJson.id("teamId", "Team", teamId));
			return Response.noContent().build();
		}
	}

	@Component(service = PipelineAccessResource.class, property = { RestWhiteboard.RESOURCE,
			RestWhiteboard.REQUIRE_JSON, RestWhiteboard.REQUIRE_AUTH })
	@Path("/pipedesk/v1/pipelines/{pipelineId}/access")
	@Produces(MediaType.APPLICATION_JSON)
	@Consumes(MediaType.APPLICATION_JSON)
	public static class PipelineAccessResource {
		private final AccessService access;

		@Activate
		public PipelineAccessResource(@Reference AccessService access) {
			this.access = access;
		}

		@GET
		public AccessJson get(@PathParam("pipelineId") String pipelineId) {
			return AccessJson.of(access.pipelineAccess(pipelineId));
		}

		@PUT
		public AccessJson set(@PathParam("pipelineId") String pipelineId, AccessIn body) {
			AccessIn in = body(body);
			if (in.restricted() == null) {
				throw new ValidationException("restricted", "access.restricted-required",
						"Say whether access is restricted: \"restricted\": true (only the grants) or false (everyone)");
			}
			List<PipelineAccess.Grant> grants = in.grants() == null ? List.of() : in.grants().stream()
					.map(g -> g == null ? null : new PipelineAccess.Grant(g.type(), grantId(g.id()), g.level())).toList();
			return AccessJson.of(access.setPipelineAccess(new PipelineAccess(pipelineId, in.restricted(), grants)));
		}

		private static long grantId(String id) {
			try {
				return Long.parseLong(id);
			} catch (NumberFormatException | NullPointerException e) {
				throw new ValidationException("grants.id", "access-grant.complete",
						"Each grant names the id of a user or team, e.g. \"id\": \"3\"");
			}
		}
	}

	@Component(service = Audit.class, property = { RestWhiteboard.RESOURCE, RestWhiteboard.REQUIRE_JSON,
			RestWhiteboard.REQUIRE_AUTH })
	@Path("/pipedesk/v1/security/audit")
	@Produces(MediaType.APPLICATION_JSON)
	public static class Audit {
		private final AccessService access;

		@Activate
		public Audit(@Reference AccessService access) {
			this.access = access;
		}

		@GET
		public Page<AuditOut> audit(@QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
				@QueryParam("after") String after, @QueryParam("limit") @DefaultValue("100") int limit) {
			AccessService.AuditLog log = access.audit(objectType, objectId, after, limit);
			return Page.of(log.results().stream().map(AuditOut::of).toList(), log.after());
		}
	}
}
