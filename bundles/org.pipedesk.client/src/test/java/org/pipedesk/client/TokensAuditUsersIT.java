package org.pipedesk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** API tokens, the security audit log and deleting users through the client library, against the real server. */
class TokensAuditUsersIT {
	private final PipedeskClient admin = TestServer.client();

	private User newUser(String name) {
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
		return admin.createUser(User.Change.create(unique, unique.replace(' ', '.').toLowerCase() + "@example.com"));
	}

	@Test
	void aTokenIsShownOnceListedByItsHintAndRefusedOnceRevoked() {
		User agent = newUser("Token holder");
		ApiToken.Issued issued = admin.createToken(agent.id(), "laptop");
		assertTrue(issued.secret().startsWith("pd_"), "the secret, this once");
		assertEquals("laptop", issued.token().label());
		assertEquals(agent.id(), issued.token().userId());

		PipedeskClient asAgent = new PipedeskClient(admin.baseUrl().toString(), issued.secret());
		assertEquals(agent.id(), asAgent.me().id());
		ApiToken own = asAgent.createToken("me", "second").token();
		List<ApiToken> listed = asAgent.tokens("me");
		assertEquals(Set.of(issued.token().id(), own.id()), Set.copyOf(listed.stream().map(ApiToken::id).toList()));
		assertTrue(listed.stream().noneMatch(t -> issued.secret().equals(t.hint())), "never the secret again");
		assertTrue(listed.stream().noneMatch(ApiToken::revoked));

		// an agent sees only their own tokens; a super admin anyone's
		PipedeskException others = assertThrows(PipedeskException.class, () -> asAgent.tokens(admin.me().id()));
		assertEquals(403, others.status());
		assertEquals(listed.size(), admin.tokens(agent.id()).size());

		admin.revokeToken(issued.token().id());
		PipedeskException revoked = assertThrows(PipedeskException.class, asAgent::me);
		assertEquals(401, revoked.status(), "the very next request");
		assertNotNull(admin.tokens(agent.id()).stream().filter(t -> t.id().equals(issued.token().id())).findFirst()
				.orElseThrow().revokedAt());
	}

	@Test
	void theSecurityAuditLogPagesOldestFirstAndIsForSuperAdminsOnly() {
		User agent = newUser("Audited");
		admin.updateUser(agent.id(), new User.Change(agent.name() + "!", null, null, null, null, null, null));
		String tokenId = admin.createToken(agent.id(), "audited").token().id();

		AuditEntry.Page ofUser = admin.securityAudit("USER", agent.id(), null, 100);
		assertEquals(List.of("user.created", "user.updated"), ofUser.results().stream().map(AuditEntry::action).toList());
		assertEquals("user:" + admin.me().id(), ofUser.results().get(1).actor());
		assertEquals(List.of(tokenId), admin.securityAudit("TOKEN", tokenId, null, 10).results().stream()
				.map(AuditEntry::objectId).toList());

		// paging: pages of 2 follow each other without repeats, in the order things happened
		AuditEntry.Page first = admin.securityAudit(null, null, null, 2);
		assertEquals(2, first.results().size());
		assertNotNull(first.after());
		AuditEntry.Page second = admin.securityAudit(null, null, first.after(), 2);
		Set<String> ids = new HashSet<>();
		first.results().forEach(e -> ids.add(e.id()));
		second.results().forEach(e -> assertTrue(ids.add(e.id()), "no entry twice"));
		assertTrue(Long.parseLong(first.results().get(1).id()) < Long.parseLong(second.results().get(0).id()));
		assertEquals(400, assertThrows(PipedeskException.class, () -> admin.securityAudit("USER", null, null, 10)).status(),
				"a type goes with an id");

		PipedeskClient asAgent = new PipedeskClient(admin.baseUrl().toString(), admin.issueToken(agent.id(), "x"));
		assertEquals(403, assertThrows(PipedeskException.class, () -> asAgent.securityAudit(null, null, null, 10)).status());
	}

	@Test
	void aUserWhoOwnsTicketsIsNotDeletedTheServerSaysWhy() {
		User owner = newUser("Owner");
		User free = newUser("Free");
		Pipeline pipeline = admin.pipelines().get(0);
		admin.createTicket(Map.of("hs_pipeline", pipeline.id(), "hs_pipeline_stage", pipeline.stages().get(0).id(),
				"subject", "Owned", "hubspot_owner_id", owner.id()));

		PipedeskException refused = assertThrows(PipedeskException.class, () -> admin.deleteUser(owner.id()));
		assertEquals(409, refused.status());
		assertTrue(refused.getMessage().contains("deactivate"), refused.getMessage());
		assertTrue(admin.user(owner.id()).active(), "nothing applied");

		admin.deleteUser(free.id());
		assertEquals(404, assertThrows(PipedeskException.class, () -> admin.user(free.id())).status());
		assertFalse(admin.users().stream().anyMatch(u -> u.id().equals(free.id())));
		assertEquals(List.of("user.created", "user.deleted"), admin.securityAudit("USER", free.id(), null, 10).results()
				.stream().map(AuditEntry::action).toList());
	}
}
