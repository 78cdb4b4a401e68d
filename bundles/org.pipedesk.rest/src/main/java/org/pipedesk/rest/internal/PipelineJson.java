package org.pipedesk.rest.internal;

import java.time.Instant;
import java.util.List;

import org.pipedesk.core.api.NewPipeline;
import org.pipedesk.core.api.NewStatus;
import org.pipedesk.core.api.PipelineInfo;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.TicketState;

/** HubSpot CRM v3 pipeline and stage JSON shapes. */
final class PipelineJson {
	private PipelineJson() {
	}

	record PipelineOut(String id, String label, int displayOrder, boolean archived, Instant createdAt,
			Instant updatedAt, List<StageOut> stages) {
	}

	record StageOut(String id, String label, int displayOrder, StageMetadata metadata, boolean archived,
			Instant createdAt, Instant updatedAt, String writePermissions) {
	}

	/** HubSpot sends {@code isClosed} as a string beside {@code ticketState}. */
	record StageMetadata(TicketState ticketState, String isClosed) {
	}

	record PipelineIn(String label, Integer displayOrder, List<StageIn> stages) {
		NewPipeline toNew() {
			return new NewPipeline(label, displayOrder, stages == null ? null : stages.stream().map(StageIn::toNew).toList());
		}
	}

	record StageIn(String label, Integer displayOrder, StageMetadata metadata) {
		NewStatus toNew() {
			return new NewStatus(label, displayOrder, state());
		}

		TicketState state() {
			return metadata == null ? null : metadata.ticketState();
		}
	}

	record Collection<T>(List<T> results) {
	}

	static PipelineOut out(PipelineInfo p) {
		return new PipelineOut(p.id(), p.label(), p.displayOrder(), false, p.createdAt(), p.updatedAt(),
				p.statuses().stream().map(PipelineJson::out).toList());
	}

	static StageOut out(StatusInfo s) {
		return new StageOut(s.id(), s.label(), s.displayOrder(),
				new StageMetadata(s.ticketState(), Boolean.toString(s.ticketState() == TicketState.CLOSED)), false,
				s.createdAt(), s.updatedAt(), "CRM_PERMISSIONS_ENFORCEMENT");
	}
}
