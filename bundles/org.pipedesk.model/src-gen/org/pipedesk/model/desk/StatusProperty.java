/**
 */
package org.pipedesk.model.desk;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Property</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.StatusProperty#getProperty <em>Property</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.StatusProperty#isRequired <em>Required</em>}</li>
 * </ul>
 *
 * @see org.pipedesk.model.desk.DeskPackage#getStatusProperty()
 * @model
 * @generated
 */
public interface StatusProperty extends EObject
{
	/**
	 * Returns the value of the '<em><b>Property</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Property</em>' reference.
	 * @see #setProperty(PropertyDefinition)
	 * @see org.pipedesk.model.desk.DeskPackage#getStatusProperty_Property()
	 * @model required="true"
	 * @generated
	 */
	PropertyDefinition getProperty();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.StatusProperty#getProperty <em>Property</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Property</em>' reference.
	 * @see #getProperty()
	 * @generated
	 */
	void setProperty(PropertyDefinition value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.pipedesk.model.desk.DeskPackage#getStatusProperty_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.StatusProperty#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

} // StatusProperty
