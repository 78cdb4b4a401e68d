package org.pipedesk.rest.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Jakarta REST servlet whiteboard only starts once it has a configuration (its component requires one).
 * This component provides a default one at first start, serving resources at the root of the HTTP service, and
 * leaves an existing configuration alone.
 */
@Component(immediate = true)
public class RestRuntimeConfiguration {
	static final String WHITEBOARD_PID = "JakartarsServletWhiteboardRuntimeComponent";

	@Activate
	public RestRuntimeConfiguration(@Reference ConfigurationAdmin configurationAdmin) throws IOException {
		Configuration configuration = configurationAdmin.getConfiguration(WHITEBOARD_PID, "?");
		if (configuration.getProperties() == null) {
			Dictionary<String, Object> properties = new Hashtable<>();
			properties.put("jersey.jakartars.whiteboard.name", "Pipedesk REST");
			properties.put("jersey.disable.sessions", Boolean.TRUE);
			configuration.update(properties);
		}
	}
}
