package org.pipedesk.core.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PropertyInfo;
import org.pipedesk.core.api.PropertyService;
import org.pipedesk.model.desk.PropertyDefinition;

@Component(service = PropertyService.class)
public class DefaultPropertyService implements PropertyService {
	private final DeskConfiguration configuration;

	@Activate
	public DefaultPropertyService(@Reference DeskConfiguration configuration) {
		this.configuration = configuration;
	}

	@Override
	public List<PropertyInfo> list() {
		return configuration.read().getProperties().stream().map(ModelViews::info).toList();
	}

	@Override
	public PropertyInfo get(String name) {
		PropertyDefinition definition = ModelViews.property(configuration.read(), name);
		if (definition == null) {
			throw new NotFoundException("propertyName", name, "Property '" + name + "' does not exist");
		}
		return ModelViews.info(definition);
	}
}
