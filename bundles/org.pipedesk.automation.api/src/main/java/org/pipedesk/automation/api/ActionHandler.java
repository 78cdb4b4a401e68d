package org.pipedesk.automation.api;

/**
 * Runs one action of a rule's chain. The engine calls {@link #execute} inside a database transaction, as
 * {@code Caller.system("automation")}: core calls made from it join that transaction, and the job is marked done in
 * it, so the action's database effects happen exactly once. Work outside the database (HTTP, mail) cannot join: it
 * may be repeated when the process dies between doing it and committing, so it should carry
 * {@link ActionContext#idempotencyKey()}.
 * <p>
 * Throwing fails this attempt (the engine retries with backoff, then records the failure); a failure never stops
 * the engine nor other rules.
 */
public interface ActionHandler {
	ActionOutcome execute(ActionContext context) throws Exception;

	/** What {@link #execute} would do for this context, rendered without side effects (dry runs). */
	String preview(ActionContext context);
}
