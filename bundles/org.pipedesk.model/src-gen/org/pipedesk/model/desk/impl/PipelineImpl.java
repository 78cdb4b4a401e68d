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
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pipedesk.model.desk.AccessGrant;
import org.pipedesk.model.desk.AutomationRule;
import org.pipedesk.model.desk.DeskPackage;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;
import org.pipedesk.model.desk.Status;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pipeline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.impl.PipelineImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PipelineImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PipelineImpl#getDisplayOrder <em>Display Order</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PipelineImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PipelineImpl#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PipelineImpl#getStatuses <em>Statuses</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PipelineImpl#getCardProperties <em>Card Properties</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PipelineImpl#isAccessRestricted <em>Access Restricted</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PipelineImpl#getAccessGrants <em>Access Grants</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PipelineImpl#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PipelineImpl extends MinimalEObjectImpl.Container implements Pipeline
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
	 * The cached value of the '{@link #getStatuses() <em>Statuses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<Status> statuses;

	/**
	 * The cached value of the '{@link #getCardProperties() <em>Card Properties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCardProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<PropertyDefinition> cardProperties;

	/**
	 * The default value of the '{@link #isAccessRestricted() <em>Access Restricted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAccessRestricted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACCESS_RESTRICTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAccessRestricted() <em>Access Restricted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAccessRestricted()
	 * @generated
	 * @ordered
	 */
	protected boolean accessRestricted = ACCESS_RESTRICTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccessGrants() <em>Access Grants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessGrants()
	 * @generated
	 * @ordered
	 */
	protected EList<AccessGrant> accessGrants;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<AutomationRule> rules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PipelineImpl()
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
		return DeskPackage.Literals.PIPELINE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PIPELINE__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PIPELINE__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PIPELINE__DISPLAY_ORDER, oldDisplayOrder, displayOrder));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PIPELINE__CREATED_AT, oldCreatedAt, createdAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PIPELINE__UPDATED_AT, oldUpdatedAt, updatedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Status> getStatuses()
	{
		if (statuses == null)
		{
			statuses = new EObjectContainmentWithInverseEList<Status>(Status.class, this, DeskPackage.PIPELINE__STATUSES, DeskPackage.STATUS__PIPELINE);
		}
		return statuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PropertyDefinition> getCardProperties()
	{
		if (cardProperties == null)
		{
			cardProperties = new EObjectResolvingEList<PropertyDefinition>(PropertyDefinition.class, this, DeskPackage.PIPELINE__CARD_PROPERTIES);
		}
		return cardProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAccessRestricted()
	{
		return accessRestricted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccessRestricted(boolean newAccessRestricted)
	{
		boolean oldAccessRestricted = accessRestricted;
		accessRestricted = newAccessRestricted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PIPELINE__ACCESS_RESTRICTED, oldAccessRestricted, accessRestricted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccessGrant> getAccessGrants()
	{
		if (accessGrants == null)
		{
			accessGrants = new EObjectContainmentEList<AccessGrant>(AccessGrant.class, this, DeskPackage.PIPELINE__ACCESS_GRANTS);
		}
		return accessGrants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AutomationRule> getRules()
	{
		if (rules == null)
		{
			rules = new EObjectContainmentEList<AutomationRule>(AutomationRule.class, this, DeskPackage.PIPELINE__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case DeskPackage.PIPELINE__STATUSES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getStatuses()).basicAdd(otherEnd, msgs);
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
			case DeskPackage.PIPELINE__STATUSES:
				return ((InternalEList<?>)getStatuses()).basicRemove(otherEnd, msgs);
			case DeskPackage.PIPELINE__ACCESS_GRANTS:
				return ((InternalEList<?>)getAccessGrants()).basicRemove(otherEnd, msgs);
			case DeskPackage.PIPELINE__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case DeskPackage.PIPELINE__ID:
				return getId();
			case DeskPackage.PIPELINE__LABEL:
				return getLabel();
			case DeskPackage.PIPELINE__DISPLAY_ORDER:
				return getDisplayOrder();
			case DeskPackage.PIPELINE__CREATED_AT:
				return getCreatedAt();
			case DeskPackage.PIPELINE__UPDATED_AT:
				return getUpdatedAt();
			case DeskPackage.PIPELINE__STATUSES:
				return getStatuses();
			case DeskPackage.PIPELINE__CARD_PROPERTIES:
				return getCardProperties();
			case DeskPackage.PIPELINE__ACCESS_RESTRICTED:
				return isAccessRestricted();
			case DeskPackage.PIPELINE__ACCESS_GRANTS:
				return getAccessGrants();
			case DeskPackage.PIPELINE__RULES:
				return getRules();
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
			case DeskPackage.PIPELINE__ID:
				setId((String)newValue);
				return;
			case DeskPackage.PIPELINE__LABEL:
				setLabel((String)newValue);
				return;
			case DeskPackage.PIPELINE__DISPLAY_ORDER:
				setDisplayOrder((Integer)newValue);
				return;
			case DeskPackage.PIPELINE__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case DeskPackage.PIPELINE__UPDATED_AT:
				setUpdatedAt((Date)newValue);
				return;
			case DeskPackage.PIPELINE__STATUSES:
				getStatuses().clear();
				getStatuses().addAll((Collection<? extends Status>)newValue);
				return;
			case DeskPackage.PIPELINE__CARD_PROPERTIES:
				getCardProperties().clear();
				getCardProperties().addAll((Collection<? extends PropertyDefinition>)newValue);
				return;
			case DeskPackage.PIPELINE__ACCESS_RESTRICTED:
				setAccessRestricted((Boolean)newValue);
				return;
			case DeskPackage.PIPELINE__ACCESS_GRANTS:
				getAccessGrants().clear();
				getAccessGrants().addAll((Collection<? extends AccessGrant>)newValue);
				return;
			case DeskPackage.PIPELINE__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends AutomationRule>)newValue);
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
			case DeskPackage.PIPELINE__ID:
				setId(ID_EDEFAULT);
				return;
			case DeskPackage.PIPELINE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case DeskPackage.PIPELINE__DISPLAY_ORDER:
				setDisplayOrder(DISPLAY_ORDER_EDEFAULT);
				return;
			case DeskPackage.PIPELINE__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case DeskPackage.PIPELINE__UPDATED_AT:
				setUpdatedAt(UPDATED_AT_EDEFAULT);
				return;
			case DeskPackage.PIPELINE__STATUSES:
				getStatuses().clear();
				return;
			case DeskPackage.PIPELINE__CARD_PROPERTIES:
				getCardProperties().clear();
				return;
			case DeskPackage.PIPELINE__ACCESS_RESTRICTED:
				setAccessRestricted(ACCESS_RESTRICTED_EDEFAULT);
				return;
			case DeskPackage.PIPELINE__ACCESS_GRANTS:
				getAccessGrants().clear();
				return;
			case DeskPackage.PIPELINE__RULES:
				getRules().clear();
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
			case DeskPackage.PIPELINE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DeskPackage.PIPELINE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case DeskPackage.PIPELINE__DISPLAY_ORDER:
				return displayOrder != DISPLAY_ORDER_EDEFAULT;
			case DeskPackage.PIPELINE__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case DeskPackage.PIPELINE__UPDATED_AT:
				return UPDATED_AT_EDEFAULT == null ? updatedAt != null : !UPDATED_AT_EDEFAULT.equals(updatedAt);
			case DeskPackage.PIPELINE__STATUSES:
				return statuses != null && !statuses.isEmpty();
			case DeskPackage.PIPELINE__CARD_PROPERTIES:
				return cardProperties != null && !cardProperties.isEmpty();
			case DeskPackage.PIPELINE__ACCESS_RESTRICTED:
				return accessRestricted != ACCESS_RESTRICTED_EDEFAULT;
			case DeskPackage.PIPELINE__ACCESS_GRANTS:
				return accessGrants != null && !accessGrants.isEmpty();
			case DeskPackage.PIPELINE__RULES:
				return rules != null && !rules.isEmpty();
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
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", updatedAt: ");
		result.append(updatedAt);
		result.append(", accessRestricted: ");
		result.append(accessRestricted);
		result.append(')');
		return result.toString();
	}

} //PipelineImpl
