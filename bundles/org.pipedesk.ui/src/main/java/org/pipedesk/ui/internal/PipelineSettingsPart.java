package org.pipedesk.ui.internal;

/** The E4 part around the {@link PipelineSettingsView}. */
public class PipelineSettingsPart extends ViewPart<PipelineSettingsView> {
	public PipelineSettingsPart() {
		super(PipelineSettingsView::new, view -> view.setFocus());
	}
}
