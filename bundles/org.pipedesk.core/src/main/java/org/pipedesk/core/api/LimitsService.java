package org.pipedesk.core.api;

/** The edition limits in force and how much of them the desk uses. */
public interface LimitsService {
	PipelineLimits pipelines();
}
