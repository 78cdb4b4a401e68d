/**
 */
package org.pipedesk.model.desk;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Email Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.EmailTemplate#getId <em>Id</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.EmailTemplate#getName <em>Name</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.EmailTemplate#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.EmailTemplate#getBody <em>Body</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.EmailTemplate#isMarketing <em>Marketing</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.EmailTemplate#isBuiltIn <em>Built In</em>}</li>
 * </ul>
 *
 * @see org.pipedesk.model.desk.DeskPackage#getEmailTemplate()
 * @model
 * @generated
 */
public interface EmailTemplate extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getEmailTemplate_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.EmailTemplate#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getEmailTemplate_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.EmailTemplate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getEmailTemplate_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.EmailTemplate#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HTML with {{ticket.*}} and {{contact.*}} variables; values are HTML-escaped when rendered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getEmailTemplate_Body()
	 * @model
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.EmailTemplate#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Marketing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Marketing email: sent only to contacts marked as marketing contacts. Built-in templates are transactional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Marketing</em>' attribute.
	 * @see #setMarketing(boolean)
	 * @see org.pipedesk.model.desk.DeskPackage#getEmailTemplate_Marketing()
	 * @model
	 * @generated
	 */
	boolean isMarketing();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.EmailTemplate#isMarketing <em>Marketing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Marketing</em>' attribute.
	 * @see #isMarketing()
	 * @generated
	 */
	void setMarketing(boolean value);

	/**
	 * Returns the value of the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Built In</em>' attribute.
	 * @see #setBuiltIn(boolean)
	 * @see org.pipedesk.model.desk.DeskPackage#getEmailTemplate_BuiltIn()
	 * @model
	 * @generated
	 */
	boolean isBuiltIn();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.EmailTemplate#isBuiltIn <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Built In</em>' attribute.
	 * @see #isBuiltIn()
	 * @generated
	 */
	void setBuiltIn(boolean value);

} // EmailTemplate
