/**
 */
package org.pipedesk.model.desk;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Property Option</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.PropertyOption#getValue <em>Value</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyOption#getLabel <em>Label</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyOption#getDisplayOrder <em>Display Order</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.PropertyOption#isHidden <em>Hidden</em>}</li>
 * </ul>
 *
 * @see org.pipedesk.model.desk.DeskPackage#getPropertyOption()
 * @model
 * @generated
 */
public interface PropertyOption extends EObject
{
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyOption_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyOption#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyOption_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyOption#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Display Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Display Order</em>' attribute.
	 * @see #setDisplayOrder(int)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyOption_DisplayOrder()
	 * @model
	 * @generated
	 */
	int getDisplayOrder();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyOption#getDisplayOrder <em>Display Order</em>}' attribute.
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
	 * @return the value of the '<em>Hidden</em>' attribute.
	 * @see #setHidden(boolean)
	 * @see org.pipedesk.model.desk.DeskPackage#getPropertyOption_Hidden()
	 * @model
	 * @generated
	 */
	boolean isHidden();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.PropertyOption#isHidden <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden</em>' attribute.
	 * @see #isHidden()
	 * @generated
	 */
	void setHidden(boolean value);

} // PropertyOption
