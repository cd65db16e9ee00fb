/**
 */
package io.processware.model.solution;

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
 * @see io.processware.model.solution.SolutionFactory
 * @generated
 */
public interface SolutionPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "solution";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://processware.io/model/1.0/solution";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "solution";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SolutionPackage eINSTANCE = io.processware.model.solution.impl.SolutionPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.ModelElementImpl <em>Model Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.ModelElementImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getModelElement()
	 * @generated
	 */
	int MODEL_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.NamedElementImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.SolutionImpl <em>Solution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.SolutionImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getSolution()
	 * @generated
	 */
	int SOLUTION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__VERSION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__DOMAINS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Processes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__PROCESSES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rule Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__RULE_SETS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Legacy Systems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__LEGACY_SYSTEMS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Environments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__ENVIRONMENTS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Service Level Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__SERVICE_LEVEL_OBJECTIVES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Fin Ops</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__FIN_OPS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Security</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__SECURITY = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Quality Gates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__QUALITY_GATES = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Review Boards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__REVIEW_BOARDS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Artefact Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__ARTEFACT_ROUTES = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Generation Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__GENERATION_RUNS = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Four Eyes Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__FOUR_EYES_REVIEW = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Solution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Solution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.RuleSetImpl <em>Rule Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.RuleSetImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getRuleSet()
	 * @generated
	 */
	int RULE_SET = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__PATH = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Rule Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Rule Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.LegacySystemImpl <em>Legacy System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.LegacySystemImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getLegacySystem()
	 * @generated
	 */
	int LEGACY_SYSTEM = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGACY_SYSTEM__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGACY_SYSTEM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGACY_SYSTEM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGACY_SYSTEM__PROTOCOL = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Endpoint Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGACY_SYSTEM__ENDPOINT_KIND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGACY_SYSTEM__ENDPOINT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sla Availability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGACY_SYSTEM__SLA_AVAILABILITY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sla Response Time Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGACY_SYSTEM__SLA_RESPONSE_TIME_MILLIS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Max Calls Per Minute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGACY_SYSTEM__MAX_CALLS_PER_MINUTE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Legacy System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGACY_SYSTEM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Legacy System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGACY_SYSTEM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.EnvironmentImpl <em>Environment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.EnvironmentImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getEnvironment()
	 * @generated
	 */
	int ENVIRONMENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cloud</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__CLOUD = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__REGION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__SIZE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__DATA = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Encryption At Rest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__ENCRYPTION_AT_REST = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Encryption In Transit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__ENCRYPTION_IN_TRANSIT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Environment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Environment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.ServiceLevelObjectiveImpl <em>Service Level Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.ServiceLevelObjectiveImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getServiceLevelObjective()
	 * @generated
	 */
	int SERVICE_LEVEL_OBJECTIVE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL_OBJECTIVE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL_OBJECTIVE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL_OBJECTIVE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Process</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL_OBJECTIVE__PROCESS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL_OBJECTIVE__ENVIRONMENT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Availability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL_OBJECTIVE__AVAILABILITY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Latency P95 Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL_OBJECTIVE__LATENCY_P95_MILLIS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Service Level Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL_OBJECTIVE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Service Level Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_LEVEL_OBJECTIVE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.FinOpsSettingsImpl <em>Fin Ops Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.FinOpsSettingsImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getFinOpsSettings()
	 * @generated
	 */
	int FIN_OPS_SETTINGS = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIN_OPS_SETTINGS__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIN_OPS_SETTINGS__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cost Centre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIN_OPS_SETTINGS__COST_CENTRE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIN_OPS_SETTINGS__CURRENCY = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mandatory Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIN_OPS_SETTINGS__MANDATORY_TAGS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Budgets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIN_OPS_SETTINGS__BUDGETS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Fin Ops Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIN_OPS_SETTINGS_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Fin Ops Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIN_OPS_SETTINGS_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.EnvironmentBudgetImpl <em>Environment Budget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.EnvironmentBudgetImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getEnvironmentBudget()
	 * @generated
	 */
	int ENVIRONMENT_BUDGET = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_BUDGET__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_BUDGET__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_BUDGET__ENVIRONMENT = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Monthly Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_BUDGET__MONTHLY_BUDGET = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Alert At Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_BUDGET__ALERT_AT_FRACTION = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Environment Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_BUDGET_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Environment Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_BUDGET_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.SecurityRequirementsImpl <em>Security Requirements</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.SecurityRequirementsImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getSecurityRequirements()
	 * @generated
	 */
	int SECURITY_REQUIREMENTS = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_REQUIREMENTS__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_REQUIREMENTS__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Identity Provider</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_REQUIREMENTS__IDENTITY_PROVIDER = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_REQUIREMENTS__ROLES = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_REQUIREMENTS__PERMISSIONS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Encryption At Rest Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_REQUIREMENTS__ENCRYPTION_AT_REST_REQUIRED = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Encryption In Transit Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_REQUIREMENTS__ENCRYPTION_IN_TRANSIT_REQUIRED = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Security Requirements</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_REQUIREMENTS_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Security Requirements</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_REQUIREMENTS_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.IdentityProviderImpl <em>Identity Provider</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.IdentityProviderImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getIdentityProvider()
	 * @generated
	 */
	int IDENTITY_PROVIDER = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_PROVIDER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_PROVIDER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_PROVIDER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_PROVIDER__PROTOCOL = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_PROVIDER__ISSUER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Identity Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_PROVIDER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Identity Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_PROVIDER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.RoleImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.PermissionImpl <em>Permission</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.PermissionImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getPermission()
	 * @generated
	 */
	int PERMISSION = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__ROLE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Process</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__PROCESS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__ENTITY = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__ACTIONS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Permission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Permission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.QualityGateImpl <em>Quality Gate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.QualityGateImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getQualityGate()
	 * @generated
	 */
	int QUALITY_GATE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_GATE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_GATE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_GATE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_GATE__CRITERIA = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pass Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_GATE__PASS_THRESHOLD = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Approvers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_GATE__APPROVERS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Quality Gate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_GATE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Quality Gate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_GATE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.impl.QualityCriterionImpl <em>Quality Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.impl.QualityCriterionImpl
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getQualityCriterion()
	 * @generated
	 */
	int QUALITY_CRITERION = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CRITERION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CRITERION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CRITERION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CRITERION__WEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CRITERION__THRESHOLD = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CRITERION__METRIC = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Quality Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CRITERION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Quality Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CRITERION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.IntegrationProtocol <em>Integration Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.IntegrationProtocol
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getIntegrationProtocol()
	 * @generated
	 */
	int INTEGRATION_PROTOCOL = 15;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.EndpointKind <em>Endpoint Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.EndpointKind
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getEndpointKind()
	 * @generated
	 */
	int ENDPOINT_KIND = 16;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.EnvironmentKind <em>Environment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.EnvironmentKind
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getEnvironmentKind()
	 * @generated
	 */
	int ENVIRONMENT_KIND = 17;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.CloudProvider <em>Cloud Provider</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.CloudProvider
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getCloudProvider()
	 * @generated
	 */
	int CLOUD_PROVIDER = 18;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.EnvironmentSize <em>Environment Size</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.EnvironmentSize
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getEnvironmentSize()
	 * @generated
	 */
	int ENVIRONMENT_SIZE = 19;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.EnvironmentData <em>Environment Data</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.EnvironmentData
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getEnvironmentData()
	 * @generated
	 */
	int ENVIRONMENT_DATA = 20;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.IdentityProtocol <em>Identity Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.IdentityProtocol
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getIdentityProtocol()
	 * @generated
	 */
	int IDENTITY_PROTOCOL = 21;

	/**
	 * The meta object id for the '{@link io.processware.model.solution.PermissionAction <em>Permission Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.solution.PermissionAction
	 * @see io.processware.model.solution.impl.SolutionPackageImpl#getPermissionAction()
	 * @generated
	 */
	int PERMISSION_ACTION = 22;


	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Element</em>'.
	 * @see io.processware.model.solution.ModelElement
	 * @generated
	 */
	EClass getModelElement();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.ModelElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.processware.model.solution.ModelElement#getId()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.ModelElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.processware.model.solution.ModelElement#getDescription()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Description();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see io.processware.model.solution.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.processware.model.solution.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.Solution <em>Solution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Solution</em>'.
	 * @see io.processware.model.solution.Solution
	 * @generated
	 */
	EClass getSolution();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.Solution#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.processware.model.solution.Solution#getVersion()
	 * @see #getSolution()
	 * @generated
	 */
	EAttribute getSolution_Version();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.Solution#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see io.processware.model.solution.Solution#getOwner()
	 * @see #getSolution()
	 * @generated
	 */
	EAttribute getSolution_Owner();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.Solution#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domains</em>'.
	 * @see io.processware.model.solution.Solution#getDomains()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_Domains();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.Solution#getProcesses <em>Processes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Processes</em>'.
	 * @see io.processware.model.solution.Solution#getProcesses()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_Processes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.Solution#getRuleSets <em>Rule Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rule Sets</em>'.
	 * @see io.processware.model.solution.Solution#getRuleSets()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_RuleSets();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.Solution#getLegacySystems <em>Legacy Systems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Legacy Systems</em>'.
	 * @see io.processware.model.solution.Solution#getLegacySystems()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_LegacySystems();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.Solution#getEnvironments <em>Environments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Environments</em>'.
	 * @see io.processware.model.solution.Solution#getEnvironments()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_Environments();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.Solution#getServiceLevelObjectives <em>Service Level Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Service Level Objectives</em>'.
	 * @see io.processware.model.solution.Solution#getServiceLevelObjectives()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_ServiceLevelObjectives();

	/**
	 * Returns the meta object for the containment reference '{@link io.processware.model.solution.Solution#getFinOps <em>Fin Ops</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Fin Ops</em>'.
	 * @see io.processware.model.solution.Solution#getFinOps()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_FinOps();

	/**
	 * Returns the meta object for the containment reference '{@link io.processware.model.solution.Solution#getSecurity <em>Security</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Security</em>'.
	 * @see io.processware.model.solution.Solution#getSecurity()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_Security();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.Solution#getQualityGates <em>Quality Gates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Quality Gates</em>'.
	 * @see io.processware.model.solution.Solution#getQualityGates()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_QualityGates();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.Solution#getReviewBoards <em>Review Boards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Review Boards</em>'.
	 * @see io.processware.model.solution.Solution#getReviewBoards()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_ReviewBoards();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.Solution#getArtefactRoutes <em>Artefact Routes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Artefact Routes</em>'.
	 * @see io.processware.model.solution.Solution#getArtefactRoutes()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_ArtefactRoutes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.Solution#getGenerationRuns <em>Generation Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Generation Runs</em>'.
	 * @see io.processware.model.solution.Solution#getGenerationRuns()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_GenerationRuns();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.Solution#isFourEyesReview <em>Four Eyes Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Four Eyes Review</em>'.
	 * @see io.processware.model.solution.Solution#isFourEyesReview()
	 * @see #getSolution()
	 * @generated
	 */
	EAttribute getSolution_FourEyesReview();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.RuleSet <em>Rule Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Set</em>'.
	 * @see io.processware.model.solution.RuleSet
	 * @generated
	 */
	EClass getRuleSet();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.RuleSet#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.processware.model.solution.RuleSet#getPath()
	 * @see #getRuleSet()
	 * @generated
	 */
	EAttribute getRuleSet_Path();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.LegacySystem <em>Legacy System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Legacy System</em>'.
	 * @see io.processware.model.solution.LegacySystem
	 * @generated
	 */
	EClass getLegacySystem();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.LegacySystem#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.processware.model.solution.LegacySystem#getProtocol()
	 * @see #getLegacySystem()
	 * @generated
	 */
	EAttribute getLegacySystem_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.LegacySystem#getEndpointKind <em>Endpoint Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Endpoint Kind</em>'.
	 * @see io.processware.model.solution.LegacySystem#getEndpointKind()
	 * @see #getLegacySystem()
	 * @generated
	 */
	EAttribute getLegacySystem_EndpointKind();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.LegacySystem#getEndpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Endpoint</em>'.
	 * @see io.processware.model.solution.LegacySystem#getEndpoint()
	 * @see #getLegacySystem()
	 * @generated
	 */
	EAttribute getLegacySystem_Endpoint();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.LegacySystem#getSlaAvailability <em>Sla Availability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sla Availability</em>'.
	 * @see io.processware.model.solution.LegacySystem#getSlaAvailability()
	 * @see #getLegacySystem()
	 * @generated
	 */
	EAttribute getLegacySystem_SlaAvailability();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.LegacySystem#getSlaResponseTimeMillis <em>Sla Response Time Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sla Response Time Millis</em>'.
	 * @see io.processware.model.solution.LegacySystem#getSlaResponseTimeMillis()
	 * @see #getLegacySystem()
	 * @generated
	 */
	EAttribute getLegacySystem_SlaResponseTimeMillis();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.LegacySystem#getMaxCallsPerMinute <em>Max Calls Per Minute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Calls Per Minute</em>'.
	 * @see io.processware.model.solution.LegacySystem#getMaxCallsPerMinute()
	 * @see #getLegacySystem()
	 * @generated
	 */
	EAttribute getLegacySystem_MaxCallsPerMinute();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.Environment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Environment</em>'.
	 * @see io.processware.model.solution.Environment
	 * @generated
	 */
	EClass getEnvironment();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.Environment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.processware.model.solution.Environment#getKind()
	 * @see #getEnvironment()
	 * @generated
	 */
	EAttribute getEnvironment_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.Environment#getCloud <em>Cloud</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cloud</em>'.
	 * @see io.processware.model.solution.Environment#getCloud()
	 * @see #getEnvironment()
	 * @generated
	 */
	EAttribute getEnvironment_Cloud();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.Environment#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see io.processware.model.solution.Environment#getRegion()
	 * @see #getEnvironment()
	 * @generated
	 */
	EAttribute getEnvironment_Region();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.Environment#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see io.processware.model.solution.Environment#getSize()
	 * @see #getEnvironment()
	 * @generated
	 */
	EAttribute getEnvironment_Size();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.Environment#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see io.processware.model.solution.Environment#getData()
	 * @see #getEnvironment()
	 * @generated
	 */
	EAttribute getEnvironment_Data();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.Environment#isEncryptionAtRest <em>Encryption At Rest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encryption At Rest</em>'.
	 * @see io.processware.model.solution.Environment#isEncryptionAtRest()
	 * @see #getEnvironment()
	 * @generated
	 */
	EAttribute getEnvironment_EncryptionAtRest();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.Environment#isEncryptionInTransit <em>Encryption In Transit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encryption In Transit</em>'.
	 * @see io.processware.model.solution.Environment#isEncryptionInTransit()
	 * @see #getEnvironment()
	 * @generated
	 */
	EAttribute getEnvironment_EncryptionInTransit();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.ServiceLevelObjective <em>Service Level Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Level Objective</em>'.
	 * @see io.processware.model.solution.ServiceLevelObjective
	 * @generated
	 */
	EClass getServiceLevelObjective();

	/**
	 * Returns the meta object for the reference '{@link io.processware.model.solution.ServiceLevelObjective#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Process</em>'.
	 * @see io.processware.model.solution.ServiceLevelObjective#getProcess()
	 * @see #getServiceLevelObjective()
	 * @generated
	 */
	EReference getServiceLevelObjective_Process();

	/**
	 * Returns the meta object for the reference '{@link io.processware.model.solution.ServiceLevelObjective#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Environment</em>'.
	 * @see io.processware.model.solution.ServiceLevelObjective#getEnvironment()
	 * @see #getServiceLevelObjective()
	 * @generated
	 */
	EReference getServiceLevelObjective_Environment();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.ServiceLevelObjective#getAvailability <em>Availability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Availability</em>'.
	 * @see io.processware.model.solution.ServiceLevelObjective#getAvailability()
	 * @see #getServiceLevelObjective()
	 * @generated
	 */
	EAttribute getServiceLevelObjective_Availability();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.ServiceLevelObjective#getLatencyP95Millis <em>Latency P95 Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latency P95 Millis</em>'.
	 * @see io.processware.model.solution.ServiceLevelObjective#getLatencyP95Millis()
	 * @see #getServiceLevelObjective()
	 * @generated
	 */
	EAttribute getServiceLevelObjective_LatencyP95Millis();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.FinOpsSettings <em>Fin Ops Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fin Ops Settings</em>'.
	 * @see io.processware.model.solution.FinOpsSettings
	 * @generated
	 */
	EClass getFinOpsSettings();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.FinOpsSettings#getCostCentre <em>Cost Centre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost Centre</em>'.
	 * @see io.processware.model.solution.FinOpsSettings#getCostCentre()
	 * @see #getFinOpsSettings()
	 * @generated
	 */
	EAttribute getFinOpsSettings_CostCentre();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.FinOpsSettings#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see io.processware.model.solution.FinOpsSettings#getCurrency()
	 * @see #getFinOpsSettings()
	 * @generated
	 */
	EAttribute getFinOpsSettings_Currency();

	/**
	 * Returns the meta object for the attribute list '{@link io.processware.model.solution.FinOpsSettings#getMandatoryTags <em>Mandatory Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mandatory Tags</em>'.
	 * @see io.processware.model.solution.FinOpsSettings#getMandatoryTags()
	 * @see #getFinOpsSettings()
	 * @generated
	 */
	EAttribute getFinOpsSettings_MandatoryTags();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.FinOpsSettings#getBudgets <em>Budgets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budgets</em>'.
	 * @see io.processware.model.solution.FinOpsSettings#getBudgets()
	 * @see #getFinOpsSettings()
	 * @generated
	 */
	EReference getFinOpsSettings_Budgets();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.EnvironmentBudget <em>Environment Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Environment Budget</em>'.
	 * @see io.processware.model.solution.EnvironmentBudget
	 * @generated
	 */
	EClass getEnvironmentBudget();

	/**
	 * Returns the meta object for the reference '{@link io.processware.model.solution.EnvironmentBudget#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Environment</em>'.
	 * @see io.processware.model.solution.EnvironmentBudget#getEnvironment()
	 * @see #getEnvironmentBudget()
	 * @generated
	 */
	EReference getEnvironmentBudget_Environment();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.EnvironmentBudget#getMonthlyBudget <em>Monthly Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monthly Budget</em>'.
	 * @see io.processware.model.solution.EnvironmentBudget#getMonthlyBudget()
	 * @see #getEnvironmentBudget()
	 * @generated
	 */
	EAttribute getEnvironmentBudget_MonthlyBudget();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.EnvironmentBudget#getAlertAtFraction <em>Alert At Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alert At Fraction</em>'.
	 * @see io.processware.model.solution.EnvironmentBudget#getAlertAtFraction()
	 * @see #getEnvironmentBudget()
	 * @generated
	 */
	EAttribute getEnvironmentBudget_AlertAtFraction();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.SecurityRequirements <em>Security Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Security Requirements</em>'.
	 * @see io.processware.model.solution.SecurityRequirements
	 * @generated
	 */
	EClass getSecurityRequirements();

	/**
	 * Returns the meta object for the containment reference '{@link io.processware.model.solution.SecurityRequirements#getIdentityProvider <em>Identity Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Identity Provider</em>'.
	 * @see io.processware.model.solution.SecurityRequirements#getIdentityProvider()
	 * @see #getSecurityRequirements()
	 * @generated
	 */
	EReference getSecurityRequirements_IdentityProvider();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.SecurityRequirements#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see io.processware.model.solution.SecurityRequirements#getRoles()
	 * @see #getSecurityRequirements()
	 * @generated
	 */
	EReference getSecurityRequirements_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.SecurityRequirements#getPermissions <em>Permissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Permissions</em>'.
	 * @see io.processware.model.solution.SecurityRequirements#getPermissions()
	 * @see #getSecurityRequirements()
	 * @generated
	 */
	EReference getSecurityRequirements_Permissions();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.SecurityRequirements#isEncryptionAtRestRequired <em>Encryption At Rest Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encryption At Rest Required</em>'.
	 * @see io.processware.model.solution.SecurityRequirements#isEncryptionAtRestRequired()
	 * @see #getSecurityRequirements()
	 * @generated
	 */
	EAttribute getSecurityRequirements_EncryptionAtRestRequired();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.SecurityRequirements#isEncryptionInTransitRequired <em>Encryption In Transit Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encryption In Transit Required</em>'.
	 * @see io.processware.model.solution.SecurityRequirements#isEncryptionInTransitRequired()
	 * @see #getSecurityRequirements()
	 * @generated
	 */
	EAttribute getSecurityRequirements_EncryptionInTransitRequired();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.IdentityProvider <em>Identity Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identity Provider</em>'.
	 * @see io.processware.model.solution.IdentityProvider
	 * @generated
	 */
	EClass getIdentityProvider();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.IdentityProvider#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.processware.model.solution.IdentityProvider#getProtocol()
	 * @see #getIdentityProvider()
	 * @generated
	 */
	EAttribute getIdentityProvider_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.IdentityProvider#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see io.processware.model.solution.IdentityProvider#getIssuer()
	 * @see #getIdentityProvider()
	 * @generated
	 */
	EAttribute getIdentityProvider_Issuer();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see io.processware.model.solution.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.Permission <em>Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Permission</em>'.
	 * @see io.processware.model.solution.Permission
	 * @generated
	 */
	EClass getPermission();

	/**
	 * Returns the meta object for the reference '{@link io.processware.model.solution.Permission#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Role</em>'.
	 * @see io.processware.model.solution.Permission#getRole()
	 * @see #getPermission()
	 * @generated
	 */
	EReference getPermission_Role();

	/**
	 * Returns the meta object for the reference '{@link io.processware.model.solution.Permission#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Process</em>'.
	 * @see io.processware.model.solution.Permission#getProcess()
	 * @see #getPermission()
	 * @generated
	 */
	EReference getPermission_Process();

	/**
	 * Returns the meta object for the reference '{@link io.processware.model.solution.Permission#getEntity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Entity</em>'.
	 * @see io.processware.model.solution.Permission#getEntity()
	 * @see #getPermission()
	 * @generated
	 */
	EReference getPermission_Entity();

	/**
	 * Returns the meta object for the attribute list '{@link io.processware.model.solution.Permission#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Actions</em>'.
	 * @see io.processware.model.solution.Permission#getActions()
	 * @see #getPermission()
	 * @generated
	 */
	EAttribute getPermission_Actions();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.QualityGate <em>Quality Gate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quality Gate</em>'.
	 * @see io.processware.model.solution.QualityGate
	 * @generated
	 */
	EClass getQualityGate();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.solution.QualityGate#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see io.processware.model.solution.QualityGate#getCriteria()
	 * @see #getQualityGate()
	 * @generated
	 */
	EReference getQualityGate_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.QualityGate#getPassThreshold <em>Pass Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pass Threshold</em>'.
	 * @see io.processware.model.solution.QualityGate#getPassThreshold()
	 * @see #getQualityGate()
	 * @generated
	 */
	EAttribute getQualityGate_PassThreshold();

	/**
	 * Returns the meta object for the reference list '{@link io.processware.model.solution.QualityGate#getApprovers <em>Approvers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Approvers</em>'.
	 * @see io.processware.model.solution.QualityGate#getApprovers()
	 * @see #getQualityGate()
	 * @generated
	 */
	EReference getQualityGate_Approvers();

	/**
	 * Returns the meta object for class '{@link io.processware.model.solution.QualityCriterion <em>Quality Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quality Criterion</em>'.
	 * @see io.processware.model.solution.QualityCriterion
	 * @generated
	 */
	EClass getQualityCriterion();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.QualityCriterion#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see io.processware.model.solution.QualityCriterion#getWeight()
	 * @see #getQualityCriterion()
	 * @generated
	 */
	EAttribute getQualityCriterion_Weight();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.QualityCriterion#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see io.processware.model.solution.QualityCriterion#getThreshold()
	 * @see #getQualityCriterion()
	 * @generated
	 */
	EAttribute getQualityCriterion_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.solution.QualityCriterion#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see io.processware.model.solution.QualityCriterion#getMetric()
	 * @see #getQualityCriterion()
	 * @generated
	 */
	EAttribute getQualityCriterion_Metric();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.solution.IntegrationProtocol <em>Integration Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Integration Protocol</em>'.
	 * @see io.processware.model.solution.IntegrationProtocol
	 * @generated
	 */
	EEnum getIntegrationProtocol();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.solution.EndpointKind <em>Endpoint Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Endpoint Kind</em>'.
	 * @see io.processware.model.solution.EndpointKind
	 * @generated
	 */
	EEnum getEndpointKind();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.solution.EnvironmentKind <em>Environment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Environment Kind</em>'.
	 * @see io.processware.model.solution.EnvironmentKind
	 * @generated
	 */
	EEnum getEnvironmentKind();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.solution.CloudProvider <em>Cloud Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cloud Provider</em>'.
	 * @see io.processware.model.solution.CloudProvider
	 * @generated
	 */
	EEnum getCloudProvider();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.solution.EnvironmentSize <em>Environment Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Environment Size</em>'.
	 * @see io.processware.model.solution.EnvironmentSize
	 * @generated
	 */
	EEnum getEnvironmentSize();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.solution.EnvironmentData <em>Environment Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Environment Data</em>'.
	 * @see io.processware.model.solution.EnvironmentData
	 * @generated
	 */
	EEnum getEnvironmentData();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.solution.IdentityProtocol <em>Identity Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Identity Protocol</em>'.
	 * @see io.processware.model.solution.IdentityProtocol
	 * @generated
	 */
	EEnum getIdentityProtocol();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.solution.PermissionAction <em>Permission Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Permission Action</em>'.
	 * @see io.processware.model.solution.PermissionAction
	 * @generated
	 */
	EEnum getPermissionAction();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SolutionFactory getSolutionFactory();

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
		 * The meta object literal for the '{@link io.processware.model.solution.impl.ModelElementImpl <em>Model Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.ModelElementImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getModelElement()
		 * @generated
		 */
		EClass MODEL_ELEMENT = eINSTANCE.getModelElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__ID = eINSTANCE.getModelElement_Id();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__DESCRIPTION = eINSTANCE.getModelElement_Description();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.NamedElementImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.SolutionImpl <em>Solution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.SolutionImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getSolution()
		 * @generated
		 */
		EClass SOLUTION = eINSTANCE.getSolution();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLUTION__VERSION = eINSTANCE.getSolution_Version();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLUTION__OWNER = eINSTANCE.getSolution_Owner();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__DOMAINS = eINSTANCE.getSolution_Domains();

		/**
		 * The meta object literal for the '<em><b>Processes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__PROCESSES = eINSTANCE.getSolution_Processes();

		/**
		 * The meta object literal for the '<em><b>Rule Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__RULE_SETS = eINSTANCE.getSolution_RuleSets();

		/**
		 * The meta object literal for the '<em><b>Legacy Systems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__LEGACY_SYSTEMS = eINSTANCE.getSolution_LegacySystems();

		/**
		 * The meta object literal for the '<em><b>Environments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__ENVIRONMENTS = eINSTANCE.getSolution_Environments();

		/**
		 * The meta object literal for the '<em><b>Service Level Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__SERVICE_LEVEL_OBJECTIVES = eINSTANCE.getSolution_ServiceLevelObjectives();

		/**
		 * The meta object literal for the '<em><b>Fin Ops</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__FIN_OPS = eINSTANCE.getSolution_FinOps();

		/**
		 * The meta object literal for the '<em><b>Security</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__SECURITY = eINSTANCE.getSolution_Security();

		/**
		 * The meta object literal for the '<em><b>Quality Gates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__QUALITY_GATES = eINSTANCE.getSolution_QualityGates();

		/**
		 * The meta object literal for the '<em><b>Review Boards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__REVIEW_BOARDS = eINSTANCE.getSolution_ReviewBoards();

		/**
		 * The meta object literal for the '<em><b>Artefact Routes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__ARTEFACT_ROUTES = eINSTANCE.getSolution_ArtefactRoutes();

		/**
		 * The meta object literal for the '<em><b>Generation Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__GENERATION_RUNS = eINSTANCE.getSolution_GenerationRuns();

		/**
		 * The meta object literal for the '<em><b>Four Eyes Review</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLUTION__FOUR_EYES_REVIEW = eINSTANCE.getSolution_FourEyesReview();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.RuleSetImpl <em>Rule Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.RuleSetImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getRuleSet()
		 * @generated
		 */
		EClass RULE_SET = eINSTANCE.getRuleSet();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SET__PATH = eINSTANCE.getRuleSet_Path();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.LegacySystemImpl <em>Legacy System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.LegacySystemImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getLegacySystem()
		 * @generated
		 */
		EClass LEGACY_SYSTEM = eINSTANCE.getLegacySystem();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGACY_SYSTEM__PROTOCOL = eINSTANCE.getLegacySystem_Protocol();

		/**
		 * The meta object literal for the '<em><b>Endpoint Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGACY_SYSTEM__ENDPOINT_KIND = eINSTANCE.getLegacySystem_EndpointKind();

		/**
		 * The meta object literal for the '<em><b>Endpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGACY_SYSTEM__ENDPOINT = eINSTANCE.getLegacySystem_Endpoint();

		/**
		 * The meta object literal for the '<em><b>Sla Availability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGACY_SYSTEM__SLA_AVAILABILITY = eINSTANCE.getLegacySystem_SlaAvailability();

		/**
		 * The meta object literal for the '<em><b>Sla Response Time Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGACY_SYSTEM__SLA_RESPONSE_TIME_MILLIS = eINSTANCE.getLegacySystem_SlaResponseTimeMillis();

		/**
		 * The meta object literal for the '<em><b>Max Calls Per Minute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGACY_SYSTEM__MAX_CALLS_PER_MINUTE = eINSTANCE.getLegacySystem_MaxCallsPerMinute();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.EnvironmentImpl <em>Environment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.EnvironmentImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getEnvironment()
		 * @generated
		 */
		EClass ENVIRONMENT = eINSTANCE.getEnvironment();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT__KIND = eINSTANCE.getEnvironment_Kind();

		/**
		 * The meta object literal for the '<em><b>Cloud</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT__CLOUD = eINSTANCE.getEnvironment_Cloud();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT__REGION = eINSTANCE.getEnvironment_Region();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT__SIZE = eINSTANCE.getEnvironment_Size();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT__DATA = eINSTANCE.getEnvironment_Data();

		/**
		 * The meta object literal for the '<em><b>Encryption At Rest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT__ENCRYPTION_AT_REST = eINSTANCE.getEnvironment_EncryptionAtRest();

		/**
		 * The meta object literal for the '<em><b>Encryption In Transit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT__ENCRYPTION_IN_TRANSIT = eINSTANCE.getEnvironment_EncryptionInTransit();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.ServiceLevelObjectiveImpl <em>Service Level Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.ServiceLevelObjectiveImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getServiceLevelObjective()
		 * @generated
		 */
		EClass SERVICE_LEVEL_OBJECTIVE = eINSTANCE.getServiceLevelObjective();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_LEVEL_OBJECTIVE__PROCESS = eINSTANCE.getServiceLevelObjective_Process();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_LEVEL_OBJECTIVE__ENVIRONMENT = eINSTANCE.getServiceLevelObjective_Environment();

		/**
		 * The meta object literal for the '<em><b>Availability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_LEVEL_OBJECTIVE__AVAILABILITY = eINSTANCE.getServiceLevelObjective_Availability();

		/**
		 * The meta object literal for the '<em><b>Latency P95 Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_LEVEL_OBJECTIVE__LATENCY_P95_MILLIS = eINSTANCE.getServiceLevelObjective_LatencyP95Millis();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.FinOpsSettingsImpl <em>Fin Ops Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.FinOpsSettingsImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getFinOpsSettings()
		 * @generated
		 */
		EClass FIN_OPS_SETTINGS = eINSTANCE.getFinOpsSettings();

		/**
		 * The meta object literal for the '<em><b>Cost Centre</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIN_OPS_SETTINGS__COST_CENTRE = eINSTANCE.getFinOpsSettings_CostCentre();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIN_OPS_SETTINGS__CURRENCY = eINSTANCE.getFinOpsSettings_Currency();

		/**
		 * The meta object literal for the '<em><b>Mandatory Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIN_OPS_SETTINGS__MANDATORY_TAGS = eINSTANCE.getFinOpsSettings_MandatoryTags();

		/**
		 * The meta object literal for the '<em><b>Budgets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIN_OPS_SETTINGS__BUDGETS = eINSTANCE.getFinOpsSettings_Budgets();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.EnvironmentBudgetImpl <em>Environment Budget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.EnvironmentBudgetImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getEnvironmentBudget()
		 * @generated
		 */
		EClass ENVIRONMENT_BUDGET = eINSTANCE.getEnvironmentBudget();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENVIRONMENT_BUDGET__ENVIRONMENT = eINSTANCE.getEnvironmentBudget_Environment();

		/**
		 * The meta object literal for the '<em><b>Monthly Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT_BUDGET__MONTHLY_BUDGET = eINSTANCE.getEnvironmentBudget_MonthlyBudget();

		/**
		 * The meta object literal for the '<em><b>Alert At Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT_BUDGET__ALERT_AT_FRACTION = eINSTANCE.getEnvironmentBudget_AlertAtFraction();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.SecurityRequirementsImpl <em>Security Requirements</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.SecurityRequirementsImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getSecurityRequirements()
		 * @generated
		 */
		EClass SECURITY_REQUIREMENTS = eINSTANCE.getSecurityRequirements();

		/**
		 * The meta object literal for the '<em><b>Identity Provider</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECURITY_REQUIREMENTS__IDENTITY_PROVIDER = eINSTANCE.getSecurityRequirements_IdentityProvider();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECURITY_REQUIREMENTS__ROLES = eINSTANCE.getSecurityRequirements_Roles();

		/**
		 * The meta object literal for the '<em><b>Permissions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECURITY_REQUIREMENTS__PERMISSIONS = eINSTANCE.getSecurityRequirements_Permissions();

		/**
		 * The meta object literal for the '<em><b>Encryption At Rest Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_REQUIREMENTS__ENCRYPTION_AT_REST_REQUIRED = eINSTANCE.getSecurityRequirements_EncryptionAtRestRequired();

		/**
		 * The meta object literal for the '<em><b>Encryption In Transit Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_REQUIREMENTS__ENCRYPTION_IN_TRANSIT_REQUIRED = eINSTANCE.getSecurityRequirements_EncryptionInTransitRequired();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.IdentityProviderImpl <em>Identity Provider</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.IdentityProviderImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getIdentityProvider()
		 * @generated
		 */
		EClass IDENTITY_PROVIDER = eINSTANCE.getIdentityProvider();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_PROVIDER__PROTOCOL = eINSTANCE.getIdentityProvider_Protocol();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_PROVIDER__ISSUER = eINSTANCE.getIdentityProvider_Issuer();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.RoleImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.PermissionImpl <em>Permission</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.PermissionImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getPermission()
		 * @generated
		 */
		EClass PERMISSION = eINSTANCE.getPermission();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMISSION__ROLE = eINSTANCE.getPermission_Role();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMISSION__PROCESS = eINSTANCE.getPermission_Process();

		/**
		 * The meta object literal for the '<em><b>Entity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMISSION__ENTITY = eINSTANCE.getPermission_Entity();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMISSION__ACTIONS = eINSTANCE.getPermission_Actions();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.QualityGateImpl <em>Quality Gate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.QualityGateImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getQualityGate()
		 * @generated
		 */
		EClass QUALITY_GATE = eINSTANCE.getQualityGate();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUALITY_GATE__CRITERIA = eINSTANCE.getQualityGate_Criteria();

		/**
		 * The meta object literal for the '<em><b>Pass Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_GATE__PASS_THRESHOLD = eINSTANCE.getQualityGate_PassThreshold();

		/**
		 * The meta object literal for the '<em><b>Approvers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUALITY_GATE__APPROVERS = eINSTANCE.getQualityGate_Approvers();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.impl.QualityCriterionImpl <em>Quality Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.impl.QualityCriterionImpl
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getQualityCriterion()
		 * @generated
		 */
		EClass QUALITY_CRITERION = eINSTANCE.getQualityCriterion();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_CRITERION__WEIGHT = eINSTANCE.getQualityCriterion_Weight();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_CRITERION__THRESHOLD = eINSTANCE.getQualityCriterion_Threshold();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_CRITERION__METRIC = eINSTANCE.getQualityCriterion_Metric();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.IntegrationProtocol <em>Integration Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.IntegrationProtocol
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getIntegrationProtocol()
		 * @generated
		 */
		EEnum INTEGRATION_PROTOCOL = eINSTANCE.getIntegrationProtocol();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.EndpointKind <em>Endpoint Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.EndpointKind
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getEndpointKind()
		 * @generated
		 */
		EEnum ENDPOINT_KIND = eINSTANCE.getEndpointKind();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.EnvironmentKind <em>Environment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.EnvironmentKind
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getEnvironmentKind()
		 * @generated
		 */
		EEnum ENVIRONMENT_KIND = eINSTANCE.getEnvironmentKind();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.CloudProvider <em>Cloud Provider</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.CloudProvider
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getCloudProvider()
		 * @generated
		 */
		EEnum CLOUD_PROVIDER = eINSTANCE.getCloudProvider();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.EnvironmentSize <em>Environment Size</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.EnvironmentSize
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getEnvironmentSize()
		 * @generated
		 */
		EEnum ENVIRONMENT_SIZE = eINSTANCE.getEnvironmentSize();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.EnvironmentData <em>Environment Data</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.EnvironmentData
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getEnvironmentData()
		 * @generated
		 */
		EEnum ENVIRONMENT_DATA = eINSTANCE.getEnvironmentData();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.IdentityProtocol <em>Identity Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.IdentityProtocol
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getIdentityProtocol()
		 * @generated
		 */
		EEnum IDENTITY_PROTOCOL = eINSTANCE.getIdentityProtocol();

		/**
		 * The meta object literal for the '{@link io.processware.model.solution.PermissionAction <em>Permission Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.solution.PermissionAction
		 * @see io.processware.model.solution.impl.SolutionPackageImpl#getPermissionAction()
		 * @generated
		 */
		EEnum PERMISSION_ACTION = eINSTANCE.getPermissionAction();

	}

} //SolutionPackage
