/**
 */
package org.pipedesk.model.desk;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Property Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#getName <em>Name</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#getLabel <em>Label</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#getDescription <em>Description</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#getGroupName <em>Group Name</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#getType <em>Type</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#getOptions <em>Options</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#isCalculated <em>Calculated</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#isBuiltIn <em>Built In</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#getFieldType <em>Field Type</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#getDisplayOrder <em>Display Order</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#isHidden <em>Hidden</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#isFormField <em>Form Field</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#isArchived <em>Archived</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#getArchivedAt <em>Archived At</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyDefinition#getUpdatedAt <em>Updated At</em>}</li>
 * </ul>
 *
 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition()
 * @model
 * @generated
 */
public interface PropertyDefinition extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Group Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Name</em>' attribute.
	 * @see #setGroupName(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_GroupName()
	 * @model
	 * @generated
	 */
	String getGroupName();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#getGroupName <em>Group Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Name</em>' attribute.
	 * @see #getGroupName()
	 * @generated
	 */
	void setGroupName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pipedesk.model.desk.PropertyType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.pipedesk.model.desk.PropertyType
	 * @see #setType(PropertyType)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_Type()
	 * @model
	 * @generated
	 */
	PropertyType getType();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.pipedesk.model.desk.PropertyType
	 * @see #getType()
	 * @generated
	 */
	void setType(PropertyType value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.pipedesk.model.desk.PropertyOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_Options()
	 * @model containment="true"
	 * @generated
	 */
	EList<PropertyOption> getOptions();

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(boolean)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_ReadOnly()
	 * @model
	 * @generated
	 */
	boolean isReadOnly();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#isReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #isReadOnly()
	 * @generated
	 */
	void setReadOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Calculated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Calculated</em>' attribute.
	 * @see #setCalculated(boolean)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_Calculated()
	 * @model
	 * @generated
	 */
	boolean isCalculated();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#isCalculated <em>Calculated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calculated</em>' attribute.
	 * @see #isCalculated()
	 * @generated
	 */
	void setCalculated(boolean value);

	/**
	 * Returns the value of the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shipped with Pipedesk (HubSpot's hubspotDefined); built-in properties cannot be archived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Built In</em>' attribute.
	 * @see #setBuiltIn(boolean)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_BuiltIn()
	 * @model
	 * @generated
	 */
	boolean isBuiltIn();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#isBuiltIn <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Built In</em>' attribute.
	 * @see #isBuiltIn()
	 * @generated
	 */
	void setBuiltIn(boolean value);

	/**
	 * Returns the value of the '<em><b>Field Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the property is edited (HubSpot's fieldType, e.g. text, textarea, select, checkbox); must fit the type; unset means the type's default. An ENUMERATION shown as checkbox holds several options, separated by ';'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field Type</em>' attribute.
	 * @see #setFieldType(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_FieldType()
	 * @model
	 * @generated
	 */
	String getFieldType();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#getFieldType <em>Field Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Type</em>' attribute.
	 * @see #getFieldType()
	 * @generated
	 */
	void setFieldType(String value);

	/**
	 * Returns the value of the '<em><b>Display Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Position among the properties in forms and lists; lower first, -1 after all others.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Order</em>' attribute.
	 * @see #setDisplayOrder(int)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_DisplayOrder()
	 * @model
	 * @generated
	 */
	int getDisplayOrder();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#getDisplayOrder <em>Display Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Order</em>' attribute.
	 * @see #getDisplayOrder()
	 * @generated
	 */
	void setDisplayOrder(int value);

	/**
	 * Returns the value of the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not shown in forms and lists (values are kept and can still be written through the API).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden</em>' attribute.
	 * @see #setHidden(boolean)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_Hidden()
	 * @model
	 * @generated
	 */
	boolean isHidden();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#isHidden <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden</em>' attribute.
	 * @see #isHidden()
	 * @generated
	 */
	void setHidden(boolean value);

	/**
	 * Returns the value of the '<em><b>Form Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offered on ticket forms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Form Field</em>' attribute.
	 * @see #setFormField(boolean)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_FormField()
	 * @model
	 * @generated
	 */
	boolean isFormField();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#isFormField <em>Form Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form Field</em>' attribute.
	 * @see #isFormField()
	 * @generated
	 */
	void setFormField(boolean value);

	/**
	 * Returns the value of the '<em><b>Archived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Archived: not listed by default and not writable on tickets; stored values are kept. Built-in properties and properties in use as status or card properties cannot be archived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Archived</em>' attribute.
	 * @see #setArchived(boolean)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_Archived()
	 * @model
	 * @generated
	 */
	boolean isArchived();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#isArchived <em>Archived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Archived</em>' attribute.
	 * @see #isArchived()
	 * @generated
	 */
	void setArchived(boolean value);

	/**
	 * Returns the value of the '<em><b>Archived At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the property was archived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Archived At</em>' attribute.
	 * @see #setArchivedAt(Date)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_ArchivedAt()
	 * @model
	 * @generated
	 */
	Date getArchivedAt();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#getArchivedAt <em>Archived At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Archived At</em>' attribute.
	 * @see #getArchivedAt()
	 * @generated
	 */
	void setArchivedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the property was defined.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the definition last changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updated At</em>' attribute.
	 * @see #setUpdatedAt(Date)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyDefinition_UpdatedAt()
	 * @model
	 * @generated
	 */
	Date getUpdatedAt();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyDefinition#getUpdatedAt <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated At</em>' attribute.
	 * @see #getUpdatedAt()
	 * @generated
	 */
	void setUpdatedAt(Date value);

} // PropertyDefinition
