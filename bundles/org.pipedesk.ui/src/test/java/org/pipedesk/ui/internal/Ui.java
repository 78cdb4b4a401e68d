package org.pipedesk.ui.internal;

import java.io.File;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/** Drives real SWT widgets from a test: event pumping, finding tagged widgets, clicks, dialogs, screenshots. */
final class Ui {
	private static final long TIMEOUT_MILLIS = 30_000;
	final Display display = Display.getDefault();

	Shell shell(String title) {
		Shell shell = new Shell(display);
		shell.setText(title);
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 700);
		return shell;
	}

	void open(Shell shell) {
		shell.open();
		pump(200);
	}

	/** Processes UI events until {@code condition} holds (server calls finish in the background meanwhile). */
	void until(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting for: " + what);
			}
			if (!display.readAndDispatch()) {
				sleep(5);
			}
		}
	}

	void pump(long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				sleep(5);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	static <T extends Control> T find(Control root, String id, Class<T> type) {
		List<Control> found = Widgets.findAll(root, id);
		if (found.size() != 1) {
			throw new AssertionError("Expected one widget tagged " + id + ", found " + found.size());
		}
		return type.cast(found.get(0));
	}

	static boolean has(Control root, String id) {
		return !Widgets.findAll(root, id).isEmpty();
	}

	static void click(Widget widget) {
		if (widget instanceof Button button && !button.isEnabled()) {
			throw new AssertionError("Clicked a disabled button: " + button.getText());
		}
		widget.notifyListeners(SWT.Selection, new Event());
	}

	static void select(Combo combo, String item) {
		int index = combo.indexOf(item);
		if (index < 0) {
			throw new AssertionError("No '" + item + "' in " + List.of(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	/** The one editable text field of a shell (JFace's InputDialog). */
	static org.eclipse.swt.widgets.Text editableText(Shell shell) {
		List<org.eclipse.swt.widgets.Text> texts = new java.util.ArrayList<>();
		collectTexts(shell, texts);
		if (texts.size() != 1) {
			throw new AssertionError("Expected one editable text in " + shell.getText() + ", found " + texts.size());
		}
		return texts.get(0);
	}

	private static void collectTexts(Control control, List<org.eclipse.swt.widgets.Text> texts) {
		if (control instanceof org.eclipse.swt.widgets.Text text && (text.getStyle() & SWT.READ_ONLY) == 0) {
			texts.add(text);
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTexts(child, texts);
			}
		}
	}

	/** A button of a shell by its label (for JFace's standard dialogs). */
	static Button button(Shell shell, String label) {
		return buttons(shell).stream().filter(b -> label.equals(b.getText().replace("&", ""))).findFirst()
				.orElseThrow(() -> new AssertionError("No button " + label + " in " + shell.getText()));
	}

	private static List<Button> buttons(Control root) {
		List<Button> all = new java.util.ArrayList<>();
		if (root instanceof Button button) {
			all.add(button);
		}
		if (root instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				all.addAll(buttons(child));
			}
		}
		return all;
	}

	/**
	 * Acts on the dialog titled {@code title} once it opens (modal dialogs run their own event loop: the action runs
	 * inside it). Returns a flag set once the action ran; a failure in it closes the dialog and is rethrown by
	 * {@link #check(AtomicReference)}.
	 */
	AtomicBoolean whenShellOpens(String title, AtomicReference<Throwable> failure, Consumer<Shell> action) {
		AtomicBoolean done = new AtomicBoolean();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					try {
						pump(150);
						action.accept(shell);
					} catch (Throwable t) {
						failure.set(t);
						if (!shell.isDisposed()) {
							shell.close();
						}
					}
					done.set(true);
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, poll[0]);
			} else {
				failure.set(new AssertionError("No dialog '" + title + "' opened"));
				done.set(true);
			}
		};
		display.timerExec(50, poll[0]);
		return done;
	}

	static void check(AtomicReference<Throwable> failure) {
		Throwable t = failure.get();
		if (t instanceof Error error) {
			throw error;
		}
		if (t != null) {
			throw new AssertionError(t);
		}
	}

	/** Saves what {@code shell} shows as target/screenshots/NAME.png, for review. */
	void screenshot(Shell shell, String name) {
		shell.redraw();
		shell.update();
		pump(100);
		Rectangle area = shell.getClientArea();
		Image image = new Image(display, Math.max(1, area.width), Math.max(1, area.height));
		GC gc = new GC(shell);
		try {
			gc.copyArea(image, 0, 0);
			File folder = new File(System.getProperty("pipedesk.screenshots", "target/screenshots"));
			folder.mkdirs();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(new File(folder, name + ".png").getPath(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
