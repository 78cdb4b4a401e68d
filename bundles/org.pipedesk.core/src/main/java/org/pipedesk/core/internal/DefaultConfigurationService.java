package org.pipedesk.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.AuditEntry;
import org.pipedesk.core.api.AuditPage;
import org.pipedesk.core.api.ConfigurationChangeResult;
import org.pipedesk.core.api.ConfigurationDiff;
import org.pipedesk.core.api.ConfigurationService;
import org.pipedesk.core.api.ConfigurationVersion;
import org.pipedesk.core.api.ConfigurationVersionPage;
import org.pipedesk.core.api.DocumentFormat;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.internal.DeskConfiguration.Snapshot;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.core.spi.StoredConfiguration;
import org.pipedesk.model.compare.DeskDiff;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.io.DeskDocuments;
import org.pipedesk.model.io.DeskJson;

@Component(service = ConfigurationService.class)
public class DefaultConfigurationService implements ConfigurationService {
	static final int MAX_AUTHOR_LENGTH = 200;

	private final DeskStore store;
	private final DeskConfiguration configuration;
	private final EditionLimits limits;

	@Activate
	public DefaultConfigurationService(@Reference DeskStore store, @Reference DeskConfiguration configuration,
			@Reference EditionLimits limits) {
		this.store = store;
		this.configuration = configuration;
		this.limits = limits;
	}

	@Override
	public Desk desk() {
		return configuration.read();
	}

	@Override
	public <T> T change(String author, String summary, java.util.function.Function<Desk, T> mutation) {
		return store.inTransaction(tx -> configuration.change(tx, author(author), summary, mutation));
	}

	@Override
	public ConfigurationVersionPage versions(String after, int limit) {
		requireSuperAdmin();
		checkLimit(limit);
		long before = after == null || after.isBlank() ? Long.MAX_VALUE : cursor(after).version();
		List<ConfigurationVersion> found = store
				.inTransaction(tx -> tx.configurationHistory().versions(before, limit + 1));
		if (found.size() <= limit) {
			return new ConfigurationVersionPage(found, null);
		}
		List<ConfigurationVersion> page = found.subList(0, limit);
		return new ConfigurationVersionPage(List.copyOf(page), Long.toString(page.get(limit - 1).version()));
	}

	@Override
	public ConfigurationVersion version(long version) {
		requireSuperAdmin();
		return store.inTransaction(tx -> tx.configurationHistory().version(version))
				.orElseThrow(() -> versionNotFound(version));
	}

	@Override
	public String export(DocumentFormat format) {
		requireSuperAdmin();
		StoredConfiguration head = store.inTransaction(tx -> tx.headConfiguration())
				.orElseThrow(() -> new IllegalStateException("The desk configuration is missing"));
		return document(head, format);
	}

	@Override
	public String document(long version, DocumentFormat format) {
		requireSuperAdmin();
		return document(stored(version), format);
	}

	private static String document(StoredConfiguration stored, DocumentFormat format) {
		return format == DocumentFormat.XMI ? stored.document()
				: DeskJson.toJson(DeskDocuments.fromXmi(stored.document()), stored.version());
	}

	@Override
	public ConfigurationDiff diff(long from, long to) {
		requireSuperAdmin();
		return store.inTransaction(tx -> {
			Desk before = DeskDocuments.fromXmi(stored(tx, from).document());
			Desk after = DeskDocuments.fromXmi(stored(tx, to).document());
			return ModelDiffs.of(from, to, DeskDiff.compare(before, after));
		});
	}

	@Override
	public ConfigurationChangeResult importDocument(String document, DocumentFormat format, boolean dryRun,
			String author) {
		List<Violation> problems = new ArrayList<>();
		Desk incoming = parse(document, format, problems);
		if (incoming == null) {
			throw new ValidationException(problems);
		}
		return store.inTransaction(tx -> apply(tx, incoming, problems, dryRun, author,
				"Imported the desk configuration (" + format.name().toLowerCase(Locale.ROOT) + ")"));
	}

	@Override
	public ConfigurationChangeResult rollback(long version, boolean dryRun, String author) {
		return store.inTransaction(tx -> {
			Desk old = DeskDocuments.fromXmi(stored(tx, version).document());
			return apply(tx, old, new ArrayList<>(), dryRun, author, "Rolled back to version " + version);
		});
	}

