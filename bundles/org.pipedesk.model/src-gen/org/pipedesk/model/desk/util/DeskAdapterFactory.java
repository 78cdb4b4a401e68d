/**
 */
package org.pipedesk.model.desk.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.pipedesk.model.desk.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.pipedesk.model.desk.DeskPackage
 * @generated
 */
public class DeskAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DeskPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeskAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = DeskPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeskSwitch<Adapter> modelSwitch =
		new DeskSwitch<Adapter>()
		{
			@Override
			public Adapter caseDesk(Desk object)
			{
				return createDeskAdapter();
			}
			@Override
			public Adapter casePipeline(Pipeline object)
			{
				return createPipelineAdapter();
			}
			@Override
			public Adapter caseStatus(Status object)
			{
				return createStatusAdapter();
			}
			@Override
			public Adapter casePropertyDefinition(PropertyDefinition object)
			{
				return createPropertyDefinitionAdapter();
			}
			@Override
			public Adapter casePropertyOption(PropertyOption object)
			{
				return createPropertyOptionAdapter();
			}
			@Override
			public Adapter caseStatusProperty(StatusProperty object)
			{
				return createStatusPropertyAdapter();
			}
			@Override
			public Adapter caseAccessGrant(AccessGrant object)
			{
				return createAccessGrantAdapter();
			}
			@Override
			public Adapter caseAutomationRule(AutomationRule object)
			{
				return createAutomationRuleAdapter();
			}
			@Override
			public Adapter caseAutomationAction(AutomationAction object)
			{
				return createAutomationActionAdapter();
			}
			@Override
			public Adapter caseParameter(Parameter object)
			{
				return createParameterAdapter();
			}
			@Override
			public Adapter caseEmailTemplate(EmailTemplate object)
			{
				return createEmailTemplateAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.pipedesk.model.desk.Desk <em>Desk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pipedesk.model.desk.Desk
	 * @generated
	 */
	public Adapter createDeskAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pipedesk.model.desk.Pipeline <em>Pipeline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pipedesk.model.desk.Pipeline
	 * @generated
	 */
	public Adapter createPipelineAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pipedesk.model.desk.Status <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pipedesk.model.desk.Status
	 * @generated
	 */
	public Adapter createStatusAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pipedesk.model.desk.PropertyDefinition <em>Property Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pipedesk.model.desk.PropertyDefinition
	 * @generated
	 */
	public Adapter createPropertyDefinitionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pipedesk.model.desk.PropertyOption <em>Property Option</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pipedesk.model.desk.PropertyOption
	 * @generated
	 */
	public Adapter createPropertyOptionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pipedesk.model.desk.StatusProperty <em>Status Property</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pipedesk.model.desk.StatusProperty
	 * @generated
	 */
	public Adapter createStatusPropertyAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pipedesk.model.desk.AccessGrant <em>Access Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pipedesk.model.desk.AccessGrant
	 * @generated
	 */
	public Adapter createAccessGrantAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pipedesk.model.desk.AutomationRule <em>Automation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pipedesk.model.desk.AutomationRule
	 * @generated
	 */
	public Adapter createAutomationRuleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pipedesk.model.desk.AutomationAction <em>Automation Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pipedesk.model.desk.AutomationAction
	 * @generated
	 */
	public Adapter createAutomationActionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pipedesk.model.desk.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pipedesk.model.desk.Parameter
	 * @generated
	 */
	public Adapter createParameterAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pipedesk.model.desk.EmailTemplate <em>Email Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pipedesk.model.desk.EmailTemplate
	 * @generated
	 */
	public Adapter createEmailTemplateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //DeskAdapterFactory
