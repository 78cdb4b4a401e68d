package org.pipedesk.channel.form.internal;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.form.internal.FormDefinition.Field;
import org.pipedesk.channel.web.RateLimit;
import org.pipedesk.core.api.ForbiddenException;
import org.pipedesk.core.api.UserService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.spi.DeskStore;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pipedesk.store.jdbc.sql.Jdbc;

/**
 * Admin API of the web forms (super admins, as for the email channels: a form decides what the public may write
 * into tickets): create, list, read, change (with the version read; 409 when stale), disable ({@code enabled:
 * false}; forms are not deleted, their submissions refer to them), and the submissions received.
 */
@Component(service = FormAdminResource.class, property = { "osgi.jakartars.resource=true",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.json)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.auth)" })
@Path("/pipedesk/v1/channels/forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FormAdminResource {
	static final int DEFAULT_MAX_BYTES = 64 * 1024;
	static final RateLimit DEFAULT_RATE_LIMIT = new RateLimit(10, 60);

	private final Forms forms;
	private final DeskStore store;
	private final UserService users;

	@Activate
	public FormAdminResource(@Reference Forms forms, @Reference DeskStore store, @Reference UserService users) {
		this.forms = forms;
		this.store = store;
		this.users = users;
	}

	private void admin() {
		if (!users.me().superAdmin()) {
			throw new ForbiddenException("Authorization", "access.super-admin", "Only super admins manage forms");
		}
	}

	/** A field as sent: {@code required} and {@code label} may be left out. */
	public record FieldInput(String name, String property, Boolean required, String label) {
		Field field() {
			return new Field(name, property, Boolean.TRUE.equals(required), label);
		}
	}

	/** Input: every field optional on PATCH ({@code fields} replaces the whole list). */
	public record FormInput(String name, String pipelineId, String statusId, Boolean enabled, List<FieldInput> fields,
			Integer maxBytes, RateLimit rateLimit, List<String> allowedOrigins, String honeypotField,
			String thankYouMessage, Long version) {
	}

	public record FormOut(String id, String name, String pipelineId, String statusId, boolean enabled,
			List<Field> fields, int maxBytes, RateLimit rateLimit, List<String> allowedOrigins, String honeypotField,
			String thankYouMessage, String submitPath, long version, Instant createdAt, Instant updatedAt) {
	}

	public record Results<T>(List<T> results) {
	}

	@GET
	public Results<FormOut> list() {
		admin();
		return new Results<>(forms.list().stream().map(FormAdminResource::json).toList());
	}

	@POST
	public Response create(FormInput input) {
		admin();
		if (input == null) {
			throw new ValidationException("body", "body.required", "A form is required");
		}
		return Response.status(201).entity(json(forms.create(merge(null, input)))).build();
	}

	@GET
	@Path("{formId}")
	public FormOut get(@PathParam("formId") String formId) {
		admin();
		return json(forms.get(formId));
	}

	@PATCH
	@Path("{formId}")
	public FormOut update(@PathParam("formId") String formId, FormInput input) {
		admin();
		if (input == null) {
			throw new ValidationException("body", "body.required", "A change is required");
		}
		return json(forms.update(merge(forms.get(formId), input)));
	}

	public record SubmissionOut(String id, String formId, String ticketId, String sourceAddress, boolean spam,
			Instant submittedAt) {
	}

	public record Next(String after) {
	}

	public record Paging(Next next) {
	}

	public record SubmissionPage(List<SubmissionOut> results, Paging paging) {
	}

	/** Submissions newest first; {@code after} is the previous page's cursor. */
	@GET
	@Path("{formId}/submissions")
	public SubmissionPage submissions(@PathParam("formId") String formId, @QueryParam("after") String after,
			@QueryParam("limit") @DefaultValue("50") int limit) {
		admin();
		String id = forms.get(formId).id();
		if (limit < 1 || limit > 100) {
			throw new ValidationException("limit", "paging.limit-range", "limit must be 1 to 100");
		}
		long before;
		try {
			before = after == null ? Long.MAX_VALUE : Long.parseLong(after);
		} catch (NumberFormatException e) {
			throw new ValidationException("after", "paging.cursor-valid", "after is the cursor of a previous page");
		}
		List<FormStore.Submission> rows = store
				.inTransaction(tx -> FormStore.submissions(Jdbc.connection(tx), id, before, limit + 1));
		List<FormStore.Submission> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
		Paging paging = rows.size() > limit ? new Paging(new Next(Long.toString(shown.get(limit - 1).id()))) : null;
		return new SubmissionPage(shown.stream()
				.map(s -> new SubmissionOut(Long.toString(s.id()), s.formId(),
						s.ticketId() == null ? null : Long.toString(s.ticketId()), s.sourceAddress(), s.spam(),
						s.submittedAt()))
				.toList(), paging);
	}

	static FormOut json(FormDefinition f) {
		return new FormOut(f.id(), f.name(), f.pipelineId(), f.statusId(), f.enabled(), f.fields(), f.maxBytes(),
				f.rateLimit(), f.allowedOrigins(), f.honeypotField(), f.thankYouMessage(),
				FormSubmitResource.PATH.replace("{formId}", f.id()), f.version(), f.createdAt(), f.updatedAt());
	}

	/** The input's fields over {@code current}'s (defaults when creating). */
	private static FormDefinition merge(FormDefinition current, FormInput in) {
		return new FormDefinition(current == null ? null : current.id(),
				in.name() != null ? in.name() : current == null ? null : current.name(),
				in.pipelineId() != null ? in.pipelineId() : current == null ? null : current.pipelineId(),
				in.statusId() != null ? in.statusId() : current == null ? null : current.statusId(),
				in.enabled() != null ? in.enabled() : current == null || current.enabled(),
				in.fields() != null ? in.fields().stream().map(f -> f == null ? null : f.field()).toList()
						: current == null ? null : current.fields(),
				in.maxBytes() != null ? in.maxBytes() : current == null ? DEFAULT_MAX_BYTES : current.maxBytes(),
				in.rateLimit() != null ? in.rateLimit() : current == null ? DEFAULT_RATE_LIMIT : current.rateLimit(),
				in.allowedOrigins() != null ? in.allowedOrigins() : current == null ? List.of() : current.allowedOrigins(),
				in.honeypotField() != null ? in.honeypotField() : current == null ? null : current.honeypotField(),
				in.thankYouMessage() != null ? in.thankYouMessage() : current == null ? null : current.thankYouMessage(),
				in.version() != null ? in.version() : current == null ? 0 : current.version(),
				current == null ? null : current.createdAt(), current == null ? null : current.updatedAt());
	}
}
