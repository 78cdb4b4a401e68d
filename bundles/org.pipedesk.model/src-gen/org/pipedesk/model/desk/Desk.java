/**
 */
package org.pipedesk.model.desk;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Desk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.Desk#getPipelines <em>Pipelines</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Desk#getProperties <em>Properties</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Desk#getLastIssuedId <em>Last Issued Id</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Desk#getRetiredIds <em>Retired Ids</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Desk#getEmailTemplates <em>Email Templates</em>}</li>
 * </ul>
 *
 * @see org.pipedesk.model.desk.DeskPackage#getDesk()
 * @model
 * @generated
 */
public interface Desk extends EObject
{
	/**
	 * Returns the value of the '<em><b>Pipelines</b></em>' containment reference list.
	 * The list contents are of type {@link org.pipedesk.model.desk.Pipeline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pipelines</em>' containment reference list.
	 * @see org.pipedesk.model.desk.DeskPackage#getDesk_Pipelines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pipeline> getPipelines();

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.pipedesk.model.desk.PropertyDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.pipedesk.model.desk.DeskPackage#getDesk_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<PropertyDefinition> getProperties();

	/**
	 * Returns the value of the '<em><b>Last Issued Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Highest pipeline/status id issued so far; ids are issued from this counter and never reused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Issued Id</em>' attribute.
	 * @see #setLastIssuedId(long)
	 * @see org.pipedesk.model.desk.DeskPackage#getDesk_LastIssuedId()
	 * @model
	 * @generated
	 */
	long getLastIssuedId();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Desk#getLastIssuedId <em>Last Issued Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Issued Id</em>' attribute.
	 * @see #getLastIssuedId()
	 * @generated
	 */
	void setLastIssuedId(long value);

	/**
	 * Returns the value of the '<em><b>Retired Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of deleted pipelines and statuses; no live object may carry one of them again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retired Ids</em>' attribute list.
	 * @see org.pipedesk.model.desk.DeskPackage#getDesk_RetiredIds()
	 * @model
	 * @generated
	 */
	EList<String> getRetiredIds();

	/**
	 * Returns the value of the '<em><b>Email Templates</b></em>' containment reference list.
	 * The list contents are of type {@link org.pipedesk.model.desk.EmailTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Custom email templates, and edited versions of the built-in ones (builtIn set; removing one resets it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Email Templates</em>' containment reference list.
	 * @see org.pipedesk.model.desk.DeskPackage#getDesk_EmailTemplates()
	 * @model containment="true"
	 * @generated
	 */
	EList<EmailTemplate> getEmailTemplates();

} // Desk
