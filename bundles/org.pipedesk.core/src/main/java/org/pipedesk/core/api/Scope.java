package org.pipedesk.core.api;

/**
 * How far one ticket permission (view, edit or delete) reaches: every ticket, tickets owned by the user or by any
 * member of any of the user's teams, the user's own tickets, or none. Wider scopes include narrower ones.
 */
public enum Scope {
	NONE, OWNED, TEAM, ALL;

	/** True when this scope reaches at least as far as {@code other}. */
	public boolean covers(Scope other) {
		return compareTo(other) >= 0;
	}
}
