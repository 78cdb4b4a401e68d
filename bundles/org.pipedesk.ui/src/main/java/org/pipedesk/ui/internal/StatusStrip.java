package org.pipedesk.ui.internal;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.pipedesk.client.PipedeskException;
import org.pipedesk.ui.Background;

/**
 * A view's activity line: a progress bar while server calls run (in the background), and the last outcome:
 * the server's own message when it refused something, else what was done.
 */
final class StatusStrip extends Composite {
	private final ProgressBar progress;
	private final Label message;
	private int running;

	StatusStrip(Composite parent) {
		super(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginHeight = 2;
		setLayout(layout);
		progress = new ProgressBar(this, SWT.INDETERMINATE);
		progress.setLayoutData(new GridData(120, SWT.DEFAULT));
		showProgress(false);
		message = new Label(this, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Widgets.tag(message, "status.message");
	}

	/** Runs {@code work} off the UI thread, showing progress; its result goes to {@code done} on the UI thread. */
	<T> void run(String what, Callable<T> work, Consumer<T> done) {
		run(what, work, done, refused -> { });
	}

	/** As {@link #run(String, Callable, Consumer)}; a failure, once shown, also goes to {@code failed}. */
	<T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
		running++;
		showProgress(true);
		setMessage(what + "...", false);
		Background.run(getDisplay(), what, work, result -> {
			if (isDisposed()) {
				return;
			}
			finished();
			if (message.getText().equals(what + "...")) {
				setMessage("", false); // only its own progress line: an outcome or refusal shown meanwhile stays
			}
			done.accept(result);
		}, failure -> {
			if (isDisposed()) {
				return;
			}
			finished();
			error(failure);
			failed.accept(failure);
		});
	}

	private void finished() {
		running--;
		showProgress(running > 0);
	}

	/** The progress bar takes room only while a call runs, so messages line up with the view's content. */
	private void showProgress(boolean show) {
		progress.setVisible(show);
		((GridData) progress.getLayoutData()).exclude = !show;
		layout(true);
	}

	/** True when no server call of this view is running: tests wait for it. */
	boolean idle() {
		return running == 0;
	}

	void error(RuntimeException failure) {
		setMessage(failure instanceof PipedeskException refused ? refused.describe() : String.valueOf(failure.getMessage()), true);
	}

	void info(String text) {
		setMessage(text, false);
	}

	String message() {
		return message.getText();
	}

	private void setMessage(String text, boolean isError) {
		message.setText(text);
		message.setForeground(getDisplay().getSystemColor(isError ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
		layout(true);
		getParent().layout(true);
	}
}
