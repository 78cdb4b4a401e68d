package org.pipedesk.ui.internal;

/** The E4 part around the {@link SecurityAuditView}. */
public class SecurityAuditPart extends ViewPart<SecurityAuditView> {
	public SecurityAuditPart() {
		super(SecurityAuditView::new, view -> view.control().setFocus());
	}
}
