package org.pipedesk.core.api;

import java.util.List;

/**
 * API tokens, sent as {@code Authorization: Bearer <secret>} like HubSpot private-app tokens. Only a hash of each
 * secret is stored. Users manage their own tokens; super admins manage everyone's.
 */
public interface TokenService {
	/**
	 * The caller a token secret stands for, checked against the database on every call so a revoked token or a
	 * deactivated user stops working at once.
	 *
	 * @throws UnauthenticatedException when the secret is unknown, revoked or its user inactive
	 */
	Caller authenticate(String secret);

	IssuedToken issue(long userId, String label);

	List<ApiToken> list(long userId);

	void revoke(long tokenId);
}
