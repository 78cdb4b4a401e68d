package org.pipedesk.core.api;

/** A partial change of a pipeline: null fields stay as they are. */
public record PipelineChange(String label, Integer displayOrder) {
}
