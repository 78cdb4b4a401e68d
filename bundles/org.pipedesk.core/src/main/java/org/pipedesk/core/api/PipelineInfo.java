package org.pipedesk.core.api;

import java.time.Instant;
import java.util.List;

/** A pipeline with its statuses in display order, as read. */
public record PipelineInfo(String id, String label, int displayOrder, Instant createdAt, Instant updatedAt,
		List<StatusInfo> statuses, List<String> cardProperties) {

	public StatusInfo status(String statusId) {
		return statuses.stream().filter(s -> s.id().equals(statusId)).findFirst()
				.orElseThrow(() -> new NotFoundException("stage", statusId, "Status " + statusId + " does not exist in pipeline " + id));
	}
}
