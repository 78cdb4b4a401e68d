package org.pipedesk.ui.internal;

import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.pipedesk.ui.Session;

import jakarta.annotation.PostConstruct;

/**
 * An E4 part around one of the client's views (plain SWT classes that the UI tests build without a workbench):
 * builds the view in the part, focuses it, and reloads it on View > Refresh.
 */
public abstract class ViewPart<V extends Refreshable> implements Refreshable {
	private final BiFunction<Composite, Session, V> views;
	private final Consumer<V> focusing;
	private V view;

	/** @param views makes the view in a composite for a session; @param focusing puts the focus in it */
	protected ViewPart(BiFunction<Composite, Session, V> views, Consumer<V> focusing) {
		this.views = views;
		this.focusing = focusing;
	}

	@PostConstruct
	public void create(Composite parent, Session session) {
		parent.setLayout(new FillLayout());
		view = views.apply(parent, session);
	}

	@Focus
	public void focus() {
		focusing.accept(view);
	}

	@Override
	public void refresh() {
		view.refresh();
	}
}
