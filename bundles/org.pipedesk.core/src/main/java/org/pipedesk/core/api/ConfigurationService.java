package org.pipedesk.core.api;

/**
 * The desk configuration as a versioned model: its history, diffs, export, import and rollback, and the audit of
 * each pipeline and status. Every call is one transaction. Imports and rollbacks are validated in full before
 * anything is written (the model's rules, the rules that need the tickets, the edition limits) and either store
 * ONE new version or are refused with a {@link ValidationException} listing every problem. History is never
 * rewritten: a rollback stores a new version whose content is the old one.
 * <p>
 * {@code author} names who asks; until users exist it is whatever the entry point says ("api", "cli", ...).
 */
public interface ConfigurationService {
	int MAX_PAGE_SIZE = 100;

	/** The current desk configuration (a shared snapshot: callers must not modify it). */
	org.pipedesk.model.desk.Desk desk();

	/**
	 * Changes a copy of the current desk with {@code mutation} and stores it as the next version, after every rule
	 * of a configuration change (as imports are checked); for bundles that own a part of the model (automation).
	 */
	<T> T change(String author, String summary, java.util.function.Function<org.pipedesk.model.desk.Desk, T> mutation);

	/** Versions newest first, {@code limit} (1-100) at a time; {@code after} is the previous page's cursor. */
	ConfigurationVersionPage versions(String after, int limit);

	ConfigurationVersion version(long version);

	/** The current configuration as a document. */
	String export(DocumentFormat format);

	/** A stored version's configuration as a document. */
	String document(long version, DocumentFormat format);

	/** What changed from version {@code from} to version {@code to} (either may be the older one). */
	ConfigurationDiff diff(long from, long to);

	/** Replaces the whole configuration by {@code document}; with {@code dryRun} only validates and diffs. */
	ConfigurationChangeResult importDocument(String document, DocumentFormat format, boolean dryRun, String author);

	/** Stores a new version with the content of {@code version}; with {@code dryRun} only validates and diffs. */
	ConfigurationChangeResult rollback(long version, boolean dryRun, String author);

	/** Every recorded change of a pipeline (its statuses included), newest first. */
	AuditPage pipelineAudit(String pipelineId, String after, int limit);

	/** Every recorded change of one status of a pipeline, newest first. */
	AuditPage statusAudit(String pipelineId, String statusId, String after, int limit);
}
