package org.pipedesk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pipedesk.core.api.TicketSearch;
import org.pipedesk.core.api.TicketSearch.Filter;
import org.pipedesk.core.api.TicketSearch.FilterGroup;
import org.pipedesk.core.internal.ValueCounts.CountedTotal;
import org.pipedesk.core.spi.TicketVisibility;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.PropertyType;
import org.pipedesk.model.desk.Status;

/**
 * Which properties are counted, and which searches take their total from the counts: only those where the counts
 * give exactly what counting the matches would.
 */
class ValueCountsTest {
	private final Desk desk = desk();

	/** The seeded desk plus a second pipeline "p2" with status "s2", and a number property. */
	private static Desk desk() {
		Desk desk = SeedDesk.create(Instant.parse("2025-01-01T00:00:00Z"));
		Pipeline second = DeskFactory.eINSTANCE.createPipeline();
		second.setId("p2");
		Status status = DeskFactory.eINSTANCE.createStatus();
		status.setId("s2");
		second.getStatuses().add(status);
		desk.getPipelines().add(second);
		PropertyDefinition tier = DeskFactory.eINSTANCE.createPropertyDefinition();
		tier.setName("tier");
		tier.setType(PropertyType.BOOLEAN);
		tier.setArchived(true);
		desk.getProperties().add(tier);
		return desk;
	}

	private static Filter eq(String property, String value) {
		return new Filter(property, "EQ", value, null, null);
	}

	@SafeVarargs
	private CountedTotal counted(TicketVisibility visibility, String query, List<Filter>... groups) {
		List<FilterGroup> filterGroups = new ArrayList<>();
		for (List<Filter> group : groups) {
			filterGroups.add(new FilterGroup(group));
		}
		return ValueCounts.countedTotal(desk,
				TicketSearchPlanner.plan(desk, new TicketSearch(filterGroups, List.of(), query, 10, null)), visibility);
	}

	@SafeVarargs
	private CountedTotal counted(List<Filter>... groups) {
		return counted(TicketVisibility.ALL, null, groups);
	}

	@Test
	void enumerationsBooleansOwnersAndTeamsAreCountedArchivedOrNotNeverTextNumbersOrDates() {
		Set<String> counted = ValueCounts.countedProperties(desk);
		assertTrue(counted.containsAll(
				Set.of("hs_ticket_priority", "hs_ticket_category", "hubspot_owner_id", "hubspot_team_id", "tier")), counted.toString());
		assertTrue(java.util.Collections.disjoint(counted, Set.of("subject", "content", "createdate", "time_to_close")),
				counted.toString());
		for (PropertyDefinition property : desk.getProperties()) {
			assertEquals(ValueCounts.COUNTED_TYPES.contains(property.getType()), counted.contains(property.getName()),
					property.getName());
		}
	}

	@Test
	void oneEqualityOnACountedPropertyWithStatusOrPipelineIsCounted() {
		assertEquals(new CountedTotal("hs_ticket_priority", "HIGH", Set.of("1")),
				counted(List.of(eq("hs_pipeline_stage", "1"), eq("hs_ticket_priority", "HIGH"))));
		assertEquals(new CountedTotal("hs_ticket_priority", "HIGH", null), counted(List.of(eq("hs_ticket_priority", "HIGH"))));
		assertEquals(new CountedTotal("hubspot_owner_id", "7", Set.of("s2")),
				counted(List.of(eq("hs_pipeline", "p2"), eq("hubspot_owner_id", "7"))));
		assertEquals(new CountedTotal("tier", "true", Set.of("s2")),
				counted(List.of(eq("tier", "true"), eq("hs_pipeline", "p2"), eq("hs_pipeline_stage", "s2"))));
		assertEquals(new CountedTotal("tier", "true", Set.of()),
				counted(List.of(eq("tier", "true"), eq("hs_pipeline", "p2"), eq("hs_pipeline_stage", "1"))),
				"a status of another pipeline: no ticket can match");
		assertEquals(new CountedTotal("hs_ticket_priority", "LOW", Set.of("nowhere")),
				counted(List.of(eq("hs_pipeline_stage", "nowhere"), eq("hs_ticket_priority", "LOW"))),
				"a status the desk does not know is counted as it is stored");
	}

	@Test
	void everyOtherShapeIsLeftToCounting() {
		assertNull(counted(List.of(eq("hs_pipeline_stage", "1"))), "no counted property");
		assertNull(counted(List.of(eq("subject", "printer"))), "free text");
		assertNull(counted(List.of(eq("time_to_close", "5"))), "a number");
		assertNull(counted(List.of(eq("hs_ticket_priority", "HIGH"), eq("hs_ticket_category", "BILLING"))),
				"two counted properties: the counts are per property");
		assertNull(counted(List.of(eq("hs_ticket_priority", "HIGH"), eq("hs_ticket_priority", "HIGH"))));
		assertNull(counted(List.of(new Filter("hs_ticket_priority", "NEQ", "HIGH", null, null))));
		assertNull(counted(List.of(new Filter("hs_ticket_priority", "IN", null, null, List.of("HIGH")))));
		assertNull(counted(List.of(new Filter("hs_ticket_priority", "HAS_PROPERTY", null, null, null))));
		assertNull(counted(List.of(new Filter("hs_ticket_priority", "CONTAINS_TOKEN", "HI", null, null))));
		assertNull(counted(List.of(new Filter("hs_pipeline_stage", "IN", null, null, List.of("1", "2")),
				eq("hs_ticket_priority", "HIGH"))));
		assertNull(counted(List.of(eq("hs_pipeline_stage", "1"), eq("hs_pipeline_stage", "2"),
				eq("hs_ticket_priority", "HIGH"))));
		assertNull(counted(List.of(eq("hs_object_id", "5"), eq("hs_ticket_priority", "HIGH"))));
		assertNull(counted(List.of(eq("hs_pipeline", "gone"), eq("hs_ticket_priority", "HIGH"))), "not the desk's pipeline");
		assertNull(counted(List.of(eq("hs_ticket_priority", "HIGH")), List.of(eq("hs_ticket_priority", "LOW"))),
				"two filter groups");
		assertNull(counted(TicketVisibility.ALL, "printer", List.of(eq("hs_ticket_priority", "HIGH"))), "a text query");
		assertNull(counted(), "no filter");
	}

	@Test
	void aCallerLimitedToOwnersNeverGetsTheCountsAndOneLimitedToPipelinesGetsTheirStatusesOnly() {
		assertNull(counted(new TicketVisibility(null, Set.of("7"), true), null, List.of(eq("hs_ticket_priority", "HIGH"))));
		assertNull(counted(new TicketVisibility(null, Set.of(), true), null, List.of(eq("hs_ticket_priority", "HIGH"))),
				"unassigned tickets only");
		TicketVisibility secondOnly = new TicketVisibility(Set.of("p2"), null, true);
		assertEquals(new CountedTotal("hs_ticket_priority", "HIGH", Set.of("s2")),
				counted(secondOnly, null, List.of(eq("hs_ticket_priority", "HIGH"))));
		assertEquals(new CountedTotal("hs_ticket_priority", "HIGH", Set.of()),
				counted(secondOnly, null, List.of(eq("hs_pipeline_stage", "1"), eq("hs_ticket_priority", "HIGH"))));
		assertEquals(new CountedTotal("hs_ticket_priority", "HIGH", Set.of()),
				counted(new TicketVisibility(Set.of(), null, true), null, List.of(eq("hs_ticket_priority", "HIGH"))));
	}
}
