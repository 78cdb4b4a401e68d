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
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pipedesk.model.desk.DeskPackage;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.Status;
import org.pipedesk.model.desk.StatusProperty;
import org.pipedesk.model.desk.TicketState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.impl.StatusImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.StatusImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.StatusImpl#getDisplayOrder <em>Display Order</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.StatusImpl#getTicketState <em>Ticket State</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.StatusImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.StatusImpl#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.StatusImpl#getPipeline <em>Pipeline</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.StatusImpl#getStatusProperties <em>Status Properties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatusImpl extends MinimalEObjectImpl.Container implements Status
{
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #getTicketState() <em>Ticket State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTicketState()
	 * @generated
	 * @ordered
	 */
	protected static final TicketState TICKET_STATE_EDEFAULT = TicketState.OPEN;

	/**
	 * The cached value of the '{@link #getTicketState() <em>Ticket State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTicketState()
	 * @generated
	 * @ordered
	 */
	protected TicketState ticketState = TICKET_STATE_EDEFAULT;

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
	 * The cached value of the '{@link #getStatusProperties() <em>Status Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusProperty> statusProperties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatusImpl()
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
		return DeskPackage.Literals.STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId()
	{
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId)
	{
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.STATUS__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.STATUS__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.STATUS__DISPLAY_ORDER, oldDisplayOrder, displayOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TicketState getTicketState()
	{
		return ticketState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTicketState(TicketState newTicketState)
	{
		TicketState oldTicketState = ticketState;
		ticketState = newTicketState == null ? TICKET_STATE_EDEFAULT : newTicketState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.STATUS__TICKET_STATE, oldTicketState, ticketState));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.STATUS__CREATED_AT, oldCreatedAt, createdAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.STATUS__UPDATED_AT, oldUpdatedAt, updatedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pipeline getPipeline()
	{
		if (eContainerFeatureID() != DeskPackage.STATUS__PIPELINE) return null;
		return (Pipeline)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPipeline(Pipeline newPipeline, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newPipeline, DeskPackage.STATUS__PIPELINE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPipeline(Pipeline newPipeline)
	{
		if (newPipeline != eInternalContainer() || (eContainerFeatureID() != DeskPackage.STATUS__PIPELINE && newPipeline != null))
		{
			if (EcoreUtil.isAncestor(this, newPipeline))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newPipeline != null)
				msgs = ((InternalEObject)newPipeline).eInverseAdd(this, DeskPackage.PIPELINE__STATUSES, Pipeline.class, msgs);
			msgs = basicSetPipeline(newPipeline, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.STATUS__PIPELINE, newPipeline, newPipeline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusProperty> getStatusProperties()
	{
		if (statusProperties == null)
		{
			statusProperties = new EObjectContainmentEList<StatusProperty>(StatusProperty.class, this, DeskPackage.STATUS__STATUS_PROPERTIES);
		}
		return statusProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case DeskPackage.STATUS__PIPELINE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetPipeline((Pipeline)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
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
			case DeskPackage.STATUS__PIPELINE:
				return basicSetPipeline(null, msgs);
			case DeskPackage.STATUS__STATUS_PROPERTIES:
				return ((InternalEList<?>)getStatusProperties()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs)
	{
		switch (eContainerFeatureID())
		{
			case DeskPackage.STATUS__PIPELINE:
				return eInternalContainer().eInverseRemove(this, DeskPackage.PIPELINE__STATUSES, Pipeline.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
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
			case DeskPackage.STATUS__ID:
				return getId();
			case DeskPackage.STATUS__LABEL:
				return getLabel();
			case DeskPackage.STATUS__DISPLAY_ORDER:
				return getDisplayOrder();
			case DeskPackage.STATUS__TICKET_STATE:
				return getTicketState();
			case DeskPackage.STATUS__CREATED_AT:
				return getCreatedAt();
			case DeskPackage.STATUS__UPDATED_AT:
				return getUpdatedAt();
			case DeskPackage.STATUS__PIPELINE:
				return getPipeline();
			case DeskPackage.STATUS__STATUS_PROPERTIES:
				return getStatusProperties();
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
			case DeskPackage.STATUS__ID:
				setId((String)newValue);
				return;
			case DeskPackage.STATUS__LABEL:
				setLabel((String)newValue);
				return;
			case DeskPackage.STATUS__DISPLAY_ORDER:
				setDisplayOrder((Integer)newValue);
				return;
			case DeskPackage.STATUS__TICKET_STATE:
				setTicketState((TicketState)newValue);
				return;
			case DeskPackage.STATUS__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case DeskPackage.STATUS__UPDATED_AT:
				setUpdatedAt((Date)newValue);
				return;
			case DeskPackage.STATUS__PIPELINE:
				setPipeline((Pipeline)newValue);
				return;
			case DeskPackage.STATUS__STATUS_PROPERTIES:
				getStatusProperties().clear();
				getStatusProperties().addAll((Collection<? extends StatusProperty>)newValue);
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
			case DeskPackage.STATUS__ID:
				setId(ID_EDEFAULT);
				return;
			case DeskPackage.STATUS__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case DeskPackage.STATUS__DISPLAY_ORDER:
				setDisplayOrder(DISPLAY_ORDER_EDEFAULT);
				return;
			case DeskPackage.STATUS__TICKET_STATE:
				setTicketState(TICKET_STATE_EDEFAULT);
				return;
			case DeskPackage.STATUS__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case DeskPackage.STATUS__UPDATED_AT:
				setUpdatedAt(UPDATED_AT_EDEFAULT);
				return;
			case DeskPackage.STATUS__PIPELINE:
				setPipeline((Pipeline)null);
				return;
			case DeskPackage.STATUS__STATUS_PROPERTIES:
				getStatusProperties().clear();
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
			case DeskPackage.STATUS__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DeskPackage.STATUS__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case DeskPackage.STATUS__DISPLAY_ORDER:
				return displayOrder != DISPLAY_ORDER_EDEFAULT;
			case DeskPackage.STATUS__TICKET_STATE:
				return ticketState != TICKET_STATE_EDEFAULT;
			case DeskPackage.STATUS__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case DeskPackage.STATUS__UPDATED_AT:
				return UPDATED_AT_EDEFAULT == null ? updatedAt != null : !UPDATED_AT_EDEFAULT.equals(updatedAt);
			case DeskPackage.STATUS__PIPELINE:
				return getPipeline() != null;
			case DeskPackage.STATUS__STATUS_PROPERTIES:
				return statusProperties != null && !statusProperties.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", label: ");
		result.append(label);
		result.append(", displayOrder: ");
		result.append(displayOrder);
		result.append(", ticketState: ");
		result.append(ticketState);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", updatedAt: ");
		result.append(updatedAt);
		result.append(')');
		return result.toString();
	}

} //StatusImpl
