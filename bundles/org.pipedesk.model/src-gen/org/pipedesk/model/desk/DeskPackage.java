/**
 */
package org.pipedesk.model.desk;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Pipedesk desk configuration: pipelines, statuses and ticket properties. Tickets themselves are rows in the store, not model objects.
 * <!-- end-model-doc -->
 * @see org.pipedesk.model.desk.DeskFactory
 * @model kind="package"
 * @generated
 */
public interface DeskPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "desk";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://pipedesk.org/model/desk/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "desk";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DeskPackage eINSTANCE = org.pipedesk.model.desk.impl.DeskPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.impl.DeskImpl <em>Desk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.impl.DeskImpl
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getDesk()
	 * @generated
	 */
	int DESK = 0;

	/**
	 * The feature id for the '<em><b>Pipelines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESK__PIPELINES = 0;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESK__PROPERTIES = 1;

	/**
	 * The feature id for the '<em><b>Last Issued Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESK__LAST_ISSUED_ID = 2;

	/**
	 * The feature id for the '<em><b>Retired Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESK__RETIRED_IDS = 3;

	/**
	 * The feature id for the '<em><b>Email Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESK__EMAIL_TEMPLATES = 4;

	/**
	 * The number of structural features of the '<em>Desk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESK_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Desk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.impl.PipelineImpl <em>Pipeline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.impl.PipelineImpl
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getPipeline()
	 * @generated
	 */
	int PIPELINE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Display Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__DISPLAY_ORDER = 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__CREATED_AT = 3;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__UPDATED_AT = 4;

	/**
	 * The feature id for the '<em><b>Statuses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__STATUSES = 5;

	/**
	 * The feature id for the '<em><b>Card Properties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__CARD_PROPERTIES = 6;

	/**
	 * The feature id for the '<em><b>Access Restricted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__ACCESS_RESTRICTED = 7;

	/**
	 * The feature id for the '<em><b>Access Grants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__ACCESS_GRANTS = 8;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__RULES = 9;

	/**
	 * The number of structural features of the '<em>Pipeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Pipeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.impl.StatusImpl <em>Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.impl.StatusImpl
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getStatus()
	 * @generated
	 */
	int STATUS = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Display Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__DISPLAY_ORDER = 2;

	/**
	 * The feature id for the '<em><b>Ticket State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__TICKET_STATE = 3;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__CREATED_AT = 4;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__UPDATED_AT = 5;

	/**
	 * The feature id for the '<em><b>Pipeline</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__PIPELINE = 6;

	/**
	 * The feature id for the '<em><b>Status Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS__STATUS_PROPERTIES = 7;

	/**
	 * The number of structural features of the '<em>Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl <em>Property Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.impl.PropertyDefinitionImpl
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getPropertyDefinition()
	 * @generated
	 */
	int PROPERTY_DEFINITION = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Group Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__GROUP_NAME = 3;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__TYPE = 4;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__OPTIONS = 5;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__READ_ONLY = 6;

	/**
	 * The feature id for the '<em><b>Calculated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__CALCULATED = 7;

	/**
	 * The feature id for the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__BUILT_IN = 8;

	/**
	 * The feature id for the '<em><b>Field Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__FIELD_TYPE = 9;

	/**
	 * The feature id for the '<em><b>Display Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__DISPLAY_ORDER = 10;

	/**
	 * The feature id for the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__HIDDEN = 11;

	/**
	 * The feature id for the '<em><b>Form Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__FORM_FIELD = 12;

	/**
	 * The feature id for the '<em><b>Archived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__ARCHIVED = 13;

	/**
	 * The feature id for the '<em><b>Archived At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__ARCHIVED_AT = 14;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__CREATED_AT = 15;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__UPDATED_AT = 16;

	/**
	 * The number of structural features of the '<em>Property Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Property Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.impl.PropertyOptionImpl <em>Property Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.impl.PropertyOptionImpl
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getPropertyOption()
	 * @generated
	 */
	int PROPERTY_OPTION = 4;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPTION__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPTION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Display Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPTION__DISPLAY_ORDER = 2;

	/**
	 * The feature id for the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPTION__HIDDEN = 3;

	/**
	 * The number of structural features of the '<em>Property Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Property Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.impl.StatusPropertyImpl <em>Status Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.impl.StatusPropertyImpl
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getStatusProperty()
	 * @generated
	 */
	int STATUS_PROPERTY = 5;

	/**
	 * The feature id for the '<em><b>Property</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_PROPERTY__PROPERTY = 0;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_PROPERTY__REQUIRED = 1;

	/**
	 * The number of structural features of the '<em>Status Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Status Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.impl.AccessGrantImpl <em>Access Grant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.impl.AccessGrantImpl
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getAccessGrant()
	 * @generated
	 */
	int ACCESS_GRANT = 6;

	/**
	 * The feature id for the '<em><b>Principal Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_GRANT__PRINCIPAL_TYPE = 0;

	/**
	 * The feature id for the '<em><b>Principal Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_GRANT__PRINCIPAL_ID = 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_GRANT__LEVEL = 2;

	/**
	 * The number of structural features of the '<em>Access Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_GRANT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Access Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_GRANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.impl.AutomationRuleImpl <em>Automation Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.impl.AutomationRuleImpl
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getAutomationRule()
	 * @generated
	 */
	int AUTOMATION_RULE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_RULE__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_RULE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_RULE__ENABLED = 2;

	/**
	 * The feature id for the '<em><b>Trigger Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_RULE__TRIGGER_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Trigger Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_RULE__TRIGGER_PARAMETERS = 4;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_RULE__SOURCES = 5;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_RULE__ACTIONS = 6;

	/**
	 * The number of structural features of the '<em>Automation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_RULE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Automation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.impl.AutomationActionImpl <em>Automation Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.impl.AutomationActionImpl
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getAutomationAction()
	 * @generated
	 */
	int AUTOMATION_ACTION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ACTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Action Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ACTION__ACTION_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ACTION__PARAMETERS = 2;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ACTION__COMMENT = 3;

	/**
	 * The number of structural features of the '<em>Automation Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ACTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Automation Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.impl.ParameterImpl
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.impl.EmailTemplateImpl <em>Email Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.impl.EmailTemplateImpl
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getEmailTemplate()
	 * @generated
	 */
	int EMAIL_TEMPLATE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE__SUBJECT = 2;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE__BODY = 3;

	/**
	 * The feature id for the '<em><b>Marketing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE__MARKETING = 4;

	/**
	 * The feature id for the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE__BUILT_IN = 5;

	/**
	 * The number of structural features of the '<em>Email Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Email Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.TicketState <em>Ticket State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.TicketState
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getTicketState()
	 * @generated
	 */
	int TICKET_STATE = 11;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.PropertyType <em>Property Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.PropertyType
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getPropertyType()
	 * @generated
	 */
	int PROPERTY_TYPE = 12;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.PrincipalType <em>Principal Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.PrincipalType
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getPrincipalType()
	 * @generated
	 */
	int PRINCIPAL_TYPE = 13;

	/**
	 * The meta object id for the '{@link org.pipedesk.model.desk.AccessLevel <em>Access Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pipedesk.model.desk.AccessLevel
	 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getAccessLevel()
	 * @generated
	 */
	int ACCESS_LEVEL = 14;


	/**
	 * Returns the meta object for class '{@link org.pipedesk.model.desk.Desk <em>Desk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Desk</em>'.
	 * @see org.pipedesk.model.desk.Desk
	 * @generated
	 */
	EClass getDesk();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pipedesk.model.desk.Desk#getPipelines <em>Pipelines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pipelines</em>'.
	 * @see org.pipedesk.model.desk.Desk#getPipelines()
	 * @see #getDesk()
	 * @generated
	 */
	EReference getDesk_Pipelines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pipedesk.model.desk.Desk#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.pipedesk.model.desk.Desk#getProperties()
	 * @see #getDesk()
	 * @generated
	 */
	EReference getDesk_Properties();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Desk#getLastIssuedId <em>Last Issued Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Issued Id</em>'.
	 * @see org.pipedesk.model.desk.Desk#getLastIssuedId()
	 * @see #getDesk()
	 * @generated
	 */
	EAttribute getDesk_LastIssuedId();

	/**
	 * Returns the meta object for the attribute list '{@link org.pipedesk.model.desk.Desk#getRetiredIds <em>Retired Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Retired Ids</em>'.
	 * @see org.pipedesk.model.desk.Desk#getRetiredIds()
	 * @see #getDesk()
	 * @generated
	 */
	EAttribute getDesk_RetiredIds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pipedesk.model.desk.Desk#getEmailTemplates <em>Email Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Email Templates</em>'.
	 * @see org.pipedesk.model.desk.Desk#getEmailTemplates()
	 * @see #getDesk()
	 * @generated
	 */
	EReference getDesk_EmailTemplates();

	/**
	 * Returns the meta object for class '{@link org.pipedesk.model.desk.Pipeline <em>Pipeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pipeline</em>'.
	 * @see org.pipedesk.model.desk.Pipeline
	 * @generated
	 */
	EClass getPipeline();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Pipeline#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pipedesk.model.desk.Pipeline#getId()
	 * @see #getPipeline()
	 * @generated
	 */
	EAttribute getPipeline_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Pipeline#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.pipedesk.model.desk.Pipeline#getLabel()
	 * @see #getPipeline()
	 * @generated
	 */
	EAttribute getPipeline_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Pipeline#getDisplayOrder <em>Display Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Order</em>'.
	 * @see org.pipedesk.model.desk.Pipeline#getDisplayOrder()
	 * @see #getPipeline()
	 * @generated
	 */
	EAttribute getPipeline_DisplayOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Pipeline#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.pipedesk.model.desk.Pipeline#getCreatedAt()
	 * @see #getPipeline()
	 * @generated
	 */
	EAttribute getPipeline_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Pipeline#getUpdatedAt <em>Updated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated At</em>'.
	 * @see org.pipedesk.model.desk.Pipeline#getUpdatedAt()
	 * @see #getPipeline()
	 * @generated
	 */
	EAttribute getPipeline_UpdatedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pipedesk.model.desk.Pipeline#getStatuses <em>Statuses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Statuses</em>'.
	 * @see org.pipedesk.model.desk.Pipeline#getStatuses()
	 * @see #getPipeline()
	 * @generated
	 */
	EReference getPipeline_Statuses();

	/**
	 * Returns the meta object for the reference list '{@link org.pipedesk.model.desk.Pipeline#getCardProperties <em>Card Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Card Properties</em>'.
	 * @see org.pipedesk.model.desk.Pipeline#getCardProperties()
	 * @see #getPipeline()
	 * @generated
	 */
	EReference getPipeline_CardProperties();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Pipeline#isAccessRestricted <em>Access Restricted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access Restricted</em>'.
	 * @see org.pipedesk.model.desk.Pipeline#isAccessRestricted()
	 * @see #getPipeline()
	 * @generated
	 */
	EAttribute getPipeline_AccessRestricted();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pipedesk.model.desk.Pipeline#getAccessGrants <em>Access Grants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Access Grants</em>'.
	 * @see org.pipedesk.model.desk.Pipeline#getAccessGrants()
	 * @see #getPipeline()
	 * @generated
	 */
	EReference getPipeline_AccessGrants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pipedesk.model.desk.Pipeline#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.pipedesk.model.desk.Pipeline#getRules()
	 * @see #getPipeline()
	 * @generated
	 */
	EReference getPipeline_Rules();

	/**
	 * Returns the meta object for class '{@link org.pipedesk.model.desk.Status <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status</em>'.
	 * @see org.pipedesk.model.desk.Status
	 * @generated
	 */
	EClass getStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Status#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pipedesk.model.desk.Status#getId()
	 * @see #getStatus()
	 * @generated
	 */
	EAttribute getStatus_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Status#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.pipedesk.model.desk.Status#getLabel()
	 * @see #getStatus()
	 * @generated
	 */
	EAttribute getStatus_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Status#getDisplayOrder <em>Display Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Order</em>'.
	 * @see org.pipedesk.model.desk.Status#getDisplayOrder()
	 * @see #getStatus()
	 * @generated
	 */
	EAttribute getStatus_DisplayOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Status#getTicketState <em>Ticket State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ticket State</em>'.
	 * @see org.pipedesk.model.desk.Status#getTicketState()
	 * @see #getStatus()
	 * @generated
	 */
	EAttribute getStatus_TicketState();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Status#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.pipedesk.model.desk.Status#getCreatedAt()
	 * @see #getStatus()
	 * @generated
	 */
	EAttribute getStatus_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Status#getUpdatedAt <em>Updated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated At</em>'.
	 * @see org.pipedesk.model.desk.Status#getUpdatedAt()
	 * @see #getStatus()
	 * @generated
	 */
	EAttribute getStatus_UpdatedAt();

	/**
	 * Returns the meta object for the container reference '{@link org.pipedesk.model.desk.Status#getPipeline <em>Pipeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Pipeline</em>'.
	 * @see org.pipedesk.model.desk.Status#getPipeline()
	 * @see #getStatus()
	 * @generated
	 */
	EReference getStatus_Pipeline();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pipedesk.model.desk.Status#getStatusProperties <em>Status Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status Properties</em>'.
	 * @see org.pipedesk.model.desk.Status#getStatusProperties()
	 * @see #getStatus()
	 * @generated
	 */
	EReference getStatus_StatusProperties();

	/**
	 * Returns the meta object for class '{@link org.pipedesk.model.desk.PropertyDefinition <em>Property Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property Definition</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition
	 * @generated
	 */
	EClass getPropertyDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#getName()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#getLabel()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#getDescription()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#getGroupName <em>Group Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Name</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#getGroupName()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_GroupName();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#getType()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Type();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pipedesk.model.desk.PropertyDefinition#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#getOptions()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EReference getPropertyDefinition_Options();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#isReadOnly <em>Read Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Only</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#isReadOnly()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_ReadOnly();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#isCalculated <em>Calculated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Calculated</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#isCalculated()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Calculated();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#isBuiltIn <em>Built In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Built In</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#isBuiltIn()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_BuiltIn();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#getFieldType <em>Field Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Type</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#getFieldType()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_FieldType();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#getDisplayOrder <em>Display Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Order</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#getDisplayOrder()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_DisplayOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#isHidden <em>Hidden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#isHidden()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Hidden();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#isFormField <em>Form Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Form Field</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#isFormField()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_FormField();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#isArchived <em>Archived</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Archived</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#isArchived()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Archived();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#getArchivedAt <em>Archived At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Archived At</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#getArchivedAt()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_ArchivedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#getCreatedAt()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyDefinition#getUpdatedAt <em>Updated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated At</em>'.
	 * @see org.pipedesk.model.desk.PropertyDefinition#getUpdatedAt()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_UpdatedAt();

	/**
	 * Returns the meta object for class '{@link org.pipedesk.model.desk.PropertyOption <em>Property Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property Option</em>'.
	 * @see org.pipedesk.model.desk.PropertyOption
	 * @generated
	 */
	EClass getPropertyOption();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyOption#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.pipedesk.model.desk.PropertyOption#getValue()
	 * @see #getPropertyOption()
	 * @generated
	 */
	EAttribute getPropertyOption_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyOption#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.pipedesk.model.desk.PropertyOption#getLabel()
	 * @see #getPropertyOption()
	 * @generated
	 */
	EAttribute getPropertyOption_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyOption#getDisplayOrder <em>Display Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Order</em>'.
	 * @see org.pipedesk.model.desk.PropertyOption#getDisplayOrder()
	 * @see #getPropertyOption()
	 * @generated
	 */
	EAttribute getPropertyOption_DisplayOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.PropertyOption#isHidden <em>Hidden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden</em>'.
	 * @see org.pipedesk.model.desk.PropertyOption#isHidden()
	 * @see #getPropertyOption()
	 * @generated
	 */
	EAttribute getPropertyOption_Hidden();

	/**
	 * Returns the meta object for class '{@link org.pipedesk.model.desk.StatusProperty <em>Status Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Property</em>'.
	 * @see org.pipedesk.model.desk.StatusProperty
	 * @generated
	 */
	EClass getStatusProperty();

	/**
	 * Returns the meta object for the reference '{@link org.pipedesk.model.desk.StatusProperty#getProperty <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Property</em>'.
	 * @see org.pipedesk.model.desk.StatusProperty#getProperty()
	 * @see #getStatusProperty()
	 * @generated
	 */
	EReference getStatusProperty_Property();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.StatusProperty#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.pipedesk.model.desk.StatusProperty#isRequired()
	 * @see #getStatusProperty()
	 * @generated
	 */
	EAttribute getStatusProperty_Required();

	/**
	 * Returns the meta object for class '{@link org.pipedesk.model.desk.AccessGrant <em>Access Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Access Grant</em>'.
	 * @see org.pipedesk.model.desk.AccessGrant
	 * @generated
	 */
	EClass getAccessGrant();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.AccessGrant#getPrincipalType <em>Principal Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Principal Type</em>'.
	 * @see org.pipedesk.model.desk.AccessGrant#getPrincipalType()
	 * @see #getAccessGrant()
	 * @generated
	 */
	EAttribute getAccessGrant_PrincipalType();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.AccessGrant#getPrincipalId <em>Principal Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Principal Id</em>'.
	 * @see org.pipedesk.model.desk.AccessGrant#getPrincipalId()
	 * @see #getAccessGrant()
	 * @generated
	 */
	EAttribute getAccessGrant_PrincipalId();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.AccessGrant#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.pipedesk.model.desk.AccessGrant#getLevel()
	 * @see #getAccessGrant()
	 * @generated
	 */
	EAttribute getAccessGrant_Level();

	/**
	 * Returns the meta object for class '{@link org.pipedesk.model.desk.AutomationRule <em>Automation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Automation Rule</em>'.
	 * @see org.pipedesk.model.desk.AutomationRule
	 * @generated
	 */
	EClass getAutomationRule();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.AutomationRule#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pipedesk.model.desk.AutomationRule#getId()
	 * @see #getAutomationRule()
	 * @generated
	 */
	EAttribute getAutomationRule_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.AutomationRule#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.pipedesk.model.desk.AutomationRule#getLabel()
	 * @see #getAutomationRule()
	 * @generated
	 */
	EAttribute getAutomationRule_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.AutomationRule#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.pipedesk.model.desk.AutomationRule#isEnabled()
	 * @see #getAutomationRule()
	 * @generated
	 */
	EAttribute getAutomationRule_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.AutomationRule#getTriggerType <em>Trigger Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger Type</em>'.
	 * @see org.pipedesk.model.desk.AutomationRule#getTriggerType()
	 * @see #getAutomationRule()
	 * @generated
	 */
	EAttribute getAutomationRule_TriggerType();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pipedesk.model.desk.AutomationRule#getTriggerParameters <em>Trigger Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trigger Parameters</em>'.
	 * @see org.pipedesk.model.desk.AutomationRule#getTriggerParameters()
	 * @see #getAutomationRule()
	 * @generated
	 */
	EReference getAutomationRule_TriggerParameters();

	/**
	 * Returns the meta object for the attribute list '{@link org.pipedesk.model.desk.AutomationRule#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sources</em>'.
	 * @see org.pipedesk.model.desk.AutomationRule#getSources()
	 * @see #getAutomationRule()
	 * @generated
	 */
	EAttribute getAutomationRule_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pipedesk.model.desk.AutomationRule#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.pipedesk.model.desk.AutomationRule#getActions()
	 * @see #getAutomationRule()
	 * @generated
	 */
	EReference getAutomationRule_Actions();

	/**
	 * Returns the meta object for class '{@link org.pipedesk.model.desk.AutomationAction <em>Automation Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Automation Action</em>'.
	 * @see org.pipedesk.model.desk.AutomationAction
	 * @generated
	 */
	EClass getAutomationAction();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.AutomationAction#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pipedesk.model.desk.AutomationAction#getId()
	 * @see #getAutomationAction()
	 * @generated
	 */
	EAttribute getAutomationAction_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.AutomationAction#getActionType <em>Action Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action Type</em>'.
	 * @see org.pipedesk.model.desk.AutomationAction#getActionType()
	 * @see #getAutomationAction()
	 * @generated
	 */
	EAttribute getAutomationAction_ActionType();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pipedesk.model.desk.AutomationAction#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.pipedesk.model.desk.AutomationAction#getParameters()
	 * @see #getAutomationAction()
	 * @generated
	 */
	EReference getAutomationAction_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.AutomationAction#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.pipedesk.model.desk.AutomationAction#getComment()
	 * @see #getAutomationAction()
	 * @generated
	 */
	EAttribute getAutomationAction_Comment();

	/**
	 * Returns the meta object for class '{@link org.pipedesk.model.desk.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.pipedesk.model.desk.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Parameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pipedesk.model.desk.Parameter#getName()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.pipedesk.model.desk.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.pipedesk.model.desk.EmailTemplate <em>Email Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Email Template</em>'.
	 * @see org.pipedesk.model.desk.EmailTemplate
	 * @generated
	 */
	EClass getEmailTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.EmailTemplate#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pipedesk.model.desk.EmailTemplate#getId()
	 * @see #getEmailTemplate()
	 * @generated
	 */
	EAttribute getEmailTemplate_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.EmailTemplate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pipedesk.model.desk.EmailTemplate#getName()
	 * @see #getEmailTemplate()
	 * @generated
	 */
	EAttribute getEmailTemplate_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.EmailTemplate#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.pipedesk.model.desk.EmailTemplate#getSubject()
	 * @see #getEmailTemplate()
	 * @generated
	 */
	EAttribute getEmailTemplate_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.EmailTemplate#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.pipedesk.model.desk.EmailTemplate#getBody()
	 * @see #getEmailTemplate()
	 * @generated
	 */
	EAttribute getEmailTemplate_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.EmailTemplate#isMarketing <em>Marketing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Marketing</em>'.
	 * @see org.pipedesk.model.desk.EmailTemplate#isMarketing()
	 * @see #getEmailTemplate()
	 * @generated
	 */
	EAttribute getEmailTemplate_Marketing();

	/**
	 * Returns the meta object for the attribute '{@link org.pipedesk.model.desk.EmailTemplate#isBuiltIn <em>Built In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Built In</em>'.
	 * @see org.pipedesk.model.desk.EmailTemplate#isBuiltIn()
	 * @see #getEmailTemplate()
	 * @generated
	 */
	EAttribute getEmailTemplate_BuiltIn();

	/**
	 * Returns the meta object for enum '{@link org.pipedesk.model.desk.TicketState <em>Ticket State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ticket State</em>'.
	 * @see org.pipedesk.model.desk.TicketState
	 * @generated
	 */
	EEnum getTicketState();

	/**
	 * Returns the meta object for enum '{@link org.pipedesk.model.desk.PropertyType <em>Property Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Property Type</em>'.
	 * @see org.pipedesk.model.desk.PropertyType
	 * @generated
	 */
	EEnum getPropertyType();

	/**
	 * Returns the meta object for enum '{@link org.pipedesk.model.desk.PrincipalType <em>Principal Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Principal Type</em>'.
	 * @see org.pipedesk.model.desk.PrincipalType
	 * @generated
	 */
	EEnum getPrincipalType();

	/**
	 * Returns the meta object for enum '{@link org.pipedesk.model.desk.AccessLevel <em>Access Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Access Level</em>'.
	 * @see org.pipedesk.model.desk.AccessLevel
	 * @generated
	 */
	EEnum getAccessLevel();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DeskFactory getDeskFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.impl.DeskImpl <em>Desk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.impl.DeskImpl
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getDesk()
		 * @generated
		 */
		EClass DESK = eINSTANCE.getDesk();

		/**
		 * The meta object literal for the '<em><b>Pipelines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESK__PIPELINES = eINSTANCE.getDesk_Pipelines();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESK__PROPERTIES = eINSTANCE.getDesk_Properties();

		/**
		 * The meta object literal for the '<em><b>Last Issued Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESK__LAST_ISSUED_ID = eINSTANCE.getDesk_LastIssuedId();

		/**
		 * The meta object literal for the '<em><b>Retired Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESK__RETIRED_IDS = eINSTANCE.getDesk_RetiredIds();

		/**
		 * The meta object literal for the '<em><b>Email Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESK__EMAIL_TEMPLATES = eINSTANCE.getDesk_EmailTemplates();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.impl.PipelineImpl <em>Pipeline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.impl.PipelineImpl
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getPipeline()
		 * @generated
		 */
		EClass PIPELINE = eINSTANCE.getPipeline();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPELINE__ID = eINSTANCE.getPipeline_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPELINE__LABEL = eINSTANCE.getPipeline_Label();

		/**
		 * The meta object literal for the '<em><b>Display Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPELINE__DISPLAY_ORDER = eINSTANCE.getPipeline_DisplayOrder();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPELINE__CREATED_AT = eINSTANCE.getPipeline_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Updated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPELINE__UPDATED_AT = eINSTANCE.getPipeline_UpdatedAt();

		/**
		 * The meta object literal for the '<em><b>Statuses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PIPELINE__STATUSES = eINSTANCE.getPipeline_Statuses();

		/**
		 * The meta object literal for the '<em><b>Card Properties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PIPELINE__CARD_PROPERTIES = eINSTANCE.getPipeline_CardProperties();

		/**
		 * The meta object literal for the '<em><b>Access Restricted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPELINE__ACCESS_RESTRICTED = eINSTANCE.getPipeline_AccessRestricted();

		/**
		 * The meta object literal for the '<em><b>Access Grants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PIPELINE__ACCESS_GRANTS = eINSTANCE.getPipeline_AccessGrants();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PIPELINE__RULES = eINSTANCE.getPipeline_Rules();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.impl.StatusImpl <em>Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.impl.StatusImpl
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getStatus()
		 * @generated
		 */
		EClass STATUS = eINSTANCE.getStatus();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS__ID = eINSTANCE.getStatus_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS__LABEL = eINSTANCE.getStatus_Label();

		/**
		 * The meta object literal for the '<em><b>Display Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS__DISPLAY_ORDER = eINSTANCE.getStatus_DisplayOrder();

		/**
		 * The meta object literal for the '<em><b>Ticket State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS__TICKET_STATE = eINSTANCE.getStatus_TicketState();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS__CREATED_AT = eINSTANCE.getStatus_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Updated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS__UPDATED_AT = eINSTANCE.getStatus_UpdatedAt();

		/**
		 * The meta object literal for the '<em><b>Pipeline</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS__PIPELINE = eINSTANCE.getStatus_Pipeline();

		/**
		 * The meta object literal for the '<em><b>Status Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS__STATUS_PROPERTIES = eINSTANCE.getStatus_StatusProperties();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.impl.PropertyDefinitionImpl <em>Property Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.impl.PropertyDefinitionImpl
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getPropertyDefinition()
		 * @generated
		 */
		EClass PROPERTY_DEFINITION = eINSTANCE.getPropertyDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__NAME = eINSTANCE.getPropertyDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__LABEL = eINSTANCE.getPropertyDefinition_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__DESCRIPTION = eINSTANCE.getPropertyDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Group Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__GROUP_NAME = eINSTANCE.getPropertyDefinition_GroupName();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__TYPE = eINSTANCE.getPropertyDefinition_Type();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROPERTY_DEFINITION__OPTIONS = eINSTANCE.getPropertyDefinition_Options();

		/**
		 * The meta object literal for the '<em><b>Read Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__READ_ONLY = eINSTANCE.getPropertyDefinition_ReadOnly();

		/**
		 * The meta object literal for the '<em><b>Calculated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__CALCULATED = eINSTANCE.getPropertyDefinition_Calculated();

		/**
		 * The meta object literal for the '<em><b>Built In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__BUILT_IN = eINSTANCE.getPropertyDefinition_BuiltIn();

		/**
		 * The meta object literal for the '<em><b>Field Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__FIELD_TYPE = eINSTANCE.getPropertyDefinition_FieldType();

		/**
		 * The meta object literal for the '<em><b>Display Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__DISPLAY_ORDER = eINSTANCE.getPropertyDefinition_DisplayOrder();

		/**
		 * The meta object literal for the '<em><b>Hidden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__HIDDEN = eINSTANCE.getPropertyDefinition_Hidden();

		/**
		 * The meta object literal for the '<em><b>Form Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__FORM_FIELD = eINSTANCE.getPropertyDefinition_FormField();

		/**
		 * The meta object literal for the '<em><b>Archived</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__ARCHIVED = eINSTANCE.getPropertyDefinition_Archived();

		/**
		 * The meta object literal for the '<em><b>Archived At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__ARCHIVED_AT = eINSTANCE.getPropertyDefinition_ArchivedAt();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__CREATED_AT = eINSTANCE.getPropertyDefinition_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Updated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__UPDATED_AT = eINSTANCE.getPropertyDefinition_UpdatedAt();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.impl.PropertyOptionImpl <em>Property Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.impl.PropertyOptionImpl
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getPropertyOption()
		 * @generated
		 */
		EClass PROPERTY_OPTION = eINSTANCE.getPropertyOption();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_OPTION__VALUE = eINSTANCE.getPropertyOption_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_OPTION__LABEL = eINSTANCE.getPropertyOption_Label();

		/**
		 * The meta object literal for the '<em><b>Display Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_OPTION__DISPLAY_ORDER = eINSTANCE.getPropertyOption_DisplayOrder();

		/**
		 * The meta object literal for the '<em><b>Hidden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_OPTION__HIDDEN = eINSTANCE.getPropertyOption_Hidden();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.impl.StatusPropertyImpl <em>Status Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.impl.StatusPropertyImpl
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getStatusProperty()
		 * @generated
		 */
		EClass STATUS_PROPERTY = eINSTANCE.getStatusProperty();

		/**
		 * The meta object literal for the '<em><b>Property</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS_PROPERTY__PROPERTY = eINSTANCE.getStatusProperty_Property();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_PROPERTY__REQUIRED = eINSTANCE.getStatusProperty_Required();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.impl.AccessGrantImpl <em>Access Grant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.impl.AccessGrantImpl
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getAccessGrant()
		 * @generated
		 */
		EClass ACCESS_GRANT = eINSTANCE.getAccessGrant();

		/**
		 * The meta object literal for the '<em><b>Principal Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_GRANT__PRINCIPAL_TYPE = eINSTANCE.getAccessGrant_PrincipalType();

		/**
		 * The meta object literal for the '<em><b>Principal Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_GRANT__PRINCIPAL_ID = eINSTANCE.getAccessGrant_PrincipalId();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS_GRANT__LEVEL = eINSTANCE.getAccessGrant_Level();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.impl.AutomationRuleImpl <em>Automation Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.impl.AutomationRuleImpl
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getAutomationRule()
		 * @generated
		 */
		EClass AUTOMATION_RULE = eINSTANCE.getAutomationRule();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOMATION_RULE__ID = eINSTANCE.getAutomationRule_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOMATION_RULE__LABEL = eINSTANCE.getAutomationRule_Label();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOMATION_RULE__ENABLED = eINSTANCE.getAutomationRule_Enabled();

		/**
		 * The meta object literal for the '<em><b>Trigger Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOMATION_RULE__TRIGGER_TYPE = eINSTANCE.getAutomationRule_TriggerType();

		/**
		 * The meta object literal for the '<em><b>Trigger Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOMATION_RULE__TRIGGER_PARAMETERS = eINSTANCE.getAutomationRule_TriggerParameters();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOMATION_RULE__SOURCES = eINSTANCE.getAutomationRule_Sources();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOMATION_RULE__ACTIONS = eINSTANCE.getAutomationRule_Actions();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.impl.AutomationActionImpl <em>Automation Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.impl.AutomationActionImpl
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getAutomationAction()
		 * @generated
		 */
		EClass AUTOMATION_ACTION = eINSTANCE.getAutomationAction();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOMATION_ACTION__ID = eINSTANCE.getAutomationAction_Id();

		/**
		 * The meta object literal for the '<em><b>Action Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOMATION_ACTION__ACTION_TYPE = eINSTANCE.getAutomationAction_ActionType();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOMATION_ACTION__PARAMETERS = eINSTANCE.getAutomationAction_Parameters();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOMATION_ACTION__COMMENT = eINSTANCE.getAutomationAction_Comment();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.impl.ParameterImpl
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__NAME = eINSTANCE.getParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.impl.EmailTemplateImpl <em>Email Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.impl.EmailTemplateImpl
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getEmailTemplate()
		 * @generated
		 */
		EClass EMAIL_TEMPLATE = eINSTANCE.getEmailTemplate();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_TEMPLATE__ID = eINSTANCE.getEmailTemplate_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_TEMPLATE__NAME = eINSTANCE.getEmailTemplate_Name();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_TEMPLATE__SUBJECT = eINSTANCE.getEmailTemplate_Subject();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_TEMPLATE__BODY = eINSTANCE.getEmailTemplate_Body();

		/**
		 * The meta object literal for the '<em><b>Marketing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_TEMPLATE__MARKETING = eINSTANCE.getEmailTemplate_Marketing();

		/**
		 * The meta object literal for the '<em><b>Built In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_TEMPLATE__BUILT_IN = eINSTANCE.getEmailTemplate_BuiltIn();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.TicketState <em>Ticket State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.TicketState
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getTicketState()
		 * @generated
		 */
		EEnum TICKET_STATE = eINSTANCE.getTicketState();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.PropertyType <em>Property Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.PropertyType
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getPropertyType()
		 * @generated
		 */
		EEnum PROPERTY_TYPE = eINSTANCE.getPropertyType();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.PrincipalType <em>Principal Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.PrincipalType
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getPrincipalType()
		 * @generated
		 */
		EEnum PRINCIPAL_TYPE = eINSTANCE.getPrincipalType();

		/**
		 * The meta object literal for the '{@link org.pipedesk.model.desk.AccessLevel <em>Access Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pipedesk.model.desk.AccessLevel
		 * @see org.pipedesk.model.desk.impl.DeskPackageImpl#getAccessLevel()
		 * @generated
		 */
		EEnum ACCESS_LEVEL = eINSTANCE.getAccessLevel();

	}

} //DeskPackage
