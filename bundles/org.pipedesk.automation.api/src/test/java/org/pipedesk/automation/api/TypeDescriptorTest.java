package org.pipedesk.automation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.Status;

class TypeDescriptorTest {
	private static final TypeDescriptor TYPE = new TypeDescriptor("t", "T", "test", List.of(
			ParameterDescriptor.required("statusId", "Status", "", ParameterType.STATUS),
			ParameterDescriptor.optional("property", "Property", "", ParameterType.PROPERTY),
			ParameterDescriptor.optional("count", "Count", "", ParameterType.NUMBER),
			ParameterDescriptor.optional("flag", "Flag", "", ParameterType.BOOLEAN),
			ParameterDescriptor.optional("url", "URL", "", ParameterType.URL),
			ParameterDescriptor.option("kind", "Kind", "", false, List.of("A", "B"), "A")));

	private static Pipeline pipeline() {
		Desk desk = DeskFactory.eINSTANCE.createDesk();
		Pipeline pipeline = DeskFactory.eINSTANCE.createPipeline();
		pipeline.setId("0");
		Status status = DeskFactory.eINSTANCE.createStatus();
		status.setId("1");
		pipeline.getStatuses().add(status);
		desk.getPipelines().add(pipeline);
		PropertyDefinition subject = DeskFactory.eINSTANCE.createPropertyDefinition();
		subject.setName("subject");
		desk.getProperties().add(subject);
		PropertyDefinition old = DeskFactory.eINSTANCE.createPropertyDefinition();
		old.setName("old");
		old.setArchived(true);
		desk.getProperties().add(old);
		return pipeline;
	}

	@Test
	void validParametersPass() {
		assertEquals(List.of(), TYPE.check(Map.of("statusId", "1", "property", "subject", "count", "2.5", "flag",
				"true", "url", "https://example.org/x", "kind", "B"), pipeline()));
	}

	@Test
	void everyProblemIsNamed() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("statusId", "9");
		values.put("property", "old");
		values.put("count", "many");
		values.put("flag", "yes");
		values.put("url", "ftp://example.org");
		values.put("kind", "C");
		values.put("extra", "1");
		assertEquals(List.of("'statusId': status 9 is not a status of pipeline 0",
				"'property': property old does not exist or is archived", "'count' must be a number",
				"'flag' must be true or false", "'url' must be an http or https URL", "'kind' must be one of A, B",
				"'extra' is not a parameter of t"), TYPE.check(values, pipeline()));
		assertEquals(List.of("'statusId' is required"), TYPE.check(Map.of(), pipeline()));
	}

	@Test
	void defaultsFillWhatIsLeftOut() {
		assertEquals(Map.of("kind", "A", "statusId", "1"), TYPE.withDefaults(Map.of("statusId", "1")));
		assertEquals(Map.of("kind", "B"), TYPE.withDefaults(Map.of("kind", "B")));
	}
}
