/**
 */
package org.pipedesk.model.desk;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Access Grant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A user or team (by its database id) allowed to view or edit a pipeline's tickets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.AccessGrant#getPrincipalType <em>Principal Type</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.AccessGrant#getPrincipalId <em>Principal Id</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.AccessGrant#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @see org.pipedesk.model.desk.DeskPackage#getAccessGrant()
 * @model
 * @generated
 */
public interface AccessGrant extends EObject
{
	/**
	 * Returns the value of the '<em><b>Principal Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pipedesk.model.desk.PrincipalType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Principal Type</em>' attribute.
	 * @see org.pipedesk.model.desk.PrincipalType
	 * @see #setPrincipalType(PrincipalType)
	 * @see org.pipedesk.model.desk.DeskPackage#getAccessGrant_PrincipalType()
	 * @model
	 * @generated
	 */
	PrincipalType getPrincipalType();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.AccessGrant#getPrincipalType <em>Principal Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Principal Type</em>' attribute.
	 * @see org.pipedesk.model.desk.PrincipalType
	 * @see #getPrincipalType()
	 * @generated
	 */
	void setPrincipalType(PrincipalType value);

	/**
	 * Returns the value of the '<em><b>Principal Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Principal Id</em>' attribute.
	 * @see #setPrincipalId(long)
	 * @see org.pipedesk.model.desk.DeskPackage#getAccessGrant_PrincipalId()
	 * @model
	 * @generated
	 */
	long getPrincipalId();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.AccessGrant#getPrincipalId <em>Principal Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Principal Id</em>' attribute.
	 * @see #getPrincipalId()
	 * @generated
	 */
	void setPrincipalId(long value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pipedesk.model.desk.AccessLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.pipedesk.model.desk.AccessLevel
	 * @see #setLevel(AccessLevel)
	 * @see org.pipedesk.model.desk.DeskPackage#getAccessGrant_Level()
	 * @model
	 * @generated
	 */
	AccessLevel getLevel();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.AccessGrant#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.pipedesk.model.desk.AccessLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(AccessLevel value);

} // AccessGrant
