/**
 */
package org.pipedesk.model.desk;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Automation Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.AutomationRule#getId <em>Id</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.AutomationRule#getLabel <em>Label</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.AutomationRule#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.AutomationRule#getTriggerType <em>Trigger Type</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.AutomationRule#getTriggerParameters <em>Trigger Parameters</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.AutomationRule#getSources <em>Sources</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.AutomationRule#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.pipedesk.model.desk.DeskPackage#getAutomationRule()
 * @model
 * @generated
 */
public interface AutomationRule extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Issued from the desk counter, never reused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getAutomationRule_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.AutomationRule#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getAutomationRule_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.AutomationRule#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.pipedesk.model.desk.DeskPackage#getAutomationRule_Enabled()
	 * @model
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.AutomationRule#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Trigger Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the trigger type (a descriptor published by a bundle).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trigger Type</em>' attribute.
	 * @see #setTriggerType(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getAutomationRule_TriggerType()
	 * @model
	 * @generated
	 */
	String getTriggerType();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.AutomationRule#getTriggerType <em>Trigger Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger Type</em>' attribute.
	 * @see #getTriggerType()
	 * @generated
	 */
	void setTriggerType(String value);

	/**
	 * Returns the value of the '<em><b>Trigger Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.pipedesk.model.desk.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trigger Parameters</em>' containment reference list.
	 * @see org.pipedesk.model.desk.DeskPackage#getAutomationRule_TriggerParameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getTriggerParameters();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Channels whose tickets run this rule (e.g. chat); empty means every channel except chat.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' attribute list.
	 * @see org.pipedesk.model.desk.DeskPackage#getAutomationRule_Sources()
	 * @model
	 * @generated
	 */
	EList<String> getSources();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.pipedesk.model.desk.AutomationAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The chain of actions, run in list order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.pipedesk.model.desk.DeskPackage#getAutomationRule_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AutomationAction> getActions();

} // AutomationRule
