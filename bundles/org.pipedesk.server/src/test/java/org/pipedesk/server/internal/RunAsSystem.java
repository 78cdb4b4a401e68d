package org.pipedesk.server.internal;

import java.lang.reflect.Method;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;

/**
 * Runs a test class's methods as the system, for tests that call core services directly (core refuses calls made
 * without a caller). Tests over HTTP authenticate with tokens instead.
 */
public final class RunAsSystem implements InvocationInterceptor {
	static final Caller CALLER = Caller.system("integration-test");

	@Override
	public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
			ExtensionContext context) throws Throwable {
		asSystem(invocation);
	}

	@Override
	public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
			ExtensionContext context) throws Throwable {
		asSystem(invocation);
	}

	@Override
	public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
			ExtensionContext context) throws Throwable {
		asSystem(invocation);
	}

	@Override
	public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
			ExtensionContext context) throws Throwable {
		asSystem(invocation);
	}

	@Override
	public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
			ExtensionContext context) throws Throwable {
		asSystem(invocation);
	}

	private static void asSystem(Invocation<Void> invocation) throws Throwable {
		Throwable[] failure = new Throwable[1];
		CallerContext.runAs(CALLER, () -> {
			try {
				invocation.proceed();
			} catch (Throwable t) {
				failure[0] = t;
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
	}
}
