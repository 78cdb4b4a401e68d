package org.pipedesk.channel.form.internal;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.form.internal.FormDefinition.Field;
import org.pipedesk.channel.web.Cors;
import org.pipedesk.channel.web.RateLimit;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PipedeskException;
import org.pipedesk.core.api.PropertyInfo;
import org.pipedesk.core.api.PropertyService;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.StatusPropertyInfo;
import org.pipedesk.core.api.StatusService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.store.jdbc.sql.Jdbc;

/**
 * The form definitions: one place for their rules (checked on create and on every change against the live
 * properties and statuses, every problem reported at once), stored in {@code form_definition}/{@code form_field}
 * with optimistic versions.
 */
@Component(service = Forms.class)
public class Forms {
	static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");
	static final int MAX_FIELDS = 100;
	static final int MIN_BYTES = 1024;
	static final int MAX_BYTES = 1 << 20;
	/** Set by the channel on every ticket it creates, so never a field. */
	static final String SOURCE_PROPERTY = "source_type";

	private final DeskStore store;
	private final PropertyService properties;
	private final StatusService statuses;
	private final Clock clock = Clock.systemUTC();

	@Activate
	public Forms(@Reference DeskStore store, @Reference PropertyService properties, @Reference StatusService statuses) {
		this.store = store;
		this.properties = properties;
		this.statuses = statuses;
	}

	public List<FormDefinition> list() {
		return store.inTransaction(tx -> FormStore.forms(Jdbc.connection(tx)));
	}

	public FormDefinition get(String id) {
		return store.inTransaction(tx -> FormStore.form(Jdbc.connection(tx), id))
				.orElseThrow(() -> notFound(id));
	}

	static NotFoundException notFound(String id) {
		return new NotFoundException("formId", id, "No form " + id);
	}

	public FormDefinition create(FormDefinition form) {
		FormDefinition checked = check(withId(form, UUID.randomUUID().toString()));
		return store.inTransaction(tx -> {
			Connection c = Jdbc.connection(tx);
			FormStore.insert(c, checked, clock.instant());
			return FormStore.form(c, checked.id()).orElseThrow();
		});
	}

	/** Replaces the form's settings; {@code form.version()} must be the current version (else 409). */
	public FormDefinition update(FormDefinition form) {
		FormDefinition checked = check(form);
		return store.inTransaction(tx -> {
			Connection c = Jdbc.connection(tx);
			FormStore.form(c, form.id()).orElseThrow(() -> notFound(form.id()));
			if (!FormStore.update(c, checked, clock.instant())) {
				throw new ConflictException("version", "version.current",
						"Form " + form.id() + " was changed by someone else; read it again");
			}
			return FormStore.form(c, form.id()).orElseThrow();
		});
	}

	private static FormDefinition withId(FormDefinition f, String id) {
		return new FormDefinition(id, f.name(), f.pipelineId(), f.statusId(), f.enabled(), f.fields(), f.maxBytes(),
				f.rateLimit(), f.allowedOrigins(), f.honeypotField(), f.thankYouMessage(), f.version(), null, null);
	}

