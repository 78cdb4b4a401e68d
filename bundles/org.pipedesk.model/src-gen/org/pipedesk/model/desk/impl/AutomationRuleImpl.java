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

import org.pipedesk.model.desk.AutomationAction;
import org.pipedesk.model.desk.AutomationRule;
import org.pipedesk.model.desk.DeskPackage;
import org.pipedesk.model.desk.Parameter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Automation Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pipedesk.model.desk.impl.AutomationRuleImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.AutomationRuleImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.AutomationRuleImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.AutomationRuleImpl#getTriggerType <em>Trigger Type</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.AutomationRuleImpl#getTriggerParameters <em>Trigger Parameters</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.AutomationRuleImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.pipedesk.model.desk.impl.AutomationRuleImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AutomationRuleImpl extends MinimalEObjectImpl.Container implements AutomationRule
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
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTriggerType() <em>Trigger Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTriggerType()
	 * @generated
	 * @ordered
	 */
	protected static final String TRIGGER_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTriggerType() <em>Trigger Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTriggerType()
	 * @generated
	 * @ordered
	 */
	protected String triggerType = TRIGGER_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTriggerParameters() <em>Trigger Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTriggerParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> triggerParameters;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sources;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<AutomationAction> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AutomationRuleImpl()
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
		return DeskPackage.Literals.AUTOMATION_RULE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.AUTOMATION_RULE__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.AUTOMATION_RULE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled()
	{
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled)
	{
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.AUTOMATION_RULE__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTriggerType()
	{
		return triggerType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTriggerType(String newTriggerType)
	{
		String oldTriggerType = triggerType;
		triggerType = newTriggerType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.AUTOMATION_RULE__TRIGGER_TYPE, oldTriggerType, triggerType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getTriggerParameters()
	{
		if (triggerParameters == null)
		{
			triggerParameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, DeskPackage.AUTOMATION_RULE__TRIGGER_PARAMETERS);
		}
		return triggerParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSources()
	{
		if (sources == null)
		{
			sources = new EDataTypeUniqueEList<String>(String.class, this, DeskPackage.AUTOMATION_RULE__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AutomationAction> getActions()
	{
		if (actions == null)
		{
			actions = new EObjectContainmentEList<AutomationAction>(AutomationAction.class, this, DeskPackage.AUTOMATION_RULE__ACTIONS);
		}
		return actions;
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
			case DeskPackage.AUTOMATION_RULE__TRIGGER_PARAMETERS:
				return ((InternalEList<?>)getTriggerParameters()).basicRemove(otherEnd, msgs);
			case DeskPackage.AUTOMATION_RULE__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
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
			case DeskPackage.AUTOMATION_RULE__ID:
				return getId();
			case DeskPackage.AUTOMATION_RULE__LABEL:
				return getLabel();
			case DeskPackage.AUTOMATION_RULE__ENABLED:
				return isEnabled();
			case DeskPackage.AUTOMATION_RULE__TRIGGER_TYPE:
				return getTriggerType();
			case DeskPackage.AUTOMATION_RULE__TRIGGER_PARAMETERS:
				return getTriggerParameters();
			case DeskPackage.AUTOMATION_RULE__SOURCES:
				return getSources();
			case DeskPackage.AUTOMATION_RULE__ACTIONS:
				return getActions();
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
			case DeskPackage.AUTOMATION_RULE__ID:
				setId((String)newValue);
				return;
			case DeskPackage.AUTOMATION_RULE__LABEL:
				setLabel((String)newValue);
				return;
			case DeskPackage.AUTOMATION_RULE__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case DeskPackage.AUTOMATION_RULE__TRIGGER_TYPE:
				setTriggerType((String)newValue);
				return;
			case DeskPackage.AUTOMATION_RULE__TRIGGER_PARAMETERS:
				getTriggerParameters().clear();
				getTriggerParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case DeskPackage.AUTOMATION_RULE__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends String>)newValue);
				return;
			case DeskPackage.AUTOMATION_RULE__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends AutomationAction>)newValue);
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
			case DeskPackage.AUTOMATION_RULE__ID:
				setId(ID_EDEFAULT);
				return;
			case DeskPackage.AUTOMATION_RULE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case DeskPackage.AUTOMATION_RULE__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case DeskPackage.AUTOMATION_RULE__TRIGGER_TYPE:
				setTriggerType(TRIGGER_TYPE_EDEFAULT);
				return;
			case DeskPackage.AUTOMATION_RULE__TRIGGER_PARAMETERS:
				getTriggerParameters().clear();
				return;
			case DeskPackage.AUTOMATION_RULE__SOURCES:
				getSources().clear();
				return;
			case DeskPackage.AUTOMATION_RULE__ACTIONS:
				getActions().clear();
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
			case DeskPackage.AUTOMATION_RULE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DeskPackage.AUTOMATION_RULE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case DeskPackage.AUTOMATION_RULE__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case DeskPackage.AUTOMATION_RULE__TRIGGER_TYPE:
				return TRIGGER_TYPE_EDEFAULT == null ? triggerType != null : !TRIGGER_TYPE_EDEFAULT.equals(triggerType);
			case DeskPackage.AUTOMATION_RULE__TRIGGER_PARAMETERS:
				return triggerParameters != null && !triggerParameters.isEmpty();
			case DeskPackage.AUTOMATION_RULE__SOURCES:
				return sources != null && !sources.isEmpty();
			case DeskPackage.AUTOMATION_RULE__ACTIONS:
				return actions != null && !actions.isEmpty();
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
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", triggerType: ");
		result.append(triggerType);
		result.append(", sources: ");
		result.append(sources);
		result.append(')');
		return result.toString();
	}

} //AutomationRuleImpl
