package org.pipedesk.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.ConfigurationCheck;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.core.spi.StaleVersionException;
import org.pipedesk.core.spi.StoreTransaction;
import org.pipedesk.core.spi.StoredConfiguration;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.io.DeskDocuments;
import org.pipedesk.model.validation.DeskValidator;
import org.pipedesk.model.validation.ModelViolation;

/**
 * The desk configuration (an EMF {@link Desk}) as stored in versions. Readers get an immutable snapshot that is
 * checked against the store's head version inside their transaction, so a change made by another node is seen.
 * Writers change a copy, validate it with the model's validator and append it as the next version: a change that
 * breaks a rule is refused whole, and two concurrent changes cannot both win.
 */
@Component(service = DeskConfiguration.class)
public class DeskConfiguration {
	static final String SYSTEM_AUTHOR = "system";

	private final DeskStore store;
	private final EditionLimits limits;
	private final Clock clock;
	private volatile Snapshot current;
	private final LazyServices<ConfigurationCheck> checks = new LazyServices<>();

	record Snapshot(long version, Desk desk) {
	}

	/** The snapshot a transaction read (a transaction stays on its thread). */
	private record TransactionSnapshot(StoreTransaction tx, Snapshot snapshot) {
	}

	private final ThreadLocal<TransactionSnapshot> readInTransaction = new ThreadLocal<>();

	@Activate
	public DeskConfiguration(@Reference DeskStore store, @Reference EditionLimits limits) {
		this(store, limits, Clock.systemUTC());
	}

	DeskConfiguration(DeskStore store, EditionLimits limits, Clock clock) {
		this.store = store;
		this.limits = limits;
		this.clock = clock;
		store.inTransaction(tx -> {
			if (tx.headConfigurationVersion() == 0) {
				Desk seed = SeedDesk.create(now());
				requireValid(seed);
				StoredConfiguration first = new StoredConfiguration(1, DeskDocuments.toXmi(seed), SYSTEM_AUTHOR,
						"Seeded the Support pipeline with its default automation and the standard ticket properties", now());
				tx.appendConfiguration(first);
				ChangeLog.record(tx, first, DeskFactory.eINSTANCE.createDesk(), seed);
			}
			ChangeLog.backfill(tx);
			ValueCounts.keep(tx, snapshot(tx).desk());
			return null;
		});
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			service = ConfigurationCheck.class)
	void addCheck(ComponentServiceObjects<ConfigurationCheck> check) {
		checks.add(check);
	}

	void removeCheck(ComponentServiceObjects<ConfigurationCheck> check) {
		checks.remove(check);
	}

	Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/** The current desk; callers must not modify it. */
	Desk read(StoreTransaction tx) {
		return snapshot(tx).desk();
	}

	/**
	 * The current desk with its version number; callers must not modify the desk. Read once per transaction: later
	 * reads in the same transaction (a batch, automation matching the change it is part of) get the same snapshot
	 * without asking the store again, so a whole transaction works with one configuration.
	 */
	Snapshot snapshot(StoreTransaction tx) {
		TransactionSnapshot seen = readInTransaction.get();
		if (seen != null && seen.tx() == tx) {
			return seen.snapshot();
		}
		long head = tx.headConfigurationVersion();
		Snapshot snapshot = current;
		if (snapshot == null || snapshot.version() != head) {
			StoredConfiguration stored = tx.headConfiguration()
					.orElseThrow(() -> new IllegalStateException("The desk configuration is missing"));
			snapshot = new Snapshot(stored.version(), DeskDocuments.fromXmi(stored.document()));
			current = snapshot;
		}
		readInTransaction.set(new TransactionSnapshot(tx, snapshot));
		return snapshot;
	}

	/** Outside a transaction: reads the current desk in a short one. */
	Desk read() {
		return store.inTransaction(this::read);
	}

	/**
	 * Applies {@code mutation} to a copy of the current desk, validates the result and stores it as the next
	 * version, all inside {@code tx}.
	 */
	<T> T change(StoreTransaction tx, String summary, Function<Desk, T> mutation) {
		return change(tx, null, summary, mutation);
	}

	/**
	 * As {@link #change(StoreTransaction, String, Function)}. Only super admins (and the system) change the
	 * configuration; the change is recorded as theirs, with {@code note} (the entry point's word, e.g. "cli") added
	 * when given.
	 * Besides the model's rules, the change must pass the rules that need the store or the edition's limits
	 * ({@link ConfigurationRules}); its change set (what it created, updated, deleted) is recorded with it.
	 */
	<T> T change(StoreTransaction tx, String note, String summary, Function<Desk, T> mutation) {
		Rights rights = Rights.of(tx);
		rights.requireSuperAdmin("change the desk configuration");
		String author = note == null || note.isBlank() || note.equals(rights.actor()) ? rights.actor()
				: rights.actor() + " (" + note + ")";
		Snapshot snapshot = snapshot(tx);
		Desk base = snapshot.desk();
		long baseVersion = snapshot.version();
		Desk changed = DeskDocuments.copy(base);
		T result = mutation.apply(changed);
		requireValid(changed);
		List<Violation> broken = new ArrayList<>(ConfigurationRules.check(tx, base, changed, limits.maxPipelines()));
		checks.forEach(check -> broken.addAll(check.check(base, changed)));
		if (!broken.isEmpty()) {
			throw new ValidationException(broken);
		}
		StoredConfiguration stored = new StoredConfiguration(baseVersion + 1, DeskDocuments.toXmi(changed), author,
				summary, now());
		try {
			tx.appendConfiguration(stored);
		} catch (StaleVersionException e) {
			throw new ConflictException("configuration", "configuration.version-current",
					"The desk configuration was changed by someone else at the same time; reload and try again");
		}
		ChangeLog.record(tx, stored, base, changed);
		ValueCounts.follow(tx, base, changed);
		readInTransaction.remove(); // the rest of this transaction reads the version it appended
		Snapshot next = new Snapshot(baseVersion + 1, changed);
		tx.afterCommit(() -> current = next);
		return result;
	}

	static void requireValid(Desk desk) {
		requireValid(desk, List.of());
	}

	/**
	 * Refuses {@code desk} listing {@code found} (problems a service saw on its own, e.g. unknown names) together
	 * with every model rule it breaks, so one answer names every problem.
	 */
	static void requireValid(Desk desk, List<Violation> found) {
		List<ModelViolation> violations = DeskValidator.check(desk);
		if (!found.isEmpty() || !violations.isEmpty()) {
			List<Violation> all = new ArrayList<>(found);
			violations.forEach(v -> all.add(new Violation(v.field(), v.rule(), v.message())));
			throw new ValidationException(all);
		}
	}
}
