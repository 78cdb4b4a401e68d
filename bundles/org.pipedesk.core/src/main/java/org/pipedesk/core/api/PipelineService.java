package org.pipedesk.core.api;

import java.util.List;

/** Pipelines of the desk. Every call is one transaction; every change creates a configuration version. */
public interface PipelineService {
	/** All pipelines by display order, ties by label. */
	List<PipelineInfo> list();

	PipelineInfo get(String pipelineId);

	PipelineInfo create(NewPipeline pipeline);

	PipelineInfo update(String pipelineId, PipelineChange change);

	/**
	 * Replaces a pipeline as HubSpot's PUT does: label and display order, and its stages as listed. A listed stage
	 * whose label matches an existing one (ignoring case) keeps its id; new labels become new stages; existing
	 * stages not listed are deleted, which is refused while they hold tickets. One transaction.
	 */
	PipelineInfo replace(String pipelineId, NewPipeline pipeline);

	/**
	 * Replaces the ordered list of properties shown on the pipeline's board cards. Unknown, repeated and archived
	 * properties are refused, each named in the error.
	 */
	PipelineInfo setCardProperties(String pipelineId, List<String> propertyNames);

	/** Refused with a {@link ConflictException} naming the count while the pipeline holds tickets. */
	void delete(String pipelineId);
}
