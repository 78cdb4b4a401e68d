package org.pipedesk.core.internal;

import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.model.desk.Pipeline;

/** Configuration reads as the current caller may make them. */
final class Views {
	private Views() {
	}

	/** The pipeline, or not found when it does not exist or the caller may not view it. */
	static Pipeline visiblePipeline(StoreTransaction tx, DeskConfiguration configuration, String pipelineId) {
		Pipeline pipeline = ModelViews.pipeline(configuration.read(tx), pipelineId);
		Rights.of(tx).requireViewPipeline(pipeline);
		return pipeline;
	}
}
