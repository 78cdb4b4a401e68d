package org.pipedesk.core.internal;

import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.Status;

/** How messages name model objects. */
final class DeskNames {
	private DeskNames() {
	}

	static String of(Pipeline pipeline) {
		return "Pipeline '" + pipeline.getLabel() + "' (id " + pipeline.getId() + ")";
	}

	static String of(Status status) {
		return "Status '" + status.getLabel() + "' (id " + status.getId() + ")";
	}
}
