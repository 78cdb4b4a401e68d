package org.pipedesk.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A ticket pipeline with its statuses (HubSpot "stages") in display order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pipeline(String id, String label, int displayOrder, List<Stage> stages) {
	public Pipeline {
		stages = stages == null ? List.of() : List.copyOf(stages);
	}

	public Stage stage(String stageId) {
		return stages.stream().filter(s -> s.id().equals(stageId)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No stage " + stageId + " in pipeline " + id));
	}
}
