/**
 */
package org.pipedesk.model.desk;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pipeline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.Pipeline#getId <em>Id</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Pipeline#getLabel <em>Label</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Pipeline#getDisplayOrder <em>Display Order</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Pipeline#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Pipeline#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Pipeline#getStatuses <em>Statuses</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Pipeline#getCardProperties <em>Card Properties</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Pipeline#isAccessRestricted <em>Access Restricted</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Pipeline#getAccessGrants <em>Access Grants</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Pipeline#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see org.pipedesk.model.desk.DeskPackage#getPipeline()
 * @model
 * @generated
 */
public interface Pipeline extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getPipeline_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Pipeline#getId <em>Id</em>}' attribute.
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
	 * @see org.pipedesk.model.desk.DeskPackage#getPipeline_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Pipeline#getLabel <em>Label</em>}' attribute.
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
	 * @see org.pipedesk.model.desk.DeskPackage#getPipeline_DisplayOrder()
	 * @model
	 * @generated
	 */
	int getDisplayOrder();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Pipeline#getDisplayOrder <em>Display Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Order</em>' attribute.
	 * @see #getDisplayOrder()
	 * @generated
	 */
	void setDisplayOrder(int value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.pipedesk.model.desk.DeskPackage#getPipeline_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Pipeline#getCreatedAt <em>Created At</em>}' attribute.
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
	 * @return the value of the '<em>Updated At</em>' attribute.
	 * @see #setUpdatedAt(Date)
	 * @see org.pipedesk.model.desk.DeskPackage#getPipeline_UpdatedAt()
	 * @model
	 * @generated
	 */
	Date getUpdatedAt();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Pipeline#getUpdatedAt <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated At</em>' attribute.
	 * @see #getUpdatedAt()
	 * @generated
	 */
	void setUpdatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Statuses</b></em>' containment reference list.
	 * The list contents are of type {@link org.pipedesk.model.desk.Status}.
	 * It is bidirectional and its opposite is '{@link org.pipedesk.model.desk.Status#getPipeline <em>Pipeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statuses</em>' containment reference list.
	 * @see org.pipedesk.model.desk.DeskPackage#getPipeline_Statuses()
	 * @see org.pipedesk.model.desk.Status#getPipeline
	 * @model opposite="pipeline" containment="true"
	 * @generated
	 */
	EList<Status> getStatuses();

	/**
	 * Returns the value of the '<em><b>Card Properties</b></em>' reference list.
	 * The list contents are of type {@link org.pipedesk.model.desk.PropertyDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Properties shown on this pipeline's board cards, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Card Properties</em>' reference list.
	 * @see org.pipedesk.model.desk.DeskPackage#getPipeline_CardProperties()
	 * @model
	 * @generated
	 */
	EList<PropertyDefinition> getCardProperties();

	/**
	 * Returns the value of the '<em><b>Access Restricted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False: everyone may work in this pipeline. True: only the granted users and teams (and super admins).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Access Restricted</em>' attribute.
	 * @see #setAccessRestricted(boolean)
	 * @see org.pipedesk.model.desk.DeskPackage#getPipeline_AccessRestricted()
	 * @model
	 * @generated
	 */
	boolean isAccessRestricted();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Pipeline#isAccessRestricted <em>Access Restricted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access Restricted</em>' attribute.
	 * @see #isAccessRestricted()
	 * @generated
	 */
	void setAccessRestricted(boolean value);

	/**
	 * Returns the value of the '<em><b>Access Grants</b></em>' containment reference list.
	 * The list contents are of type {@link org.pipedesk.model.desk.AccessGrant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who may view or edit this pipeline's tickets while access is restricted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Access Grants</em>' containment reference list.
	 * @see org.pipedesk.model.desk.DeskPackage#getPipeline_AccessGrants()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccessGrant> getAccessGrants();

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.pipedesk.model.desk.AutomationRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pipeline's automation rules: a trigger and an ordered chain of actions each.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.pipedesk.model.desk.DeskPackage#getPipeline_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<AutomationRule> getRules();

} // Pipeline
