package org.pipedesk.ui.internal;

/** The E4 part around the {@link BoardView}. */
public class BoardPart extends ViewPart<BoardView> {
	public BoardPart() {
		super(BoardView::new, view -> view.setFocus());
	}
}
