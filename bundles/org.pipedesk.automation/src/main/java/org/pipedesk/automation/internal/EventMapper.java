package org.pipedesk.automation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.pipedesk.automation.api.AutomationEvent;
import org.pipedesk.automation.api.AutomationEvent.Kind;
import org.pipedesk.core.api.DomainEvent;
import org.pipedesk.core.api.Ticket;

/** Core's domain events as the events triggers see: one ticket change may be several events. */
final class EventMapper {
	static final String OWNER_PROPERTY = "hubspot_owner_id";

	private EventMapper() {
	}

	static List<AutomationEvent> map(DomainEvent event) {
		List<AutomationEvent> events = new ArrayList<>();
		switch (event) {
		case DomainEvent.TicketCreated created -> {
			Ticket t = created.ticket();
			events.add(new AutomationEvent(Kind.TICKET_CREATED, t, t.statusId(), null, null, null, source(t),
					created.occurredAt()));
			events.add(new AutomationEvent(Kind.ENTERED_STATUS, t, t.statusId(), null, null, null, source(t),
					created.occurredAt()));
		}
		case DomainEvent.TicketUpdated updated -> {
			Ticket before = updated.before();
			Ticket after = updated.after();
			if (!before.statusId().equals(after.statusId())) {
				events.add(new AutomationEvent(Kind.LEFT_STATUS, after, before.statusId(), null, null, null,
						source(after), updated.occurredAt()));
				events.add(new AutomationEvent(Kind.ENTERED_STATUS, after, after.statusId(), null, null, null,
						source(after), updated.occurredAt()));
			}
			Set<String> names = new HashSet<>(before.properties().keySet());
			names.addAll(after.properties().keySet());
			names.stream().sorted().forEach(name -> {
				String old = before.properties().get(name);
				String now = after.properties().get(name);
				if (!Objects.equals(old, now)) {
					events.add(new AutomationEvent(
							OWNER_PROPERTY.equals(name) ? Kind.OWNER_CHANGED : Kind.PROPERTY_CHANGED, after, null,
							name, old, now, source(after), updated.occurredAt()));
				}
			});
		}
		case DomainEvent.EmailSentToCustomer sent -> events.add(new AutomationEvent(Kind.EMAIL_SENT_TO_CUSTOMER,
				sent.ticket(), sent.ticket().statusId(), null, null, null, source(sent.ticket()), sent.occurredAt()));
		case DomainEvent.CustomerReplied replied -> events.add(new AutomationEvent(Kind.CUSTOMER_REPLIED,
				replied.ticket(), replied.ticket().statusId(), null, null, null, source(replied.ticket()),
				replied.occurredAt()));
		case DomainEvent.TicketDeleted deleted -> {
			// nothing to automate on a deleted ticket
		}
		case DomainEvent.TicketsMoved moved -> {
			// bulk moves of a deleted status's tickets are housekeeping, not a ticket reaching a status
		}
		}
		return events;
	}

	private static String source(Ticket ticket) {
		return ticket.properties().get(Rules.SOURCE_PROPERTY);
	}
}
