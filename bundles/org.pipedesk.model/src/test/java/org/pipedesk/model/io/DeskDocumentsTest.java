package org.pipedesk.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Date;

import org.junit.jupiter.api.Test;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.PropertyType;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.desk.StatusProperty;
import org.pipedesk.model.desk.TicketState;

class DeskDocumentsTest {
	@Test
	void aDeskSurvivesTheRoundTripThroughXmiWithItsReferences() {
		DeskFactory f = DeskFactory.eINSTANCE;
		Desk desk = f.createDesk();
		PropertyDefinition priority = f.createPropertyDefinition();
		priority.setName("hs_ticket_priority");
		priority.setLabel("Priority");
		priority.setType(PropertyType.ENUMERATION);
		desk.getProperties().add(priority);
		Pipeline pipeline = f.createPipeline();
		pipeline.setId("0");
		pipeline.setLabel("Support – ünïcode");
		pipeline.setCreatedAt(new Date(1_700_000_000_123L));
		pipeline.getCardProperties().add(priority);
		Status status = f.createStatus();
		status.setId("1");
		status.setLabel("New");
		status.setTicketState(TicketState.CLOSED);
		StatusProperty asked = f.createStatusProperty();
		asked.setProperty(priority);
		asked.setRequired(true);
		status.getStatusProperties().add(asked);
		pipeline.getStatuses().add(status);
		desk.getPipelines().add(pipeline);
		desk.setLastIssuedId(7);
		desk.getRetiredIds().add("5");

		Desk read = DeskDocuments.fromXmi(DeskDocuments.toXmi(desk));

		Pipeline readPipeline = read.getPipelines().get(0);
		assertEquals("Support – ünïcode", readPipeline.getLabel());
		assertEquals(1_700_000_000_123L, readPipeline.getCreatedAt().getTime());
		assertSame(read.getProperties().get(0), readPipeline.getCardProperties().get(0));
		Status readStatus = readPipeline.getStatuses().get(0);
		assertEquals(TicketState.CLOSED, readStatus.getTicketState());
		assertSame(read.getProperties().get(0), readStatus.getStatusProperties().get(0).getProperty());
		assertEquals(true, readStatus.getStatusProperties().get(0).isRequired());
		assertSame(readPipeline, readStatus.getPipeline());
		assertEquals(7, read.getLastIssuedId());
		assertEquals("5", read.getRetiredIds().get(0));
	}

	@Test
	void somethingElseIsRefusedAsADeskDocument() {
		assertThrows(IllegalArgumentException.class, () -> DeskDocuments.fromXmi("<not-xmi/>"));
	}
}
