package org.pipedesk.automation.api;

/** How an action ended when it did not throw: done (with a short detail for the run record) or skipped (why). */
public record ActionOutcome(boolean skipped, String detail) {
	public static ActionOutcome done(String detail) {
		return new ActionOutcome(false, detail);
	}

	public static ActionOutcome skipped(String reason) {
		return new ActionOutcome(true, reason);
	}
}
