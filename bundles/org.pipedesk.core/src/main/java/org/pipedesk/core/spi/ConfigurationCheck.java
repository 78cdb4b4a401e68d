package org.pipedesk.core.spi;

import java.util.List;

import org.pipedesk.core.api.Violation;
import org.pipedesk.model.desk.Desk;

/**
 * Whiteboard service: a rule of configuration changes that lives outside core (e.g. automation rules checked
 * against the parameter schemas of the types bundles publish). Applied by every configuration change, whatever its
 * entry, after the model's own rules; any violation refuses the change.
 */
@FunctionalInterface
public interface ConfigurationCheck {
	/** Every broken rule of going from {@code before} to {@code after} (neither may be modified). */
	List<Violation> check(Desk before, Desk after);
}
