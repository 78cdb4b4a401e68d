package org.pipedesk.channel.form.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.form.internal.FormDefinition.Field;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.store.jdbc.sql.Jdbc;

/**
 * Turns a submission into a ticket: fields checked against the form (unknown fields and every missing required one
 * in one 400), mapped to properties, the ticket created through core's TicketService with {@code source_type=FORM}
 * (so every ticket rule applies: values fit their properties, the status's required properties) and the submission
 * recorded, in ONE store transaction: a refused submission leaves neither ticket nor record. Callers run it as
 * {@code Caller.system("form")}.
 */
@Component(service = FormSubmissions.class)
public class FormSubmissions {
	static final String SOURCE = "FORM";
	static final int MAX_VALUE_CHARS = 1_000_000;

	private final DeskStore store;
	private final TicketService tickets;
	private final Clock clock = Clock.systemUTC();

	@Activate
	public FormSubmissions(@Reference DeskStore store, @Reference TicketService tickets) {
		this.store = store;
		this.tickets = tickets;
	}

	/** What became of a submission: the ticket created, or none (spam caught by the honeypot). */
	public record Outcome(long submissionId, Long ticketId, boolean spam) {
	}

	public Outcome submit(FormDefinition form, Map<String, List<String>> submitted, String source) {
		Instant now = clock.instant();
		if (form.honeypotField() != null
				&& submitted.getOrDefault(form.honeypotField(), List.of()).stream().anyMatch(v -> !v.isBlank())) {
			// a bot filled the field people never see: answered as a success, recorded, no ticket
			long id = store.inTransaction(tx -> FormStore.insertSubmission(Jdbc.connection(tx), form.id(), null,
					source, true, now));
			return new Outcome(id, null, true);
		}
		Map<String, String> properties = properties(form, submitted);
		try {
			return store.inTransaction(tx -> {
				Ticket ticket = tickets.create(form.pipelineId(), form.statusId(), properties);
				long id = FormStore.insertSubmission(Jdbc.connection(tx), form.id(), ticket.id(), source, false, now);
				return new Outcome(id, ticket.id(), false);
			});
		} catch (ValidationException e) {
			throw inFieldNames(form, e);
		}
	}

	/** The ticket's properties; every unknown field and every missing required field in one 400. */
	static Map<String, String> properties(FormDefinition form, Map<String, List<String>> submitted) {
		List<Violation> problems = new ArrayList<>();
		Map<String, Field> byName = new HashMap<>();
		form.fields().forEach(f -> byName.put(f.name(), f));
		for (String name : submitted.keySet()) {
			if (!byName.containsKey(name) && !name.equals(form.honeypotField())) {
				problems.add(new Violation(name, "form.field-known", "Field " + name + " is not in the form"));
			}
		}
		Map<String, String> properties = new LinkedHashMap<>();
		for (Field field : form.fields()) {
			List<String> values = submitted.getOrDefault(field.name(), List.of()).stream().filter(v -> !v.isBlank())
					.toList();
			if (values.isEmpty()) {
				if (field.required()) {
					problems.add(new Violation(field.name(), "form.field-required", "Field " + field.name() + " is required"));
				}
				continue;
			}
			String value = String.join(";", values); // several values: HubSpot's multi-select form
			if (value.length() > MAX_VALUE_CHARS) {
				problems.add(new Violation(field.name(), "form.value-size",
						"Field " + field.name() + " is longer than " + MAX_VALUE_CHARS + " characters"));
			}
			properties.put(field.property(), value);
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		properties.put(Forms.SOURCE_PROPERTY, SOURCE);
		return properties;
	}

	/** Core names properties; the submitter knows the form's field names, so the errors say those. */
	static ValidationException inFieldNames(FormDefinition form, ValidationException e) {
		Map<String, String> fieldOf = new HashMap<>();
		form.fields().forEach(f -> fieldOf.put(f.property(), f.name()));
		return new ValidationException(e.violations().stream()
				.map(v -> new Violation(fieldOf.getOrDefault(v.field(), v.field()), v.rule(), v.message())).toList());
	}
}
