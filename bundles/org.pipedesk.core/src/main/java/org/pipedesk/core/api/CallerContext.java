package org.pipedesk.core.api;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The caller of the core calls made on this thread. The REST edge sets it per request from the token; automation
 * and connectors run their work as {@link Caller#system(String)}. Core refuses ticket calls made without a caller
 * (fail closed), so a path that forgot to say who it acts for cannot read or change anything.
 */
public final class CallerContext {
	private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

	private CallerContext() {
	}

	/** Runs {@code work} as {@code caller}, restoring the previous caller afterwards (calls may nest). */
	public static <T> T callAs(Caller caller, Supplier<T> work) {
		Caller previous = CURRENT.get();
		CURRENT.set(caller);
		try {
			return work.get();
		} finally {
			if (previous == null) {
				CURRENT.remove();
			} else {
				CURRENT.set(previous);
			}
		}
	}

	public static void runAs(Caller caller, Runnable work) {
		callAs(caller, () -> {
			work.run();
			return null;
		});
	}

	public static Optional<Caller> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** The current caller, or {@link UnauthenticatedException} when nobody said who this call is for. */
	public static Caller require() {
		Caller caller = CURRENT.get();
		if (caller == null) {
			throw new UnauthenticatedException("No caller: this call was made without a user or system identity");
		}
		return caller;
	}

	/** For the edge only: sets the caller of the rest of this thread's request ({@code null} clears it). */
	public static void set(Caller caller) {
		if (caller == null) {
			CURRENT.remove();
		} else {
			CURRENT.set(caller);
		}
	}
}
