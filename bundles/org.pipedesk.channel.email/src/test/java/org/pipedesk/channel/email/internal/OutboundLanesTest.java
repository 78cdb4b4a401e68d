package org.pipedesk.channel.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How due mail is split over the sending lanes: one ticket's mail in one lane (in order), tickets spread out. */
class OutboundLanesTest {
	@Test
	void oneTicketsMailStaysInOneLaneAndTicketsSpreadOverAllLanes() {
		Set<Integer> lanesOfTicket = new HashSet<>();
		for (long mail = 1; mail <= 20; mail++) {
			lanesOfTicket.add(OutboundQueue.lane(new EmailStore.Due(mail * 7, 42L)));
		}
		assertEquals(1, lanesOfTicket.size(), "every mail of ticket 42 in the same lane");

		Set<Integer> lanesOfTickets = new HashSet<>();
		for (long ticket = 1; ticket <= OutboundQueue.LANES; ticket++) {
			lanesOfTickets.add(OutboundQueue.lane(new EmailStore.Due(1000, ticket)));
		}
		assertEquals(OutboundQueue.LANES, lanesOfTickets.size(), "consecutive tickets use every lane");

		Set<Integer> lanesWithoutTicket = new HashSet<>();
		for (long mail = 1; mail <= OutboundQueue.LANES; mail++) {
			lanesWithoutTicket.add(OutboundQueue.lane(new EmailStore.Due(mail, null)));
		}
		assertEquals(OutboundQueue.LANES, lanesWithoutTicket.size(), "mail without a ticket spreads by its id");
	}
}
