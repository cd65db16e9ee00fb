/**
 */
package io.processware.model.solution.impl;

import io.processware.model.solution.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SolutionFactoryImpl extends EFactoryImpl implements SolutionFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SolutionFactory init()
	{
		try
		{
			SolutionFactory theSolutionFactory = (SolutionFactory)EPackage.Registry.INSTANCE.getEFactory(SolutionPackage.eNS_URI);
			if (theSolutionFactory != null)
			{
				return theSolutionFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SolutionFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SolutionFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case SolutionPackage.SOLUTION: return createSolution();
			case SolutionPackage.RULE_SET: return createRuleSet();
			case SolutionPackage.LEGACY_SYSTEM: return createLegacySystem();
			case SolutionPackage.ENVIRONMENT: return createEnvironment();
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE: return createServiceLevelObjective();
			case SolutionPackage.FIN_OPS_SETTINGS: return createFinOpsSettings();
			case SolutionPackage.ENVIRONMENT_BUDGET: return createEnvironmentBudget();
			case SolutionPackage.SECURITY_REQUIREMENTS: return createSecurityRequirements();
			case SolutionPackage.IDENTITY_PROVIDER: return createIdentityProvider();
			case SolutionPackage.ROLE: return createRole();
			case SolutionPackage.PERMISSION: return createPermission();
			case SolutionPackage.QUALITY_GATE: return createQualityGate();
			case SolutionPackage.QUALITY_CRITERION: return createQualityCriterion();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case SolutionPackage.INTEGRATION_PROTOCOL:
				return createIntegrationProtocolFromString(eDataType, initialValue);
			case SolutionPackage.ENDPOINT_KIND:
				return createEndpointKindFromString(eDataType, initialValue);
			case SolutionPackage.ENVIRONMENT_KIND:
				return createEnvironmentKindFromString(eDataType, initialValue);
			case SolutionPackage.CLOUD_PROVIDER:
				return createCloudProviderFromString(eDataType, initialValue);
			case SolutionPackage.ENVIRONMENT_SIZE:
				return createEnvironmentSizeFromString(eDataType, initialValue);
			case SolutionPackage.ENVIRONMENT_DATA:
				return createEnvironmentDataFromString(eDataType, initialValue);
			case SolutionPackage.IDENTITY_PROTOCOL:
				return createIdentityProtocolFromString(eDataType, initialValue);
			case SolutionPackage.PERMISSION_ACTION:
				return createPermissionActionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case SolutionPackage.INTEGRATION_PROTOCOL:
				return convertIntegrationProtocolToString(eDataType, instanceValue);
			case SolutionPackage.ENDPOINT_KIND:
				return convertEndpointKindToString(eDataType, instanceValue);
			case SolutionPackage.ENVIRONMENT_KIND:
				return convertEnvironmentKindToString(eDataType, instanceValue);
			case SolutionPackage.CLOUD_PROVIDER:
				return convertCloudProviderToString(eDataType, instanceValue);
			case SolutionPackage.ENVIRONMENT_SIZE:
				return convertEnvironmentSizeToString(eDataType, instanceValue);
			case SolutionPackage.ENVIRONMENT_DATA:
				return convertEnvironmentDataToString(eDataType, instanceValue);
			case SolutionPackage.IDENTITY_PROTOCOL:
				return convertIdentityProtocolToString(eDataType, instanceValue);
			case SolutionPackage.PERMISSION_ACTION:
				return convertPermissionActionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Solution createSolution()
	{
		SolutionImpl solution = new SolutionImpl();
		return solution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleSet createRuleSet()
	{
		RuleSetImpl ruleSet = new RuleSetImpl();
		return ruleSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegacySystem createLegacySystem()
	{
		LegacySystemImpl legacySystem = new LegacySystemImpl();
		return legacySystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Environment createEnvironment()
	{
		EnvironmentImpl environment = new EnvironmentImpl();
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceLevelObjective createServiceLevelObjective()
	{
		ServiceLevelObjectiveImpl serviceLevelObjective = new ServiceLevelObjectiveImpl();
		return serviceLevelObjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FinOpsSettings createFinOpsSettings()
	{
		FinOpsSettingsImpl finOpsSettings = new FinOpsSettingsImpl();
		return finOpsSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnvironmentBudget createEnvironmentBudget()
	{
		EnvironmentBudgetImpl environmentBudget = new EnvironmentBudgetImpl();
		return environmentBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityRequirements createSecurityRequirements()
	{
		SecurityRequirementsImpl securityRequirements = new SecurityRequirementsImpl();
		return securityRequirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IdentityProvider createIdentityProvider()
	{
		IdentityProviderImpl identityProvider = new IdentityProviderImpl();
		return identityProvider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role createRole()
	{
		RoleImpl role = new RoleImpl();
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Permission createPermission()
	{
		PermissionImpl permission = new PermissionImpl();
		return permission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QualityGate createQualityGate()
	{
		QualityGateImpl qualityGate = new QualityGateImpl();
		return qualityGate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QualityCriterion createQualityCriterion()
	{
		QualityCriterionImpl qualityCriterion = new QualityCriterionImpl();
		return qualityCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntegrationProtocol createIntegrationProtocolFromString(EDataType eDataType, String initialValue)
	{
		IntegrationProtocol result = IntegrationProtocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntegrationProtocolToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EndpointKind createEndpointKindFromString(EDataType eDataType, String initialValue)
	{
		EndpointKind result = EndpointKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEndpointKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnvironmentKind createEnvironmentKindFromString(EDataType eDataType, String initialValue)
	{
		EnvironmentKind result = EnvironmentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEnvironmentKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CloudProvider createCloudProviderFromString(EDataType eDataType, String initialValue)
	{
		CloudProvider result = CloudProvider.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCloudProviderToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnvironmentSize createEnvironmentSizeFromString(EDataType eDataType, String initialValue)
	{
		EnvironmentSize result = EnvironmentSize.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEnvironmentSizeToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnvironmentData createEnvironmentDataFromString(EDataType eDataType, String initialValue)
	{
		EnvironmentData result = EnvironmentData.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEnvironmentDataToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IdentityProtocol createIdentityProtocolFromString(EDataType eDataType, String initialValue)
	{
		IdentityProtocol result = IdentityProtocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIdentityProtocolToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PermissionAction createPermissionActionFromString(EDataType eDataType, String initialValue)
	{
		PermissionAction result = PermissionAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPermissionActionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SolutionPackage getSolutionPackage()
	{
		return (SolutionPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SolutionPackage getPackage()
	{
		return SolutionPackage.eINSTANCE;
	}

} //SolutionFactoryImpl
