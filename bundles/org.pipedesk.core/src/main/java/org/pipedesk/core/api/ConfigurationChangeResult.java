package org.pipedesk.core.api;

/**
 * The outcome of an import or rollback that passed every rule. {@code diff} goes from the version it started
 * from ({@code baseVersion}) to the new content. {@code version} is the new version, null for a dry run or when
 * the content was already current ({@code changed} false: nothing is stored then).
 */
public record ConfigurationChangeResult(boolean dryRun, boolean changed, long baseVersion,
		ConfigurationVersion version, ConfigurationDiff diff) {
}
