package org.pipedesk.core.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.NewProperty;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PropertyChange;
import org.pipedesk.core.api.PropertyInfo;
import org.pipedesk.core.api.PropertyService;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.internal.PropertyRules.ValueFormat;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskFactory;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.PropertyOption;
import org.pipedesk.model.desk.PropertyType;
import org.pipedesk.model.validation.DeskRules;

@Component(service = PropertyService.class)
public class DefaultPropertyService implements PropertyService {
	static final String DEFAULT_GROUP = "ticketinformation";

	private final DeskStore store;
	private final DeskConfiguration configuration;

	@Activate
	public DefaultPropertyService(@Reference DeskStore store, @Reference DeskConfiguration configuration) {
		this.store = store;
		this.configuration = configuration;
	}

	@Override
	public List<PropertyInfo> list(boolean archived) {
		return configuration.read().getProperties().stream().filter(p -> p.isArchived() == archived)
				.map(ModelViews::info).toList();
	}

	@Override
	public PropertyInfo get(String name) {
		return ModelViews.info(existing(configuration.read(), name));
	}

	@Override
	public PropertyInfo create(NewProperty request) {
		return store.inTransaction(tx -> configuration.change(tx, "Created property '" + request.name() + "'", desk -> {
			List<Violation> found = new ArrayList<>();
			uniqueValueUnsupported(request.hasUniqueValue(), found);
			if (request.type() == null) {
				// Checked here: EMF turns an unset enum attribute into its first literal, so the model cannot tell.
				found.add(new Violation("type", DeskRules.PROPERTY_TYPE_REQUIRED, "Property '" + request.name()
						+ "' needs a type (rule " + DeskRules.PROPERTY_TYPE_REQUIRED + ")"));
			}
			Date now = Date.from(configuration.now());
			PropertyDefinition property = DeskFactory.eINSTANCE.createPropertyDefinition();
			property.setName(request.name());
			property.setLabel(request.label());
			property.setDescription(request.description());
			property.setGroupName(request.groupName() == null || request.groupName().isBlank() ? DEFAULT_GROUP
					: request.groupName());
			PropertyType type = ModelViews.modelType(request.type());
			property.setType(type);
			property.setFieldType(request.fieldType());
			setOptions(property, request.options());
			property.setDisplayOrder(request.displayOrder() == null ? -1 : request.displayOrder());
			property.setHidden(Boolean.TRUE.equals(request.hidden()));
			property.setFormField(Boolean.TRUE.equals(request.formField()));
			property.setCreatedAt(now);
			property.setUpdatedAt(now);
			desk.getProperties().add(property);
			if (!found.isEmpty()) {
				DeskConfiguration.requireValid(desk, found); // lists the model's violations too
			}
			return ModelViews.info(property);
		}));
	}

	@Override
	public PropertyInfo update(String name, PropertyChange change) {
		return store.inTransaction(tx -> configuration.change(tx, "Changed property '" + name + "'", desk -> {
			PropertyDefinition property = existing(desk, name);
			List<Violation> found = new ArrayList<>();
			uniqueValueUnsupported(change.hasUniqueValue(), found);
			PropertyType beforeType = property.getType();
			ValueFormat before = ValueFormat.of(beforeType, property.getFieldType());
			PropertyType type = change.type() == null ? beforeType : ModelViews.modelType(change.type());
			// A new type drops a fieldType that belonged to the old one, unless a new fieldType is named too.
			String fieldType = change.fieldType() != null ? change.fieldType()
					: type == beforeType ? property.getFieldType() : null;
			ValueFormat after = ValueFormat.of(type, fieldType);
			Violation builtIn = PropertyRules.builtInFormatChange(name, property.isBuiltIn(), before, after);
			if (builtIn != null) {
				found.add(builtIn);
			} else if (!PropertyRules.keepsValues(before, after)) {
				long holding = tx.countTicketsWithProperty(name);
				if (holding > 0) {
					throw new ConflictException("type", PropertyRules.TYPE_FIXED_WHILE_USED,
							PropertyRules.typeFixedMessage(name, before, after, holding));
				}
			}
			property.setType(type);
			property.setFieldType(fieldType);
			if (change.options() != null) {
				setOptions(property, change.options());
			} else if (type != beforeType) {
				setOptions(property, List.of()); // options of the old type; a BOOLEAN gets its own
			}
			if (change.label() != null) {
				property.setLabel(change.label());
			}
			if (change.description() != null) {
				property.setDescription(change.description());
			}
			if (change.groupName() != null) {
				property.setGroupName(change.groupName());
			}
			if (change.displayOrder() != null) {
				property.setDisplayOrder(change.displayOrder());
			}
			if (change.hidden() != null) {
				property.setHidden(change.hidden());
			}
			if (change.formField() != null) {
				property.setFormField(change.formField());
			}
			property.setUpdatedAt(Date.from(configuration.now()));
			if (!found.isEmpty()) {
				DeskConfiguration.requireValid(desk, found); // lists the model's violations too
			}
			return ModelViews.info(property);
		}));
	}

	@Override
	public void archive(String name) {
		store.inTransaction(tx -> {
			if (existing(configuration.read(tx), name).isArchived()) {
				return null; // nothing to change, no new configuration version
			}
			return configuration.change(tx, "Archived property '" + name + "'", desk -> {
				PropertyDefinition property = existing(desk, name);
				Date now = Date.from(configuration.now());
				property.setArchived(true);
				property.setArchivedAt(now);
				property.setUpdatedAt(now);
				return null; // the model's validator refuses built-in properties and properties in use
			});
		});
	}

	private static PropertyDefinition existing(Desk desk, String name) {
		PropertyDefinition definition = ModelViews.property(desk, name);
		if (definition == null) {
			throw new NotFoundException("propertyName", name, "Property '" + name + "' does not exist");
		}
		return definition;
	}

	private static void uniqueValueUnsupported(Boolean hasUniqueValue, List<Violation> found) {
		if (Boolean.TRUE.equals(hasUniqueValue)) {
			found.add(new Violation("hasUniqueValue", PropertyRules.UNIQUE_VALUE_UNSUPPORTED,
					"Properties with unique values are not supported: hasUniqueValue must be false (rule "
							+ PropertyRules.UNIQUE_VALUE_UNSUPPORTED + ")"));
		}
	}

	/** Replaces the options; a BOOLEAN given none gets HubSpot's Yes (true) and No (false). */
	private static void setOptions(PropertyDefinition property, List<PropertyInfo.Option> options) {
		property.getOptions().clear();
		List<PropertyInfo.Option> wanted = options != null ? options : List.of();
		if (wanted.isEmpty() && property.getType() == PropertyType.BOOLEAN) {
			wanted = List.of(new PropertyInfo.Option("true", "Yes", 0, false),
					new PropertyInfo.Option("false", "No", 1, false));
		}
		for (PropertyInfo.Option wantedOption : wanted) {
			PropertyOption option = DeskFactory.eINSTANCE.createPropertyOption();
			option.setValue(wantedOption.value());
			option.setLabel(wantedOption.label());
			option.setDisplayOrder(wantedOption.displayOrder());
			option.setHidden(wantedOption.hidden());
			property.getOptions().add(option);
		}
	}
}
