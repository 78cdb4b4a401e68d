/**
 */
package org.pipedesk.model.desk.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.pipedesk.model.desk.AccessGrant;
import org.pipedesk.model.desk.AccessLevel;
import org.pipedesk.model.desk.DeskPackage;
import org.pipedesk.model.desk.PrincipalType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Access Grant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.impl.AccessGrantImpl#getPrincipalType <em>Principal Type</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.AccessGrantImpl#getPrincipalId <em>Principal Id</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.AccessGrantImpl#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccessGrantImpl extends MinimalEObjectImpl.Container implements AccessGrant
{
	/**
	 * The default value of the '{@link #getPrincipalType() <em>Principal Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipalType()
	 * @generated
	 * @ordered
	 */
	protected static final PrincipalType PRINCIPAL_TYPE_EDEFAULT = PrincipalType.USER;

	/**
	 * The cached value of the '{@link #getPrincipalType() <em>Principal Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipalType()
	 * @generated
	 * @ordered
	 */
	protected PrincipalType principalType = PRINCIPAL_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrincipalId() <em>Principal Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipalId()
	 * @generated
	 * @ordered
	 */
	protected static final long PRINCIPAL_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPrincipalId() <em>Principal Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipalId()
	 * @generated
	 * @ordered
	 */
	protected long principalId = PRINCIPAL_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final AccessLevel LEVEL_EDEFAULT = AccessLevel.VIEW;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected AccessLevel level = LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccessGrantImpl()
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
		return DeskPackage.Literals.ACCESS_GRANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PrincipalType getPrincipalType()
	{
		return principalType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrincipalType(PrincipalType newPrincipalType)
	{
		PrincipalType oldPrincipalType = principalType;
		principalType = newPrincipalType == null ? PRINCIPAL_TYPE_EDEFAULT : newPrincipalType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.ACCESS_GRANT__PRINCIPAL_TYPE, oldPrincipalType, principalType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPrincipalId()
	{
		return principalId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrincipalId(long newPrincipalId)
	{
		long oldPrincipalId = principalId;
		principalId = newPrincipalId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.ACCESS_GRANT__PRINCIPAL_ID, oldPrincipalId, principalId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessLevel getLevel()
	{
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(AccessLevel newLevel)
	{
		AccessLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.ACCESS_GRANT__LEVEL, oldLevel, level));
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
			case DeskPackage.ACCESS_GRANT__PRINCIPAL_TYPE:
				return getPrincipalType();
			case DeskPackage.ACCESS_GRANT__PRINCIPAL_ID:
				return getPrincipalId();
			case DeskPackage.ACCESS_GRANT__LEVEL:
				return getLevel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case DeskPackage.ACCESS_GRANT__PRINCIPAL_TYPE:
				setPrincipalType((PrincipalType)newValue);
				return;
			case DeskPackage.ACCESS_GRANT__PRINCIPAL_ID:
				setPrincipalId((Long)newValue);
				return;
			case DeskPackage.ACCESS_GRANT__LEVEL:
				setLevel((AccessLevel)newValue);
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
			case DeskPackage.ACCESS_GRANT__PRINCIPAL_TYPE:
				setPrincipalType(PRINCIPAL_TYPE_EDEFAULT);
				return;
			case DeskPackage.ACCESS_GRANT__PRINCIPAL_ID:
				setPrincipalId(PRINCIPAL_ID_EDEFAULT);
				return;
			case DeskPackage.ACCESS_GRANT__LEVEL:
				setLevel(LEVEL_EDEFAULT);
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
			case DeskPackage.ACCESS_GRANT__PRINCIPAL_TYPE:
				return principalType != PRINCIPAL_TYPE_EDEFAULT;
			case DeskPackage.ACCESS_GRANT__PRINCIPAL_ID:
				return principalId != PRINCIPAL_ID_EDEFAULT;
			case DeskPackage.ACCESS_GRANT__LEVEL:
				return level != LEVEL_EDEFAULT;
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
		result.append(" (principalType: ");
		result.append(principalType);
		result.append(", principalId: ");
		result.append(principalId);
		result.append(", level: ");
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //AccessGrantImpl
