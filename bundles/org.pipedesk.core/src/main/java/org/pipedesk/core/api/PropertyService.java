package org.pipedesk.core.api;

import java.util.List;

/**
 * Ticket property definitions: the built-in ones and custom ones. Every change is one transaction and creates a
 * configuration version. Rules (besides the desk model's): a built-in property keeps its type; the type of a
 * property cannot change while tickets hold values for it, unless every value stays valid (single-line to
 * multi-line text, single to multi-valued enumeration).
 */
public interface PropertyService {
	/** The active (not archived) properties, in definition order. */
	default List<PropertyInfo> list() {
		return list(false);
	}

	/** Only the archived properties when {@code archived} (as HubSpot's {@code archived=true}), else only active ones. */
	List<PropertyInfo> list(boolean archived);

	/** A property, archived or not. */
	PropertyInfo get(String name);

	PropertyInfo create(NewProperty property);

	PropertyInfo update(String name, PropertyChange change);

	/**
	 * Archives a custom property: it is no longer listed by default nor writable on tickets; values stay stored.
	 * Refused for built-in properties and while a status asks for it or a pipeline shows it on its cards (the
	 * error names each place). Archiving an archived property changes nothing.
	 */
	void archive(String name);
}