	/** The form normalized, or every problem in one {@link ValidationException}. */
	private FormDefinition check(FormDefinition f) {
		List<Violation> problems = new ArrayList<>();
		String name = f.name() == null ? null : f.name().strip();
		if (name == null || name.isEmpty() || name.length() > 200) {
			problems.add(new Violation("name", "form.name-required", "A form needs a name (at most 200 characters)"));
		}
		StatusInfo status = target(f, problems);
		checkFields(f.fields(), status, problems);
		if (f.maxBytes() < MIN_BYTES || f.maxBytes() > MAX_BYTES) {
			problems.add(new Violation("maxBytes", "form.max-bytes-range",
					"maxBytes must be " + MIN_BYTES + " to " + MAX_BYTES));
		}
		RateLimit.check(f.rateLimit(), "rateLimit", problems);
		List<String> origins = Cors.normalize(f.allowedOrigins(), "allowedOrigins", problems);
		String honeypot = f.honeypotField() == null || f.honeypotField().isBlank() ? null : f.honeypotField().strip();
		if (honeypot != null && (!FIELD_NAME.matcher(honeypot).matches()
				|| (f.fields() != null && f.fields().stream().anyMatch(x -> honeypot.equals(x.name()))))) {
			problems.add(new Violation("honeypotField", "form.honeypot-valid",
					"honeypotField must be a field name (letters, digits, _ . -) that is not one of the form's fields"));
		}
		String thanks = f.thankYouMessage() == null || f.thankYouMessage().isBlank() ? "Thanks for submitting the form."
				: f.thankYouMessage().strip();
		if (thanks.length() > 2000) {
			problems.add(new Violation("thankYouMessage", "form.thank-you-size", "thankYouMessage is at most 2000 characters"));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return new FormDefinition(f.id(), name, f.pipelineId(), f.statusId(), f.enabled(), List.copyOf(f.fields()),
				f.maxBytes(), f.rateLimit(), origins, honeypot, thanks, f.version(), f.createdAt(), f.updatedAt());
	}

	private StatusInfo target(FormDefinition f, List<Violation> problems) {
		if (f.pipelineId() == null || f.statusId() == null) {
			problems.add(new Violation("pipelineId", "form.target-required",
					"pipelineId and statusId name where new tickets go"));
			return null;
		}
		try {
			return statuses.get(f.pipelineId(), f.statusId());
		} catch (PipedeskException e) {
			problems.add(new Violation("statusId", "form.target-exists",
					"No status " + f.statusId() + " in pipeline " + f.pipelineId()));
			return null;
		}
	}

	/** Fields name live, writable properties, each once; the target status's required properties are required fields. */
	private void checkFields(List<Field> fields, StatusInfo status, List<Violation> problems) {
		if (fields == null || fields.isEmpty() || fields.size() > MAX_FIELDS) {
			problems.add(new Violation("fields", "form.fields-count", "A form has 1 to " + MAX_FIELDS + " fields"));
			return;
		}
		Set<String> names = new HashSet<>();
		Set<String> mapped = new HashSet<>();
		Set<String> requiredMapped = new HashSet<>();
		for (int i = 0; i < fields.size(); i++) {
			Field field = fields.get(i);
			String at = "fields[" + i + "]";
			if (field == null || field.name() == null || !FIELD_NAME.matcher(field.name()).matches()) {
				problems.add(new Violation(at + ".name", "form.field-name-valid",
						"A field name starts with a letter and has up to 100 letters, digits, _ . or -"));
				continue;
			}
			if (!names.add(field.name())) {
				problems.add(new Violation(at + ".name", "form.field-name-unique", "Field " + field.name() + " is repeated"));
			}
			String problem = propertyProblem(field.property());
			if (problem != null) {
				problems.add(new Violation(at + ".property", "form.property-writable", "Field " + field.name() + ": " + problem));
			} else if (!mapped.add(field.property())) {
				problems.add(new Violation(at + ".property", "form.property-unique",
						"Property " + field.property() + " is filled by two fields"));
			} else if (field.required()) {
				requiredMapped.add(field.property());
			}
			if (field.label() != null && field.label().length() > 255) {
				problems.add(new Violation(at + ".label", "form.field-label-size", "A label is at most 255 characters"));
			}
		}
		if (status != null) {
			for (StatusPropertyInfo asked : status.statusProperties()) {
				if (asked.required() && !requiredMapped.contains(asked.propertyName())) {
					problems.add(new Violation("fields", "form.status-required-property",
							"Status " + status.id() + " requires property " + asked.propertyName()
									+ ": a required field must fill it"));
				}
			}
		}
	}

	/** Why a submission may not write the property, or null when it may (live, not archived, read-only nor calculated). */
	String propertyProblem(String name) {
		if (name == null || name.isBlank()) {
			return "a property is required";
		}
		if (SOURCE_PROPERTY.equals(name)) {
			return "property " + name + " is set by the channel (FORM)";
		}
		PropertyInfo property;
		try {
			property = properties.get(name);
		} catch (NotFoundException e) {
			return "property " + name + " does not exist";
		}
		if (property.archived()) {
			return "property " + name + " is archived";
		}
		if (property.readOnly() || property.calculated()) {
			return "property " + name + " is " + (property.calculated() ? "calculated" : "read-only");
		}
		return null;
	}
}
