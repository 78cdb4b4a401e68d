/**
 */
package org.pipedesk.model.desk.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pipedesk.model.desk.DeskPackage;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.PropertyOption;
import org.pipedesk.model.desk.PropertyType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Property Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#getGroupName <em>Group Name</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#getOptions <em>Options</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#isCalculated <em>Calculated</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#isBuiltIn <em>Built In</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#getFieldType <em>Field Type</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#getDisplayOrder <em>Display Order</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#isHidden <em>Hidden</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#isFormField <em>Form Field</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#isArchived <em>Archived</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#getArchivedAt <em>Archived At</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl#getUpdatedAt <em>Updated At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PropertyDefinitionImpl extends MinimalEObjectImpl.Container implements PropertyDefinition
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroupName() <em>Group Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupName()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroupName() <em>Group Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupName()
	 * @generated
	 * @ordered
	 */
	protected String groupName = GROUP_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final PropertyType TYPE_EDEFAULT = PropertyType.TEXT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected PropertyType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<PropertyOption> options;

	/**
	 * The default value of the '{@link #isReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean READ_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean readOnly = READ_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #isCalculated() <em>Calculated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCalculated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CALCULATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCalculated() <em>Calculated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCalculated()
	 * @generated
	 * @ordered
	 */
	protected boolean calculated = CALCULATED_EDEFAULT;

	/**
	 * The default value of the '{@link #isBuiltIn() <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuiltIn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BUILT_IN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBuiltIn() <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuiltIn()
	 * @generated
	 * @ordered
	 */
	protected boolean builtIn = BUILT_IN_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldType() <em>Field Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldType()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELD_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFieldType() <em>Field Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldType()
	 * @generated
	 * @ordered
	 */
	protected String fieldType = FIELD_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisplayOrder() <em>Display Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayOrder()
	 * @generated
	 * @ordered
	 */
	protected static final int DISPLAY_ORDER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDisplayOrder() <em>Display Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayOrder()
	 * @generated
	 * @ordered
	 */
	protected int displayOrder = DISPLAY_ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #isHidden() <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHidden()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HIDDEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHidden() <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHidden()
	 * @generated
	 * @ordered
	 */
	protected boolean hidden = HIDDEN_EDEFAULT;

	/**
	 * The default value of the '{@link #isFormField() <em>Form Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFormField()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FORM_FIELD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFormField() <em>Form Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFormField()
	 * @generated
	 * @ordered
	 */
	protected boolean formField = FORM_FIELD_EDEFAULT;

	/**
	 * The default value of the '{@link #isArchived() <em>Archived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isArchived()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ARCHIVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isArchived() <em>Archived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isArchived()
	 * @generated
	 * @ordered
	 */
	protected boolean archived = ARCHIVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getArchivedAt() <em>Archived At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchivedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date ARCHIVED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArchivedAt() <em>Archived At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchivedAt()
	 * @generated
	 * @ordered
	 */
	protected Date archivedAt = ARCHIVED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date UPDATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date updatedAt = UPDATED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PropertyDefinitionImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return DeskPackage.Literals.PROPERTY_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel()
	{
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel)
	{
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroupName()
	{
		return groupName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupName(String newGroupName)
	{
		String oldGroupName = groupName;
		groupName = newGroupName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__GROUP_NAME, oldGroupName, groupName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PropertyType getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(PropertyType newType)
	{
		PropertyType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PropertyOption> getOptions()
	{
		if (options == null)
		{
			options = new EObjectContainmentEList<PropertyOption>(PropertyOption.class, this, DeskPackage.PROPERTY_DEFINITION__OPTIONS);
		}
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReadOnly()
	{
		return readOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnly(boolean newReadOnly)
	{
		boolean oldReadOnly = readOnly;
		readOnly = newReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCalculated()
	{
		return calculated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalculated(boolean newCalculated)
	{
		boolean oldCalculated = calculated;
		calculated = newCalculated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__CALCULATED, oldCalculated, calculated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBuiltIn()
	{
		return builtIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuiltIn(boolean newBuiltIn)
	{
		boolean oldBuiltIn = builtIn;
		builtIn = newBuiltIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__BUILT_IN, oldBuiltIn, builtIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFieldType()
	{
		return fieldType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldType(String newFieldType)
	{
		String oldFieldType = fieldType;
		fieldType = newFieldType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__FIELD_TYPE, oldFieldType, fieldType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDisplayOrder()
	{
		return displayOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayOrder(int newDisplayOrder)
	{
		int oldDisplayOrder = displayOrder;
		displayOrder = newDisplayOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__DISPLAY_ORDER, oldDisplayOrder, displayOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHidden()
	{
		return hidden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHidden(boolean newHidden)
	{
		boolean oldHidden = hidden;
		hidden = newHidden;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__HIDDEN, oldHidden, hidden));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFormField()
	{
		return formField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormField(boolean newFormField)
	{
		boolean oldFormField = formField;
		formField = newFormField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__FORM_FIELD, oldFormField, formField));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isArchived()
	{
		return archived;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchived(boolean newArchived)
	{
		boolean oldArchived = archived;
		archived = newArchived;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__ARCHIVED, oldArchived, archived));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getArchivedAt()
	{
		return archivedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchivedAt(Date newArchivedAt)
	{
		Date oldArchivedAt = archivedAt;
		archivedAt = newArchivedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__ARCHIVED_AT, oldArchivedAt, archivedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt()
	{
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt)
	{
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getUpdatedAt()
	{
		return updatedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatedAt(Date newUpdatedAt)
	{
		Date oldUpdatedAt = updatedAt;
		updatedAt = newUpdatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_DEFINITION__UPDATED_AT, oldUpdatedAt, updatedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case DeskPackage.PROPERTY_DEFINITION__OPTIONS:
				return ((InternalEList<?>)getOptions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case DeskPackage.PROPERTY_DEFINITION__NAME:
				return getName();
			case DeskPackage.PROPERTY_DEFINITION__LABEL:
				return getLabel();
			case DeskPackage.PROPERTY_DEFINITION__DESCRIPTION:
				return getDescription();
			case DeskPackage.PROPERTY_DEFINITION__GROUP_NAME:
				return getGroupName();
			case DeskPackage.PROPERTY_DEFINITION__TYPE:
				return getType();
			case DeskPackage.PROPERTY_DEFINITION__OPTIONS:
				return getOptions();
			case DeskPackage.PROPERTY_DEFINITION__READ_ONLY:
				return isReadOnly();
			case DeskPackage.PROPERTY_DEFINITION__CALCULATED:
				return isCalculated();
			case DeskPackage.PROPERTY_DEFINITION__BUILT_IN:
				return isBuiltIn();
			case DeskPackage.PROPERTY_DEFINITION__FIELD_TYPE:
				return getFieldType();
			case DeskPackage.PROPERTY_DEFINITION__DISPLAY_ORDER:
				return getDisplayOrder();
			case DeskPackage.PROPERTY_DEFINITION__HIDDEN:
				return isHidden();
			case DeskPackage.PROPERTY_DEFINITION__FORM_FIELD:
				return isFormField();
			case DeskPackage.PROPERTY_DEFINITION__ARCHIVED:
				return isArchived();
			case DeskPackage.PROPERTY_DEFINITION__ARCHIVED_AT:
				return getArchivedAt();
			case DeskPackage.PROPERTY_DEFINITION__CREATED_AT:
				return getCreatedAt();
			case DeskPackage.PROPERTY_DEFINITION__UPDATED_AT:
				return getUpdatedAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case DeskPackage.PROPERTY_DEFINITION__NAME:
				setName((String)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__LABEL:
				setLabel((String)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__GROUP_NAME:
				setGroupName((String)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__TYPE:
				setType((PropertyType)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__OPTIONS:
				getOptions().clear();
				getOptions().addAll((Collection<? extends PropertyOption>)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__CALCULATED:
				setCalculated((Boolean)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__BUILT_IN:
				setBuiltIn((Boolean)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__FIELD_TYPE:
				setFieldType((String)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__DISPLAY_ORDER:
				setDisplayOrder((Integer)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__HIDDEN:
				setHidden((Boolean)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__FORM_FIELD:
				setFormField((Boolean)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__ARCHIVED:
				setArchived((Boolean)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__ARCHIVED_AT:
				setArchivedAt((Date)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case DeskPackage.PROPERTY_DEFINITION__UPDATED_AT:
				setUpdatedAt((Date)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case DeskPackage.PROPERTY_DEFINITION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__GROUP_NAME:
				setGroupName(GROUP_NAME_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__OPTIONS:
				getOptions().clear();
				return;
			case DeskPackage.PROPERTY_DEFINITION__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__CALCULATED:
				setCalculated(CALCULATED_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__BUILT_IN:
				setBuiltIn(BUILT_IN_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__FIELD_TYPE:
				setFieldType(FIELD_TYPE_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__DISPLAY_ORDER:
				setDisplayOrder(DISPLAY_ORDER_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__HIDDEN:
				setHidden(HIDDEN_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__FORM_FIELD:
				setFormField(FORM_FIELD_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__ARCHIVED:
				setArchived(ARCHIVED_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__ARCHIVED_AT:
				setArchivedAt(ARCHIVED_AT_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_DEFINITION__UPDATED_AT:
				setUpdatedAt(UPDATED_AT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case DeskPackage.PROPERTY_DEFINITION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DeskPackage.PROPERTY_DEFINITION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case DeskPackage.PROPERTY_DEFINITION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case DeskPackage.PROPERTY_DEFINITION__GROUP_NAME:
				return GROUP_NAME_EDEFAULT == null ? groupName != null : !GROUP_NAME_EDEFAULT.equals(groupName);
			case DeskPackage.PROPERTY_DEFINITION__TYPE:
				return type != TYPE_EDEFAULT;
			case DeskPackage.PROPERTY_DEFINITION__OPTIONS:
				return options != null && !options.isEmpty();
			case DeskPackage.PROPERTY_DEFINITION__READ_ONLY:
				return readOnly != READ_ONLY_EDEFAULT;
			case DeskPackage.PROPERTY_DEFINITION__CALCULATED:
				return calculated != CALCULATED_EDEFAULT;
			case DeskPackage.PROPERTY_DEFINITION__BUILT_IN:
				return builtIn != BUILT_IN_EDEFAULT;
			case DeskPackage.PROPERTY_DEFINITION__FIELD_TYPE:
				return FIELD_TYPE_EDEFAULT == null ? fieldType != null : !FIELD_TYPE_EDEFAULT.equals(fieldType);
			case DeskPackage.PROPERTY_DEFINITION__DISPLAY_ORDER:
				return displayOrder != DISPLAY_ORDER_EDEFAULT;
			case DeskPackage.PROPERTY_DEFINITION__HIDDEN:
				return hidden != HIDDEN_EDEFAULT;
			case DeskPackage.PROPERTY_DEFINITION__FORM_FIELD:
				return formField != FORM_FIELD_EDEFAULT;
			case DeskPackage.PROPERTY_DEFINITION__ARCHIVED:
				return archived != ARCHIVED_EDEFAULT;
			case DeskPackage.PROPERTY_DEFINITION__ARCHIVED_AT:
				return ARCHIVED_AT_EDEFAULT == null ? archivedAt != null : !ARCHIVED_AT_EDEFAULT.equals(archivedAt);
			case DeskPackage.PROPERTY_DEFINITION__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case DeskPackage.PROPERTY_DEFINITION__UPDATED_AT:
				return UPDATED_AT_EDEFAULT == null ? updatedAt != null : !UPDATED_AT_EDEFAULT.equals(updatedAt);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", label: ");
		result.append(label);
		result.append(", description: ");
		result.append(description);
		result.append(", groupName: ");
		result.append(groupName);
		result.append(", type: ");
		result.append(type);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", calculated: ");
		result.append(calculated);
		result.append(", builtIn: ");
		result.append(builtIn);
		result.append(", fieldType: ");
		result.append(fieldType);
		result.append(", displayOrder: ");
		result.append(displayOrder);
		result.append(", hidden: ");
		result.append(hidden);
		result.append(", formField: ");
		result.append(formField);
		result.append(", archived: ");
		result.append(archived);
		result.append(", archivedAt: ");
		result.append(archivedAt);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", updatedAt: ");
		result.append(updatedAt);
		result.append(')');
		return result.toString();
	}

} //PropertyDefinitionImpl
