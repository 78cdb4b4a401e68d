package org.pipedesk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Users, teams and pipeline access through the client library against the real server over real HTTP. */
class UsersTeamsAccessIT {
	private final PipedeskClient admin = TestServer.client();

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private User newUser(String name) {
		String unique = unique(name);
		return admin.createUser(User.Change.create(unique, unique.replace(' ', '.').toLowerCase() + "@example.com"));
	}

	@Test
	void usersAreCreatedAndChangedWithPermissionsTeamsAndFlags() {
		User me = admin.me();
		assertTrue(me.superAdmin(), "the admin token's user");
		User agent = newUser("Agent");
		assertEquals(new User.Permissions("ALL", "ALL", "NONE", false), agent.permissions(), "the server's defaults");
		assertTrue(agent.active());
		assertFalse(agent.superAdmin());

		Team team = admin.createTeam(unique("Tier 1"), List.of());
		User.Permissions teamOnly = new User.Permissions("TEAM", "OWNED", "NONE", true);
		User changed = admin.updateUser(agent.id(),
				new User.Change(null, null, false, null, teamOnly, List.of(team.id()), agent.version()));
		assertEquals(teamOnly, changed.permissions());
		assertEquals(List.of(team.id()), changed.teamIds());
		assertFalse(changed.active());
		assertEquals(changed, admin.user(agent.id()));
		assertTrue(admin.users().stream().anyMatch(u -> u.equals(changed)), "listed as saved");
		assertEquals(List.of(agent.id()), admin.teams().stream().filter(t -> t.id().equals(team.id())).findFirst()
				.orElseThrow().memberIds(), "membership seen from the team");

		// a stale version and a rule broken are refused with the server's message, nothing applied
		PipedeskException stale = assertThrows(PipedeskException.class, () -> admin.updateUser(agent.id(),
				new User.Change("Stale", null, null, null, null, null, agent.version())));
		assertEquals(409, stale.status());
		PipedeskException wider = assertThrows(PipedeskException.class, () -> admin.updateUser(agent.id(),
				new User.Change(null, null, null, null, new User.Permissions("OWNED", "ALL", "NONE", false), null, null)));
		assertEquals(400, wider.status());
		assertFalse(wider.describe().isBlank());
		assertEquals(teamOnly, admin.user(agent.id()).permissions());
	}

	@Test
	void teamsAreCreatedRenamedGivenMembersAndDeleted() {
		User a = newUser("Ann");
		User b = newUser("Bob");
		Team team = admin.createTeam(unique("Billing"), List.of(a.id()));
		assertEquals(List.of(a.id()), team.memberIds());
		Team renamed = admin.updateTeam(team.id(), team.name() + "!", List.of(a.id(), b.id()), team.version());
		assertEquals(team.name() + "!", renamed.name());
		assertEquals(java.util.Set.of(a.id(), b.id()), java.util.Set.copyOf(renamed.memberIds()));
		assertEquals(List.of(team.id()), admin.user(b.id()).teamIds());
		PipedeskException duplicate = assertThrows(PipedeskException.class, () -> admin.createTeam(renamed.name(), List.of()));
		assertTrue(duplicate.status() == 400 || duplicate.status() == 409, duplicate.describe());
		admin.deleteTeam(team.id());
		assertFalse(admin.teams().stream().anyMatch(t -> t.id().equals(team.id())));
		assertEquals(List.of(), admin.user(a.id()).teamIds());
	}

	@Test
	void pipelineAccessIsRestrictedToGrantsAndOnlySuperAdminsManageIt() {
		Pipeline pipeline = admin.createPipeline(unique("Restricted"), List.of(new PipedeskClient.NewStage("New", "OPEN"),
				new PipedeskClient.NewStage("Done", "CLOSED")));
		assertFalse(admin.pipelineAccess(pipeline.id()).restricted(), "everyone by default");
		User granted = newUser("Granted");
		User other = newUser("Other");
		Team team = admin.createTeam(unique("Viewers"), List.of(other.id()));

		PipelineAccess saved = admin.setPipelineAccess(pipeline.id(), true,
				List.of(new PipelineAccess.Grant("USER", granted.id(), "EDIT")));
		assertTrue(saved.restricted());
		assertEquals(List.of(new PipelineAccess.Grant("USER", granted.id(), "EDIT")), saved.grants());
		assertEquals(saved, admin.pipelineAccess(pipeline.id()));

		// the restriction applies to the very next request of a user without a grant
		PipedeskClient asOther = new PipedeskClient(TestServer.baseUrl(), admin.issueToken(other.id(), "it"));
		PipedeskClient asGranted = new PipedeskClient(TestServer.baseUrl(), admin.issueToken(granted.id(), "it"));
		assertFalse(asOther.pipelines().stream().anyMatch(p -> p.id().equals(pipeline.id())));
		assertTrue(asGranted.pipelines().stream().anyMatch(p -> p.id().equals(pipeline.id())));
		admin.setPipelineAccess(pipeline.id(), true, List.of(new PipelineAccess.Grant("USER", granted.id(), "EDIT"),
				new PipelineAccess.Grant("TEAM", team.id(), "VIEW")));
		assertTrue(asOther.pipelines().stream().anyMatch(p -> p.id().equals(pipeline.id())), "through the team");

		// non-super-admins manage nothing: 403 with the server's message
		assertFalse(asOther.me().superAdmin());
		PipedeskException refused = assertThrows(PipedeskException.class,
				() -> asOther.setPipelineAccess(pipeline.id(), false, List.of()));
		assertEquals(403, refused.status());
		assertFalse(refused.getMessage().isBlank());
		assertThrows(PipedeskException.class, () -> asOther.createTeam(unique("Nope"), List.of()));
		assertTrue(admin.pipelineAccess(pipeline.id()).restricted());
	}
}
