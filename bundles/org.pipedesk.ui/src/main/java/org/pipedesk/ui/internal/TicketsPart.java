package org.pipedesk.ui.internal;

/** The E4 part around the {@link TicketListView}. */
public class TicketsPart extends ViewPart<TicketListView> {
	public TicketsPart() {
		super(TicketListView::new, view -> view.setFocus());
	}
}
