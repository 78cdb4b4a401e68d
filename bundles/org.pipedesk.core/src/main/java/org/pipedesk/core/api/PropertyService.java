package org.pipedesk.core.api;

import java.util.List;

/** Ticket property definitions. */
public interface PropertyService {
	List<PropertyInfo> list();

	PropertyInfo get(String name);
}
