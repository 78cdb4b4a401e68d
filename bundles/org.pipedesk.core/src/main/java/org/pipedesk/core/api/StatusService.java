package org.pipedesk.core.api;

import java.util.List;

/** Statuses of a pipeline. Every call is one transaction; every change creates a configuration version. */
public interface StatusService {
	List<StatusInfo> list(String pipelineId);

	StatusInfo get(String pipelineId, String statusId);

	StatusInfo add(String pipelineId, NewStatus status);

	StatusInfo update(String pipelineId, String statusId, StatusChange change);

	/**
	 * Deletes a status, first moving its tickets to {@code targetStatusId} (same pipeline) in the same transaction.
	 * The target may be null only when the status holds no tickets.
	 *
	 * @return how many tickets were moved
	 */
	long delete(String pipelineId, String statusId, String targetStatusId);

	/** Replaces the ordered list of properties asked for when a ticket enters the status. */
	StatusInfo setStatusProperties(String pipelineId, String statusId, List<StatusPropertyInfo> properties);
}
