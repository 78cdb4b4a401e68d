package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.pipedesk.core.api.PipelineService;

/**
 * Every Pipedesk component of the running server activates: none failed in its constructor (a component that
 * calls core without a caller would), and every immediate one is active. Components that are only satisfied (lazy
 * services nobody asked for yet) are fine.
 */
class ComponentsIT {
	@Test
	void everyPipedeskComponentActivatesWithoutFailure() {
		Http.get("/crm/v3/pipelines/tickets").ok(200); // the server is up
		Osgi.service(PipelineService.class);
		ServiceComponentRuntime scr = Osgi.service(ServiceComponentRuntime.class);
		Bundle[] bundles = FrameworkUtil.getBundle(ComponentsIT.class).getBundleContext().getBundles();
		List<String> broken = new ArrayList<>();
		int pipedeskComponents = 0;
		for (Bundle bundle : bundles) {
			if (!bundle.getSymbolicName().startsWith("org.pipedesk")) {
				continue;
			}
			for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
				pipedeskComponents++;
				for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
					boolean failed = configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION;
					boolean idleImmediate = description.immediate && configuration.state != ComponentConfigurationDTO.ACTIVE;
					if (failed || idleImmediate) {
						broken.add(description.name + " state " + configuration.state
								+ (configuration.failure == null ? "" : ": " + configuration.failure.lines().findFirst().orElse("")));
					}
				}
			}
		}
		assertTrue(pipedeskComponents > 20, "found " + pipedeskComponents + " Pipedesk components");
		assertEquals(List.of(), broken);
	}
}
