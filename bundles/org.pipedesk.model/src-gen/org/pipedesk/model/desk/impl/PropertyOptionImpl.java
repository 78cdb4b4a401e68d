/**
 */
package org.pipedesk.model.desk.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.pipedesk.model.desk.DeskPackage;
import org.pipedesk.model.desk.PropertyOption;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Property Option</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyOptionImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyOptionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyOptionImpl#getDisplayOrder <em>Display Order</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.PropertyOptionImpl#isHidden <em>Hidden</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PropertyOptionImpl extends MinimalEObjectImpl.Container implements PropertyOption
{
	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

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
	 * The default value of the '{@link #isHidden() <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHidden()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HIDDEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHidden() <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHidden()
	 * @generated
	 * @ordered
	 */
	protected boolean hidden = HIDDEN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PropertyOptionImpl()
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
		return DeskPackage.Literals.PROPERTY_OPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue()
	{
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue)
	{
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_OPTION__VALUE, oldValue, value));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_OPTION__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_OPTION__DISPLAY_ORDER, oldDisplayOrder, displayOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHidden()
	{
		return hidden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHidden(boolean newHidden)
	{
		boolean oldHidden = hidden;
		hidden = newHidden;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.PROPERTY_OPTION__HIDDEN, oldHidden, hidden));
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
			case DeskPackage.PROPERTY_OPTION__VALUE:
				return getValue();
			case DeskPackage.PROPERTY_OPTION__LABEL:
				return getLabel();
			case DeskPackage.PROPERTY_OPTION__DISPLAY_ORDER:
				return getDisplayOrder();
			case DeskPackage.PROPERTY_OPTION__HIDDEN:
				return isHidden();
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
			case DeskPackage.PROPERTY_OPTION__VALUE:
				setValue((String)newValue);
				return;
			case DeskPackage.PROPERTY_OPTION__LABEL:
				setLabel((String)newValue);
				return;
			case DeskPackage.PROPERTY_OPTION__DISPLAY_ORDER:
				setDisplayOrder((Integer)newValue);
				return;
			case DeskPackage.PROPERTY_OPTION__HIDDEN:
				setHidden((Boolean)newValue);
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
			case DeskPackage.PROPERTY_OPTION__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_OPTION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_OPTION__DISPLAY_ORDER:
				setDisplayOrder(DISPLAY_ORDER_EDEFAULT);
				return;
			case DeskPackage.PROPERTY_OPTION__HIDDEN:
				setHidden(HIDDEN_EDEFAULT);
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
			case DeskPackage.PROPERTY_OPTION__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case DeskPackage.PROPERTY_OPTION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case DeskPackage.PROPERTY_OPTION__DISPLAY_ORDER:
				return displayOrder != DISPLAY_ORDER_EDEFAULT;
			case DeskPackage.PROPERTY_OPTION__HIDDEN:
				return hidden != HIDDEN_EDEFAULT;
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
		result.append(" (value: ");
		result.append(value);
		result.append(", label: ");
		result.append(label);
		result.append(", displayOrder: ");
		result.append(displayOrder);
		result.append(", hidden: ");
		result.append(hidden);
		result.append(')');
		return result.toString();
	}

} //PropertyOptionImpl
