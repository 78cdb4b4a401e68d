package org.pipedesk.ui.internal;

/** The E4 part around the {@link ApiTokensView}. */
public class ApiTokensPart extends ViewPart<ApiTokensView> {
	public ApiTokensPart() {
		super(ApiTokensView::new, view -> view.control().setFocus());
	}
}
