/**
 */
package org.pipedesk.model.desk;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.Status#getId <em>Id</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Status#getLabel <em>Label</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Status#getDisplayOrder <em>Display Order</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Status#getTicketState <em>Ticket State</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Status#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Status#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Status#getPipeline <em>Pipeline</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.Status#getStatusProperties <em>Status Properties</em>}</li>
 * </ul>
 *
 * @see org.pipedesk.model.desk.DeskPackage#getStatus()
 * @model
 * @generated
 */
public interface Status extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pipedesk.model.desk.DeskPackage#getStatus_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Status#getId <em>Id</em>}' attribute.
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
	 * @see org.pipedesk.model.desk.DeskPackage#getStatus_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Status#getLabel <em>Label</em>}' attribute.
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
	 * @see org.pipedesk.model.desk.DeskPackage#getStatus_DisplayOrder()
	 * @model
	 * @generated
	 */
	int getDisplayOrder();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Status#getDisplayOrder <em>Display Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Order</em>' attribute.
	 * @see #getDisplayOrder()
	 * @generated
	 */
	void setDisplayOrder(int value);

	/**
	 * Returns the value of the '<em><b>Ticket State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pipedesk.model.desk.TicketState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ticket State</em>' attribute.
	 * @see org.pipedesk.model.desk.TicketState
	 * @see #setTicketState(TicketState)
	 * @see org.pipedesk.model.desk.DeskPackage#getStatus_TicketState()
	 * @model
	 * @generated
	 */
	TicketState getTicketState();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Status#getTicketState <em>Ticket State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ticket State</em>' attribute.
	 * @see org.pipedesk.model.desk.TicketState
	 * @see #getTicketState()
	 * @generated
	 */
	void setTicketState(TicketState value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.pipedesk.model.desk.DeskPackage#getStatus_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Status#getCreatedAt <em>Created At</em>}' attribute.
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
	 * @see org.pipedesk.model.desk.DeskPackage#getStatus_UpdatedAt()
	 * @model
	 * @generated
	 */
	Date getUpdatedAt();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Status#getUpdatedAt <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated At</em>' attribute.
	 * @see #getUpdatedAt()
	 * @generated
	 */
	void setUpdatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Pipeline</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.pipedesk.model.desk.Pipeline#getStatuses <em>Statuses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pipeline</em>' container reference.
	 * @see #setPipeline(Pipeline)
	 * @see org.pipedesk.model.desk.DeskPackage#getStatus_Pipeline()
	 * @see org.pipedesk.model.desk.Pipeline#getStatuses
	 * @model opposite="statuses"
	 * @generated
	 */
	Pipeline getPipeline();

	/**
	 * Sets the value of the '{@link org.pipedesk.model.desk.Status#getPipeline <em>Pipeline</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pipeline</em>' container reference.
	 * @see #getPipeline()
	 * @generated
	 */
	void setPipeline(Pipeline value);

	/**
	 * Returns the value of the '<em><b>Status Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.pipedesk.model.desk.StatusProperty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Properties asked for when a ticket is created in or moved to this status, in list order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Properties</em>' containment reference list.
	 * @see org.pipedesk.model.desk.DeskPackage#getStatus_StatusProperties()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusProperty> getStatusProperties();

} // Status
