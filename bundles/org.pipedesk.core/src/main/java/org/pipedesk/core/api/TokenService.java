package org.pipedesk.core.api;

import java.util.List;

/**
 * API tokens, sent as {@code Authorization: Bearer <secret>} like HubSpot private-app tokens. Only a hash of each
 * secret is stored. Users manage their own tokens; super admins manage everyone's.
 */
public interface TokenService {
	/**
	 * The caller a token secret stands for, checked against the database on every call so a revoked token or a
	 * deactivated user stops working at once. The caller carries the token's id ({@link Caller#byToken}).
	 *
	 * @throws UnauthenticatedException when the secret is unknown, revoked or its user inactive
	 */
	Caller authenticate(String secret);

	/**
	 * The caller a token secret stands for, from memory when the token was seen before (no database call): for entry
	 * points whose every answer comes from core calls that check the caller's rights. Those calls check, in their
	 * own transaction, that the token ({@link Caller#tokenId()}) is still unrevoked and its user active, so a revoked
	 * token is refused by the next call all the same; an entry point that answers without such a call must use
	 * {@link #authenticate(String)} instead.
	 *
	 * @throws UnauthenticatedException when the secret is unknown, or was revoked or its user inactive when looked up
	 */
	Caller identify(String secret);

	IssuedToken issue(long userId, String label);

	List<ApiToken> list(long userId);

	void revoke(long tokenId);
}
