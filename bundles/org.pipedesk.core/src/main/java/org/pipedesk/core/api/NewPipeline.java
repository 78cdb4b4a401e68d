package org.pipedesk.core.api;

import java.util.List;

/** What is needed to create a pipeline with its statuses in one call; a null display order puts it last. */
public record NewPipeline(String label, Integer displayOrder, List<NewStatus> statuses) {
}
