package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.pipedesk.client.Pipeline;

/** A pipeline selector that keeps its choice across reloads. */
final class PipelineChooser {
	private final Combo combo;
	private List<Pipeline> pipelines = List.of();

	PipelineChooser(Composite parent, String id, Runnable onChoice) {
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		Widgets.tag(combo, id);
		combo.addListener(SWT.Selection, e -> onChoice.run());
	}

	Combo combo() {
		return combo;
	}

	/** Shows {@code all}, keeping the chosen pipeline (or {@code preferId}) when it still exists, else the first. */
	void show(List<Pipeline> all, String preferId) {
		String keep = preferId != null ? preferId : selectedId();
		pipelines = new ArrayList<>(all);
		combo.setItems(pipelines.stream().map(Pipeline::label).toArray(String[]::new));
		int index = 0;
		for (int i = 0; i < pipelines.size(); i++) {
			if (pipelines.get(i).id().equals(keep)) {
				index = i;
			}
		}
		if (!pipelines.isEmpty()) {
			combo.select(index);
		}
		combo.getParent().layout();
	}

	Pipeline selected() {
		int index = combo.getSelectionIndex();
		return index < 0 || index >= pipelines.size() ? null : pipelines.get(index);
	}

	String selectedId() {
		Pipeline selected = selected();
		return selected == null ? null : selected.id();
	}

	List<Pipeline> pipelines() {
		return pipelines;
	}
}
