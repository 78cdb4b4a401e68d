/**
 */
package org.pipedesk.model.desk.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskPackage;
import org.pipedesk.model.desk.EmailTemplate;
import org.pipedesk.model.desk.Pipeline;
import org.pipedesk.model.desk.PropertyDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Desk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.impl.DeskImpl#getPipelines <em>Pipelines</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.DeskImpl#getProperties <em>Properties</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.DeskImpl#getLastIssuedId <em>Last Issued Id</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.DeskImpl#getRetiredIds <em>Retired Ids</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.DeskImpl#getEmailTemplates <em>Email Templates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeskImpl extends MinimalEObjectImpl.Container implements Desk
{
	/**
	 * The cached value of the '{@link #getPipelines() <em>Pipelines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPipelines()
	 * @generated
	 * @ordered
	 */
	protected EList<Pipeline> pipelines;

	/**
	 * The cached value of the '{@link #getProperties() <em>Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<PropertyDefinition> properties;

	/**
	 * The default value of the '{@link #getLastIssuedId() <em>Last Issued Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastIssuedId()
	 * @generated
	 * @ordered
	 */
	protected static final long LAST_ISSUED_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLastIssuedId() <em>Last Issued Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastIssuedId()
	 * @generated
	 * @ordered
	 */
	protected long lastIssuedId = LAST_ISSUED_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRetiredIds() <em>Retired Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetiredIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> retiredIds;

	/**
	 * The cached value of the '{@link #getEmailTemplates() <em>Email Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmailTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<EmailTemplate> emailTemplates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeskImpl()
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
		return DeskPackage.Literals.DESK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pipeline> getPipelines()
	{
		if (pipelines == null)
		{
			pipelines = new EObjectContainmentEList<Pipeline>(Pipeline.class, this, DeskPackage.DESK__PIPELINES);
		}
		return pipelines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PropertyDefinition> getProperties()
	{
		if (properties == null)
		{
			properties = new EObjectContainmentEList<PropertyDefinition>(PropertyDefinition.class, this, DeskPackage.DESK__PROPERTIES);
		}
		return properties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLastIssuedId()
	{
		return lastIssuedId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastIssuedId(long newLastIssuedId)
	{
		long oldLastIssuedId = lastIssuedId;
		lastIssuedId = newLastIssuedId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.DESK__LAST_ISSUED_ID, oldLastIssuedId, lastIssuedId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRetiredIds()
	{
		if (retiredIds == null)
		{
			retiredIds = new EDataTypeUniqueEList<String>(String.class, this, DeskPackage.DESK__RETIRED_IDS);
		}
		return retiredIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EmailTemplate> getEmailTemplates()
	{
		if (emailTemplates == null)
		{
			emailTemplates = new EObjectContainmentEList<EmailTemplate>(EmailTemplate.class, this, DeskPackage.DESK__EMAIL_TEMPLATES);
		}
		return emailTemplates;
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
			case DeskPackage.DESK__PIPELINES:
				return ((InternalEList<?>)getPipelines()).basicRemove(otherEnd, msgs);
			case DeskPackage.DESK__PROPERTIES:
				return ((InternalEList<?>)getProperties()).basicRemove(otherEnd, msgs);
			case DeskPackage.DESK__EMAIL_TEMPLATES:
				return ((InternalEList<?>)getEmailTemplates()).basicRemove(otherEnd, msgs);
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
			case DeskPackage.DESK__PIPELINES:
				return getPipelines();
			case DeskPackage.DESK__PROPERTIES:
				return getProperties();
			case DeskPackage.DESK__LAST_ISSUED_ID:
				return getLastIssuedId();
			case DeskPackage.DESK__RETIRED_IDS:
				return getRetiredIds();
			case DeskPackage.DESK__EMAIL_TEMPLATES:
				return getEmailTemplates();
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
			case DeskPackage.DESK__PIPELINES:
				getPipelines().clear();
				getPipelines().addAll((Collection<? extends Pipeline>)newValue);
				return;
			case DeskPackage.DESK__PROPERTIES:
				getProperties().clear();
				getProperties().addAll((Collection<? extends PropertyDefinition>)newValue);
				return;
			case DeskPackage.DESK__LAST_ISSUED_ID:
				setLastIssuedId((Long)newValue);
				return;
			case DeskPackage.DESK__RETIRED_IDS:
				getRetiredIds().clear();
				getRetiredIds().addAll((Collection<? extends String>)newValue);
				return;
			case DeskPackage.DESK__EMAIL_TEMPLATES:
				getEmailTemplates().clear();
				getEmailTemplates().addAll((Collection<? extends EmailTemplate>)newValue);
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
			case DeskPackage.DESK__PIPELINES:
				getPipelines().clear();
				return;
			case DeskPackage.DESK__PROPERTIES:
				getProperties().clear();
				return;
			case DeskPackage.DESK__LAST_ISSUED_ID:
				setLastIssuedId(LAST_ISSUED_ID_EDEFAULT);
				return;
			case DeskPackage.DESK__RETIRED_IDS:
				getRetiredIds().clear();
				return;
			case DeskPackage.DESK__EMAIL_TEMPLATES:
				getEmailTemplates().clear();
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
			case DeskPackage.DESK__PIPELINES:
				return pipelines != null && !pipelines.isEmpty();
			case DeskPackage.DESK__PROPERTIES:
				return properties != null && !properties.isEmpty();
			case DeskPackage.DESK__LAST_ISSUED_ID:
				return lastIssuedId != LAST_ISSUED_ID_EDEFAULT;
			case DeskPackage.DESK__RETIRED_IDS:
				return retiredIds != null && !retiredIds.isEmpty();
			case DeskPackage.DESK__EMAIL_TEMPLATES:
				return emailTemplates != null && !emailTemplates.isEmpty();
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
		result.append(" (lastIssuedId: ");
		result.append(lastIssuedId);
		result.append(", retiredIds: ");
		result.append(retiredIds);
		result.append(')');
		return result.toString();
	}

} //DeskImpl
