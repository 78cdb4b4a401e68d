package org.pipedesk.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.pipedesk.model.SampleDesk;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskPackage;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.TicketState;
import org.pipedesk.model.io.DeskJson.Problem;
import org.pipedesk.model.io.DeskJson.Read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON form of the desk: its documented shape, the round trip, and problems listed with their paths. */
class DeskJsonTest {
	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void theSampleSetsEveryFeatureOfEveryClassSoTheRoundTripCoversTheWholeModel() {
		Set<String> set = new HashSet<>();
		Desk desk = SampleDesk.create();
		List<EObject> all = new ArrayList<>();
		all.add(desk);
		desk.eAllContents().forEachRemaining(all::add);
		for (EObject object : all) {
			for (EStructuralFeature feature : DeskJson.mappedFeatures(object.eClass())) {
				if (object.eIsSet(feature)) {
					set.add(object.eClass().getName() + "." + feature.getName());
				}
			}
		}
		for (EClassifier classifier : DeskPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				for (EStructuralFeature feature : DeskJson.mappedFeatures(eClass)) {
					assertTrue(set.contains(eClass.getName() + "." + feature.getName()),
							"SampleDesk leaves " + eClass.getName() + "." + feature.getName() + " unset");
				}
			}
		}
	}

	@Test
	void aDeskSurvivesTheRoundTripThroughJsonWithEveryFeatureAndReference() {
		Desk desk = SampleDesk.create();
		String json = DeskJson.toJson(desk, 12L);

		Read read = DeskJson.read(json);

		assertEquals(List.of(), read.problems());
		assertTrue(EcoreUtil.equals(desk, read.desk()), json);
		assertEquals(json, DeskJson.toJson(read.desk(), 12L));
		Pipeline support = read.desk().getPipelines().get(0);
		assertSame(read.desk().getProperties().get(1), support.getCardProperties().get(0), "references resolve to the desk's own objects");
		assertSame(read.desk().getProperties().get(0), support.getStatuses().get(0).getStatusProperties().get(0).getProperty());
		assertSame(support, support.getStatuses().get(0).getPipeline());
	}

	@Test
	void jsonAndXmiCarryTheSameDesk() {
		Desk desk = SampleDesk.create();
		Desk fromJson = DeskJson.read(DeskJson.toJson(desk, null)).desk();
		Desk fromXmi = DeskDocuments.fromXmi(DeskDocuments.toXmi(desk));
		assertTrue(EcoreUtil.equals(fromJson, fromXmi));
	}

	@Test
	void theDocumentHasTheDocumentedShape() throws Exception {
		JsonNode document = JSON.readTree(DeskJson.toJson(SampleDesk.create(), 12L));
		assertEquals("pipedesk-desk", document.path("format").asText());
		assertEquals(1, document.path("formatVersion").asInt());
		assertEquals(DeskPackage.eNS_URI, document.path("model").asText());
		assertEquals(12, document.path("configVersion").asLong());
		JsonNode desk = document.path("desk");
		assertEquals(8, desk.path("lastIssuedId").asLong());
		assertEquals("[\"3\",\"4\"]", desk.path("retiredIds").toString());
		JsonNode support = desk.path("pipelines").get(0);
		assertEquals("0", support.path("id").asText());
		assertEquals("Support", support.path("label").asText());
		assertEquals("2023-11-14T22:13:20Z", support.path("createdAt").asText());
		assertEquals("[\"hs_ticket_priority\",\"subject\"]", support.path("cardProperties").toString());
		assertTrue(support.path("pipeline").isMissingNode());
		JsonNode fresh = support.path("statuses").get(0);
		assertEquals("OPEN", fresh.path("ticketState").asText());
		assertTrue(fresh.path("pipeline").isMissingNode(), "the container is implied by nesting");
		assertEquals("{\"property\":\"subject\",\"required\":true}", fresh.path("statusProperties").get(0).toString());
		JsonNode priority = desk.path("properties").get(1);
		assertEquals("hs_ticket_priority", priority.path("name").asText());
		assertEquals("ENUMERATION", priority.path("type").asText());
		assertEquals("{\"value\":\"HIGH\",\"label\":\"High\",\"displayOrder\":1,\"hidden\":true}",
				priority.path("options").get(1).toString());
	}

	@Test
	void everyStructuralProblemIsListedWithItsPath() {
		String json = """
				{"format":"pipedesk-desk","desk":{
				  "properties":[{"name":"subject","label":"Subject","type":"TEXT","colour":"red"}],
				  "pipelines":[{"id":"0","label":42,"displayOrder":"first","createdAt":"yesterday",
				    "cardProperties":["subject","nope"],
				    "statuses":[{"id":"1","label":"New","ticketState":"HALF_OPEN"},
				                {"id":"2","label":"Done","ticketState":"CLOSED","statusProperties":[{"property":"gone"},{"required":true}]}]}]}}""";

		Read read = DeskJson.read(json);

		List<String> found = read.problems().stream().map(p -> p.path() + " " + p.rule()).toList();
		assertEquals(List.of(
				"desk.properties[0].colour json.unknown-field",
				"desk.pipelines[0].label json.type",
				"desk.pipelines[0].displayOrder json.type",
				"desk.pipelines[0].createdAt json.type",
				"desk.pipelines[0].statuses[0].ticketState json.type",
				"desk.pipelines[0].statuses[1].statusProperties[1].property json.required-field",
				"desk.pipelines[0].cardProperties[1] json.reference-resolves",
				"desk.pipelines[0].statuses[1].statusProperties[0].property json.reference-resolves"), found);
		assertTrue(read.problems().get(4).message().contains("OPEN, CLOSED"), read.problems().get(4).message());
		Pipeline pipeline = read.desk().getPipelines().get(0);
		assertEquals(1, pipeline.getCardProperties().size(), "what could be read is kept, so later checks see it");
		assertEquals(TicketState.CLOSED, pipeline.getStatuses().get(1).getTicketState());
	}

	@Test
	void somethingElseThanADeskDocumentIsRefused() {
		Read malformed = DeskJson.read("{\"desk\":");
		assertNull(malformed.desk());
		assertEquals(DeskJson.JSON_WELL_FORMED, malformed.problems().get(0).rule());

		Read array = DeskJson.read("[1,2]");
		assertNull(array.desk());
		assertEquals(DeskJson.JSON_FORMAT, array.problems().get(0).rule());

		Read other = DeskJson.read("{\"format\":\"something-else\",\"formatVersion\":2,\"desk\":{}}");
		assertEquals(List.of(new Problem("format", DeskJson.JSON_FORMAT,
				"'format' is 'something-else'; a desk document has format 'pipedesk-desk'"),
				new Problem("formatVersion", DeskJson.JSON_FORMAT,
						"'formatVersion' 2 is not supported; this Pipedesk reads version 1")),
				other.problems());
	}
}