	/**
	 * Validates a whole incoming desk against every rule at once (its structure, the model, the store's tickets,
	 * the limits) and, unless it is a dry run or changes nothing, stores it as one new version.
	 */
	private ConfigurationChangeResult apply(StoreTransaction tx, Desk incoming, List<Violation> problems,
			boolean dryRun, String author, String summary) {
		Snapshot current = configuration.snapshot(tx);
		Desk candidate = IncomingDesk.prepare(current.desk(), incoming, configuration.now());
		boolean malformed = !problems.isEmpty();
		for (Violation violation : IncomingDesk.modelViolations(candidate)) {
			// EMF's own structural constraints only repeat, less clearly, what reading the document reported.
			if (!(malformed && IncomingDesk.MODEL_STRUCTURE.equals(violation.rule()))) {
				problems.add(violation);
			}
		}
		problems.addAll(ConfigurationRules.check(tx, current.desk(), candidate, limits.maxPipelines()));
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		DeskDiff.Result diff = DeskDiff.compare(current.desk(), candidate);
		if (dryRun || diff.isEmpty()) {
			return new ConfigurationChangeResult(dryRun, !diff.isEmpty(), current.version(), null,
					ModelDiffs.of(current.version(), null, diff));
		}
		ConfigurationDiff changes = ModelDiffs.of(current.version(), current.version() + 1, diff);
		configuration.change(tx, author(author), summary + ": " + ModelDiffs.inWords(changes), desk -> {
			IncomingDesk.replaceContent(desk, candidate);
			return null;
		});
		ConfigurationVersion stored = tx.configurationHistory().version(current.version() + 1).orElseThrow();
		return new ConfigurationChangeResult(false, true, current.version(), stored, changes);
	}

	private static Desk parse(String document, DocumentFormat format, List<Violation> problems) {
		if (document == null || document.isBlank()) {
			problems.add(new Violation("body", "body.required", "The desk configuration document is missing"));
			return null;
		}
		if (format == DocumentFormat.XMI) {
			try {
				return DeskDocuments.fromXmi(document);
			} catch (IllegalArgumentException e) {
				problems.add(new Violation("body", "xmi.well-formed", e.getMessage()));
				return null;
			}
		}
		DeskJson.Read read = DeskJson.read(document);
		read.problems().forEach(p -> problems.add(new Violation(p.path(), p.rule(), p.message())));
		return read.desk();
	}

	/** The entry point's note on who asks ("cli", a name), recorded beside the caller; null when none. */
	static String author(String author) {
		if (author == null || author.isBlank()) {
			return null;
		}
		String stripped = author.strip();
		return stripped.length() <= MAX_AUTHOR_LENGTH ? stripped : stripped.substring(0, MAX_AUTHOR_LENGTH);
	}

	@Override
	public AuditPage pipelineAudit(String pipelineId, String after, int limit) {
		return audit(AuditEntry.ObjectType.PIPELINE, pipelineId, null, after, limit);
	}

	@Override
	public AuditPage statusAudit(String pipelineId, String statusId, String after, int limit) {
		return audit(AuditEntry.ObjectType.STATUS, statusId, pipelineId, after, limit);
	}

	/** A page of an object's changes; unknown objects (never recorded, not in the desk) are not found. */
	private AuditPage audit(AuditEntry.ObjectType type, String objectId, String pipelineId, String after, int limit) {
		requireSuperAdmin();
		checkLimit(limit);
		Cursor cursor = after == null || after.isBlank() ? new Cursor(Long.MAX_VALUE, Integer.MAX_VALUE) : cursor(after);
		return store.inTransaction(tx -> {
			List<AuditEntry> found = tx.configurationHistory().changes(type, objectId, pipelineId, cursor.version(),
					cursor.position(), limit + 1);
			if (found.isEmpty() && (after == null || after.isBlank())) {
				Desk desk = configuration.read(tx);
				if (type == AuditEntry.ObjectType.PIPELINE) {
					ModelViews.pipeline(desk, objectId);
				} else {
					ModelViews.status(ModelViews.pipeline(desk, pipelineId), objectId);
				}
			}
			if (found.size() <= limit) {
				return new AuditPage(found, null);
			}
			List<AuditEntry> page = List.copyOf(found.subList(0, limit));
			return new AuditPage(page, page.get(limit - 1).cursor());
		});
	}

	private record Cursor(long version, int position) {
	}

	/** The configuration's history, documents and audits are for super admins (they show every pipeline). */
	private void requireSuperAdmin() {
		store.inTransaction(tx -> {
			Rights.of(tx).requireSuperAdmin("read the configuration's versions, documents and audits");
			return null;
		});
	}

	/** A cursor is "version" or "version.position", as handed out by the previous page. */
	private static Cursor cursor(String after) {
		try {
			String[] parts = after.strip().split("\\.", 2);
			return new Cursor(Long.parseLong(parts[0]), parts.length == 2 ? Integer.parseInt(parts[1]) : Integer.MAX_VALUE);
		} catch (NumberFormatException e) {
			throw new ValidationException("after", "paging.cursor",
					"'" + after + "' is not a cursor this API handed out (use paging.next.after)");
		}
	}

	private static void checkLimit(int limit) {
		if (limit < 1 || limit > MAX_PAGE_SIZE) {
			throw new ValidationException("limit", "paging.limit", "limit must be from 1 to " + MAX_PAGE_SIZE);
		}
	}

	private StoredConfiguration stored(long version) {
		return store.inTransaction(tx -> stored(tx, version));
	}

	private static StoredConfiguration stored(StoreTransaction tx, long version) {
		return tx.configurationHistory().configuration(version).orElseThrow(() -> versionNotFound(version));
	}

	private static NotFoundException versionNotFound(long version) {
		return new NotFoundException("version", Long.toString(version),
				"Configuration version " + version + " does not exist");
	}
}
