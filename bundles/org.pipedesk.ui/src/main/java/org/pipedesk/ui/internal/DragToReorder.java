package org.pipedesk.ui.internal;

import java.util.function.BiConsumer;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Reordering by drag and drop: rows of a table, or controls standing for positions (a status row's handle). */
final class DragToReorder {
	private static final String PREFIX = "pipedesk-position:";

	private DragToReorder() {
	}

	/** Dragging a table row onto another moves it there: {@code move.accept(from, to)}. */
	static void table(Table table, BiConsumer<Integer, Integer> move) {
		DragSource source = new DragSource(table, DND.DROP_MOVE);
		source.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		source.addDragListener(new DragSourceAdapter() {
			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = PREFIX + table.getSelectionIndex();
			}
		});
		DropTarget target = new DropTarget(table, DND.DROP_MOVE);
		target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void drop(DropTargetEvent event) {
				Integer from = position(event.data);
				if (from != null) {
					int to = event.item instanceof TableItem item ? table.indexOf(item) : table.getItemCount() - 1;
					move.accept(from, to);
				}
			}
		});
	}

	/** {@code control} stands for position {@code index}: it can be dragged onto another such control. */
	static void position(Control control, int index, BiConsumer<Integer, Integer> move) {
		DragSource source = new DragSource(control, DND.DROP_MOVE);
		source.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		source.addDragListener(new DragSourceAdapter() {
			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = PREFIX + index;
			}
		});
		DropTarget target = new DropTarget(control, DND.DROP_MOVE);
		target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void drop(DropTargetEvent event) {
				Integer from = position(event.data);
				if (from != null) {
					// after the drop: moving rebuilds the rows, this control included
					control.getDisplay().asyncExec(() -> move.accept(from, index));
				}
			}
		});
	}

	private static Integer position(Object data) {
		if (data instanceof String text && text.startsWith(PREFIX)) {
			try {
				return Integer.valueOf(text.substring(PREFIX.length()));
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}
}
