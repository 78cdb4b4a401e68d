package org.pipedesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Server calls run as Eclipse jobs, never on the UI thread; their result or failure comes back on the UI thread
 * (dropped when the display is gone).
 */
public final class Background {
	private Background() {
	}

	public static <T> Job run(Display display, String name, Callable<T> work, Consumer<T> done,
			Consumer<RuntimeException> failed) {
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			monitor.beginTask(name, IProgressMonitor.UNKNOWN);
			try {
				T result = work.call();
				onUi(display, () -> done.accept(result));
			} catch (RuntimeException e) {
				onUi(display, () -> failed.accept(e));
			} catch (Exception e) {
				onUi(display, () -> failed.accept(new IllegalStateException(e.getMessage(), e)));
			} finally {
				monitor.done();
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static void onUi(Display display, Runnable action) {
		if (!display.isDisposed()) {
			display.asyncExec(action);
		}
	}
}
