package org.pipedesk.automation.internal;

/**
 * The run a worker thread is executing, so events caused by its actions know how deep the chain is and which
 * rules led to them (loop protection), and records know their job.
 */
record ExecutionScope(long jobId, int depth, String rulePath) {
	private static final ThreadLocal<ExecutionScope> CURRENT = new ThreadLocal<>();
	static final ExecutionScope NONE = new ExecutionScope(0, 0, "");

	static ExecutionScope current() {
		ExecutionScope scope = CURRENT.get();
		return scope == null ? NONE : scope;
	}

	static void enter(ExecutionScope scope) {
		CURRENT.set(scope);
	}

	static void leave() {
		CURRENT.remove();
	}
}
