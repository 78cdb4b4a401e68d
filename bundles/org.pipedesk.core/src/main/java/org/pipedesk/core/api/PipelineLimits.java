package org.pipedesk.core.api;

/**
 * The edition limits on pipelines and their usage: at most {@code maxPipelines} pipelines (configurable), at most
 * {@code maxStatusesPerPipeline} statuses in each (a rule of the model); {@code largestPipelineStatuses} is the
 * status count of the fullest pipeline.
 */
public record PipelineLimits(int maxPipelines, int pipelines, int maxStatusesPerPipeline, int largestPipelineStatuses) {
}
