package org.pipedesk.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pipedesk.client.Pipeline;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.PropertyDefinition;

/** What every view needs first: the pipelines and the ticket property definitions, read together. */
record DeskData(List<Pipeline> pipelines, Map<String, PropertyDefinition> properties) {
	static DeskData read(PipedeskClient client) {
		Map<String, PropertyDefinition> definitions = new LinkedHashMap<>();
		client.properties().forEach(p -> definitions.put(p.name(), p));
		return new DeskData(client.pipelines(), definitions);
	}
}
