/**
 */
package io.processware.model.solution.impl;

import io.processware.model.domain.DomainPackage;

import io.processware.model.domain.impl.DomainPackageImpl;

import io.processware.model.generation.GenerationPackage;

import io.processware.model.generation.impl.GenerationPackageImpl;

import io.processware.model.process.ProcessPackage;

import io.processware.model.process.impl.ProcessPackageImpl;

import io.processware.model.review.ReviewPackage;

import io.processware.model.review.impl.ReviewPackageImpl;

import io.processware.model.solution.CloudProvider;
import io.processware.model.solution.EndpointKind;
import io.processware.model.solution.Environment;
import io.processware.model.solution.EnvironmentBudget;
import io.processware.model.solution.EnvironmentData;
import io.processware.model.solution.EnvironmentKind;
import io.processware.model.solution.EnvironmentSize;
import io.processware.model.solution.FinOpsSettings;
import io.processware.model.solution.IdentityProtocol;
import io.processware.model.solution.IdentityProvider;
import io.processware.model.solution.IntegrationProtocol;
import io.processware.model.solution.LegacySystem;
import io.processware.model.solution.ModelElement;
import io.processware.model.solution.NamedElement;
import io.processware.model.solution.Permission;
import io.processware.model.solution.PermissionAction;
import io.processware.model.solution.QualityCriterion;
import io.processware.model.solution.QualityGate;
import io.processware.model.solution.Role;
import io.processware.model.solution.RuleSet;
import io.processware.model.solution.SecurityRequirements;
import io.processware.model.solution.ServiceLevelObjective;
import io.processware.model.solution.Solution;
import io.processware.model.solution.SolutionFactory;
import io.processware.model.solution.SolutionPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SolutionPackageImpl extends EPackageImpl implements SolutionPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass solutionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ruleSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass legacySystemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass environmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceLevelObjectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass finOpsSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass environmentBudgetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass securityRequirementsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identityProviderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass permissionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass qualityGateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass qualityCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum integrationProtocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum endpointKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum environmentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cloudProviderEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum environmentSizeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum environmentDataEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum identityProtocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum permissionActionEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.processware.model.solution.SolutionPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SolutionPackageImpl()
	{
		super(eNS_URI, SolutionFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SolutionPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SolutionPackage init()
	{
		if (isInited) return (SolutionPackage)EPackage.Registry.INSTANCE.getEPackage(SolutionPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSolutionPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SolutionPackageImpl theSolutionPackage = registeredSolutionPackage instanceof SolutionPackageImpl ? (SolutionPackageImpl)registeredSolutionPackage : new SolutionPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProcessPackage.eNS_URI);
		ProcessPackageImpl theProcessPackage = (ProcessPackageImpl)(registeredPackage instanceof ProcessPackageImpl ? registeredPackage : ProcessPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DomainPackage.eNS_URI);
		DomainPackageImpl theDomainPackage = (DomainPackageImpl)(registeredPackage instanceof DomainPackageImpl ? registeredPackage : DomainPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ReviewPackage.eNS_URI);
		ReviewPackageImpl theReviewPackage = (ReviewPackageImpl)(registeredPackage instanceof ReviewPackageImpl ? registeredPackage : ReviewPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GenerationPackage.eNS_URI);
		GenerationPackageImpl theGenerationPackage = (GenerationPackageImpl)(registeredPackage instanceof GenerationPackageImpl ? registeredPackage : GenerationPackage.eINSTANCE);

		// Create package meta-data objects
		theSolutionPackage.createPackageContents();
		theProcessPackage.createPackageContents();
		theDomainPackage.createPackageContents();
		theReviewPackage.createPackageContents();
		theGenerationPackage.createPackageContents();

		// Initialize created meta-data
		theSolutionPackage.initializePackageContents();
		theProcessPackage.initializePackageContents();
		theDomainPackage.initializePackageContents();
		theReviewPackage.initializePackageContents();
		theGenerationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSolutionPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SolutionPackage.eNS_URI, theSolutionPackage);
		return theSolutionPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelElement()
	{
		return modelElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Id()
	{
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Description()
	{
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement()
	{
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name()
	{
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSolution()
	{
		return solutionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolution_Version()
	{
		return (EAttribute)solutionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolution_Owner()
	{
		return (EAttribute)solutionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_Domains()
	{
		return (EReference)solutionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_Processes()
	{
		return (EReference)solutionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_RuleSets()
	{
		return (EReference)solutionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_LegacySystems()
	{
		return (EReference)solutionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_Environments()
	{
		return (EReference)solutionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_ServiceLevelObjectives()
	{
		return (EReference)solutionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_FinOps()
	{
		return (EReference)solutionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_Security()
	{
		return (EReference)solutionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_QualityGates()
	{
		return (EReference)solutionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_ReviewBoards()
	{
		return (EReference)solutionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_ArtefactRoutes()
	{
		return (EReference)solutionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_GenerationRuns()
	{
		return (EReference)solutionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolution_FourEyesReview()
	{
		return (EAttribute)solutionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuleSet()
	{
		return ruleSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleSet_Path()
	{
		return (EAttribute)ruleSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLegacySystem()
	{
		return legacySystemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegacySystem_Protocol()
	{
		return (EAttribute)legacySystemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegacySystem_EndpointKind()
	{
		return (EAttribute)legacySystemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegacySystem_Endpoint()
	{
		return (EAttribute)legacySystemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegacySystem_SlaAvailability()
	{
		return (EAttribute)legacySystemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegacySystem_SlaResponseTimeMillis()
	{
		return (EAttribute)legacySystemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegacySystem_MaxCallsPerMinute()
	{
		return (EAttribute)legacySystemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnvironment()
	{
		return environmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironment_Kind()
	{
		return (EAttribute)environmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironment_Cloud()
	{
		return (EAttribute)environmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironment_Region()
	{
		return (EAttribute)environmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironment_Size()
	{
		return (EAttribute)environmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironment_Data()
	{
		return (EAttribute)environmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironment_EncryptionAtRest()
	{
		return (EAttribute)environmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironment_EncryptionInTransit()
	{
		return (EAttribute)environmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceLevelObjective()
	{
		return serviceLevelObjectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceLevelObjective_Process()
	{
		return (EReference)serviceLevelObjectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceLevelObjective_Environment()
	{
		return (EReference)serviceLevelObjectiveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceLevelObjective_Availability()
	{
		return (EAttribute)serviceLevelObjectiveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceLevelObjective_LatencyP95Millis()
	{
		return (EAttribute)serviceLevelObjectiveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinOpsSettings()
	{
		return finOpsSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinOpsSettings_CostCentre()
	{
		return (EAttribute)finOpsSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinOpsSettings_Currency()
	{
		return (EAttribute)finOpsSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinOpsSettings_MandatoryTags()
	{
		return (EAttribute)finOpsSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinOpsSettings_Budgets()
	{
		return (EReference)finOpsSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnvironmentBudget()
	{
		return environmentBudgetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnvironmentBudget_Environment()
	{
		return (EReference)environmentBudgetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironmentBudget_MonthlyBudget()
	{
		return (EAttribute)environmentBudgetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironmentBudget_AlertAtFraction()
	{
		return (EAttribute)environmentBudgetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecurityRequirements()
	{
		return securityRequirementsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityRequirements_IdentityProvider()
	{
		return (EReference)securityRequirementsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityRequirements_Roles()
	{
		return (EReference)securityRequirementsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecurityRequirements_Permissions()
	{
		return (EReference)securityRequirementsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityRequirements_EncryptionAtRestRequired()
	{
		return (EAttribute)securityRequirementsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityRequirements_EncryptionInTransitRequired()
	{
		return (EAttribute)securityRequirementsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentityProvider()
	{
		return identityProviderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentityProvider_Protocol()
	{
		return (EAttribute)identityProviderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentityProvider_Issuer()
	{
		return (EAttribute)identityProviderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRole()
	{
		return roleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPermission()
	{
		return permissionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermission_Role()
	{
		return (EReference)permissionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermission_Process()
	{
		return (EReference)permissionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermission_Entity()
	{
		return (EReference)permissionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermission_Actions()
	{
		return (EAttribute)permissionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQualityGate()
	{
		return qualityGateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQualityGate_Criteria()
	{
		return (EReference)qualityGateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualityGate_PassThreshold()
	{
		return (EAttribute)qualityGateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQualityGate_Approvers()
	{
		return (EReference)qualityGateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQualityCriterion()
	{
		return qualityCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualityCriterion_Weight()
	{
		return (EAttribute)qualityCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualityCriterion_Threshold()
	{
		return (EAttribute)qualityCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualityCriterion_Metric()
	{
		return (EAttribute)qualityCriterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIntegrationProtocol()
	{
		return integrationProtocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEndpointKind()
	{
		return endpointKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnvironmentKind()
	{
		return environmentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCloudProvider()
	{
		return cloudProviderEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnvironmentSize()
	{
		return environmentSizeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnvironmentData()
	{
		return environmentDataEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIdentityProtocol()
	{
		return identityProtocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPermissionAction()
	{
		return permissionActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SolutionFactory getSolutionFactory()
	{
		return (SolutionFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		modelElementEClass = createEClass(MODEL_ELEMENT);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__ID);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__DESCRIPTION);

		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);

		solutionEClass = createEClass(SOLUTION);
		createEAttribute(solutionEClass, SOLUTION__VERSION);
		createEAttribute(solutionEClass, SOLUTION__OWNER);
		createEReference(solutionEClass, SOLUTION__DOMAINS);
		createEReference(solutionEClass, SOLUTION__PROCESSES);
		createEReference(solutionEClass, SOLUTION__RULE_SETS);
		createEReference(solutionEClass, SOLUTION__LEGACY_SYSTEMS);
		createEReference(solutionEClass, SOLUTION__ENVIRONMENTS);
		createEReference(solutionEClass, SOLUTION__SERVICE_LEVEL_OBJECTIVES);
		createEReference(solutionEClass, SOLUTION__FIN_OPS);
		createEReference(solutionEClass, SOLUTION__SECURITY);
		createEReference(solutionEClass, SOLUTION__QUALITY_GATES);
		createEReference(solutionEClass, SOLUTION__REVIEW_BOARDS);
		createEReference(solutionEClass, SOLUTION__ARTEFACT_ROUTES);
		createEReference(solutionEClass, SOLUTION__GENERATION_RUNS);
		createEAttribute(solutionEClass, SOLUTION__FOUR_EYES_REVIEW);

		ruleSetEClass = createEClass(RULE_SET);
		createEAttribute(ruleSetEClass, RULE_SET__PATH);

		legacySystemEClass = createEClass(LEGACY_SYSTEM);
		createEAttribute(legacySystemEClass, LEGACY_SYSTEM__PROTOCOL);
		createEAttribute(legacySystemEClass, LEGACY_SYSTEM__ENDPOINT_KIND);
		createEAttribute(legacySystemEClass, LEGACY_SYSTEM__ENDPOINT);
		createEAttribute(legacySystemEClass, LEGACY_SYSTEM__SLA_AVAILABILITY);
		createEAttribute(legacySystemEClass, LEGACY_SYSTEM__SLA_RESPONSE_TIME_MILLIS);
		createEAttribute(legacySystemEClass, LEGACY_SYSTEM__MAX_CALLS_PER_MINUTE);

		environmentEClass = createEClass(ENVIRONMENT);
		createEAttribute(environmentEClass, ENVIRONMENT__KIND);
		createEAttribute(environmentEClass, ENVIRONMENT__CLOUD);
		createEAttribute(environmentEClass, ENVIRONMENT__REGION);
		createEAttribute(environmentEClass, ENVIRONMENT__SIZE);
		createEAttribute(environmentEClass, ENVIRONMENT__DATA);
		createEAttribute(environmentEClass, ENVIRONMENT__ENCRYPTION_AT_REST);
		createEAttribute(environmentEClass, ENVIRONMENT__ENCRYPTION_IN_TRANSIT);

		serviceLevelObjectiveEClass = createEClass(SERVICE_LEVEL_OBJECTIVE);
		createEReference(serviceLevelObjectiveEClass, SERVICE_LEVEL_OBJECTIVE__PROCESS);
		createEReference(serviceLevelObjectiveEClass, SERVICE_LEVEL_OBJECTIVE__ENVIRONMENT);
		createEAttribute(serviceLevelObjectiveEClass, SERVICE_LEVEL_OBJECTIVE__AVAILABILITY);
		createEAttribute(serviceLevelObjectiveEClass, SERVICE_LEVEL_OBJECTIVE__LATENCY_P95_MILLIS);

		finOpsSettingsEClass = createEClass(FIN_OPS_SETTINGS);
		createEAttribute(finOpsSettingsEClass, FIN_OPS_SETTINGS__COST_CENTRE);
		createEAttribute(finOpsSettingsEClass, FIN_OPS_SETTINGS__CURRENCY);
		createEAttribute(finOpsSettingsEClass, FIN_OPS_SETTINGS__MANDATORY_TAGS);
		createEReference(finOpsSettingsEClass, FIN_OPS_SETTINGS__BUDGETS);

		environmentBudgetEClass = createEClass(ENVIRONMENT_BUDGET);
		createEReference(environmentBudgetEClass, ENVIRONMENT_BUDGET__ENVIRONMENT);
		createEAttribute(environmentBudgetEClass, ENVIRONMENT_BUDGET__MONTHLY_BUDGET);
		createEAttribute(environmentBudgetEClass, ENVIRONMENT_BUDGET__ALERT_AT_FRACTION);

		securityRequirementsEClass = createEClass(SECURITY_REQUIREMENTS);
		createEReference(securityRequirementsEClass, SECURITY_REQUIREMENTS__IDENTITY_PROVIDER);
		createEReference(securityRequirementsEClass, SECURITY_REQUIREMENTS__ROLES);
		createEReference(securityRequirementsEClass, SECURITY_REQUIREMENTS__PERMISSIONS);
		createEAttribute(securityRequirementsEClass, SECURITY_REQUIREMENTS__ENCRYPTION_AT_REST_REQUIRED);
		createEAttribute(securityRequirementsEClass, SECURITY_REQUIREMENTS__ENCRYPTION_IN_TRANSIT_REQUIRED);

		identityProviderEClass = createEClass(IDENTITY_PROVIDER);
		createEAttribute(identityProviderEClass, IDENTITY_PROVIDER__PROTOCOL);
		createEAttribute(identityProviderEClass, IDENTITY_PROVIDER__ISSUER);

		roleEClass = createEClass(ROLE);

		permissionEClass = createEClass(PERMISSION);
		createEReference(permissionEClass, PERMISSION__ROLE);
		createEReference(permissionEClass, PERMISSION__PROCESS);
		createEReference(permissionEClass, PERMISSION__ENTITY);
		createEAttribute(permissionEClass, PERMISSION__ACTIONS);

		qualityGateEClass = createEClass(QUALITY_GATE);
		createEReference(qualityGateEClass, QUALITY_GATE__CRITERIA);
		createEAttribute(qualityGateEClass, QUALITY_GATE__PASS_THRESHOLD);
		createEReference(qualityGateEClass, QUALITY_GATE__APPROVERS);

		qualityCriterionEClass = createEClass(QUALITY_CRITERION);
		createEAttribute(qualityCriterionEClass, QUALITY_CRITERION__WEIGHT);
		createEAttribute(qualityCriterionEClass, QUALITY_CRITERION__THRESHOLD);
		createEAttribute(qualityCriterionEClass, QUALITY_CRITERION__METRIC);

		// Create enums
		integrationProtocolEEnum = createEEnum(INTEGRATION_PROTOCOL);
		endpointKindEEnum = createEEnum(ENDPOINT_KIND);
		environmentKindEEnum = createEEnum(ENVIRONMENT_KIND);
		cloudProviderEEnum = createEEnum(CLOUD_PROVIDER);
		environmentSizeEEnum = createEEnum(ENVIRONMENT_SIZE);
		environmentDataEEnum = createEEnum(ENVIRONMENT_DATA);
		identityProtocolEEnum = createEEnum(IDENTITY_PROTOCOL);
		permissionActionEEnum = createEEnum(PERMISSION_ACTION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		DomainPackage theDomainPackage = (DomainPackage)EPackage.Registry.INSTANCE.getEPackage(DomainPackage.eNS_URI);
		ProcessPackage theProcessPackage = (ProcessPackage)EPackage.Registry.INSTANCE.getEPackage(ProcessPackage.eNS_URI);
		ReviewPackage theReviewPackage = (ReviewPackage)EPackage.Registry.INSTANCE.getEPackage(ReviewPackage.eNS_URI);
		GenerationPackage theGenerationPackage = (GenerationPackage)EPackage.Registry.INSTANCE.getEPackage(GenerationPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedElementEClass.getESuperTypes().add(this.getModelElement());
		solutionEClass.getESuperTypes().add(this.getNamedElement());
		ruleSetEClass.getESuperTypes().add(this.getNamedElement());
		legacySystemEClass.getESuperTypes().add(this.getNamedElement());
		environmentEClass.getESuperTypes().add(this.getNamedElement());
		serviceLevelObjectiveEClass.getESuperTypes().add(this.getNamedElement());
		finOpsSettingsEClass.getESuperTypes().add(this.getModelElement());
		environmentBudgetEClass.getESuperTypes().add(this.getModelElement());
		securityRequirementsEClass.getESuperTypes().add(this.getModelElement());
		identityProviderEClass.getESuperTypes().add(this.getNamedElement());
		roleEClass.getESuperTypes().add(this.getNamedElement());
		permissionEClass.getESuperTypes().add(this.getModelElement());
		qualityGateEClass.getESuperTypes().add(this.getNamedElement());
		qualityCriterionEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(modelElementEClass, ModelElement.class, "ModelElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModelElement_Id(), ecorePackage.getEString(), "id", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 1, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(solutionEClass, Solution.class, "Solution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSolution_Version(), ecorePackage.getEString(), "version", null, 1, 1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSolution_Owner(), ecorePackage.getEString(), "owner", null, 1, 1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_Domains(), theDomainPackage.getDomain(), null, "domains", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_Processes(), theProcessPackage.getProcess(), null, "processes", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_RuleSets(), this.getRuleSet(), null, "ruleSets", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_LegacySystems(), this.getLegacySystem(), null, "legacySystems", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_Environments(), this.getEnvironment(), null, "environments", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_ServiceLevelObjectives(), this.getServiceLevelObjective(), null, "serviceLevelObjectives", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_FinOps(), this.getFinOpsSettings(), null, "finOps", null, 0, 1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_Security(), this.getSecurityRequirements(), null, "security", null, 0, 1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_QualityGates(), this.getQualityGate(), null, "qualityGates", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_ReviewBoards(), theReviewPackage.getReviewBoard(), null, "reviewBoards", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_ArtefactRoutes(), theReviewPackage.getArtefactRoute(), null, "artefactRoutes", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_GenerationRuns(), theGenerationPackage.getGenerationRun(), null, "generationRuns", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSolution_FourEyesReview(), ecorePackage.getEBoolean(), "fourEyesReview", null, 0, 1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ruleSetEClass, RuleSet.class, "RuleSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRuleSet_Path(), ecorePackage.getEString(), "path", null, 1, 1, RuleSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(legacySystemEClass, LegacySystem.class, "LegacySystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLegacySystem_Protocol(), this.getIntegrationProtocol(), "protocol", null, 0, 1, LegacySystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegacySystem_EndpointKind(), this.getEndpointKind(), "endpointKind", null, 0, 1, LegacySystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegacySystem_Endpoint(), ecorePackage.getEString(), "endpoint", null, 0, 1, LegacySystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegacySystem_SlaAvailability(), ecorePackage.getEDouble(), "slaAvailability", null, 0, 1, LegacySystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegacySystem_SlaResponseTimeMillis(), ecorePackage.getEInt(), "slaResponseTimeMillis", null, 0, 1, LegacySystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegacySystem_MaxCallsPerMinute(), ecorePackage.getEInt(), "maxCallsPerMinute", null, 0, 1, LegacySystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(environmentEClass, Environment.class, "Environment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEnvironment_Kind(), this.getEnvironmentKind(), "kind", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnvironment_Cloud(), this.getCloudProvider(), "cloud", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnvironment_Region(), ecorePackage.getEString(), "region", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnvironment_Size(), this.getEnvironmentSize(), "size", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnvironment_Data(), this.getEnvironmentData(), "data", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnvironment_EncryptionAtRest(), ecorePackage.getEBoolean(), "encryptionAtRest", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnvironment_EncryptionInTransit(), ecorePackage.getEBoolean(), "encryptionInTransit", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceLevelObjectiveEClass, ServiceLevelObjective.class, "ServiceLevelObjective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getServiceLevelObjective_Process(), theProcessPackage.getProcess(), null, "process", null, 0, 1, ServiceLevelObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceLevelObjective_Environment(), this.getEnvironment(), null, "environment", null, 0, 1, ServiceLevelObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceLevelObjective_Availability(), ecorePackage.getEDouble(), "availability", null, 0, 1, ServiceLevelObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceLevelObjective_LatencyP95Millis(), ecorePackage.getEInt(), "latencyP95Millis", null, 0, 1, ServiceLevelObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(finOpsSettingsEClass, FinOpsSettings.class, "FinOpsSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinOpsSettings_CostCentre(), ecorePackage.getEString(), "costCentre", null, 0, 1, FinOpsSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinOpsSettings_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, FinOpsSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinOpsSettings_MandatoryTags(), ecorePackage.getEString(), "mandatoryTags", null, 0, -1, FinOpsSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinOpsSettings_Budgets(), this.getEnvironmentBudget(), null, "budgets", null, 0, -1, FinOpsSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(environmentBudgetEClass, EnvironmentBudget.class, "EnvironmentBudget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEnvironmentBudget_Environment(), this.getEnvironment(), null, "environment", null, 1, 1, EnvironmentBudget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnvironmentBudget_MonthlyBudget(), ecorePackage.getEBigDecimal(), "monthlyBudget", null, 0, 1, EnvironmentBudget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnvironmentBudget_AlertAtFraction(), ecorePackage.getEDouble(), "alertAtFraction", null, 0, 1, EnvironmentBudget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(securityRequirementsEClass, SecurityRequirements.class, "SecurityRequirements", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSecurityRequirements_IdentityProvider(), this.getIdentityProvider(), null, "identityProvider", null, 0, 1, SecurityRequirements.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSecurityRequirements_Roles(), this.getRole(), null, "roles", null, 0, -1, SecurityRequirements.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSecurityRequirements_Permissions(), this.getPermission(), null, "permissions", null, 0, -1, SecurityRequirements.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSecurityRequirements_EncryptionAtRestRequired(), ecorePackage.getEBoolean(), "encryptionAtRestRequired", null, 0, 1, SecurityRequirements.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSecurityRequirements_EncryptionInTransitRequired(), ecorePackage.getEBoolean(), "encryptionInTransitRequired", null, 0, 1, SecurityRequirements.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(identityProviderEClass, IdentityProvider.class, "IdentityProvider", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentityProvider_Protocol(), this.getIdentityProtocol(), "protocol", null, 0, 1, IdentityProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentityProvider_Issuer(), ecorePackage.getEString(), "issuer", null, 0, 1, IdentityProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roleEClass, Role.class, "Role", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(permissionEClass, Permission.class, "Permission", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPermission_Role(), this.getRole(), null, "role", null, 1, 1, Permission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPermission_Process(), theProcessPackage.getProcess(), null, "process", null, 0, 1, Permission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPermission_Entity(), theDomainPackage.getEntity(), null, "entity", null, 0, 1, Permission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermission_Actions(), this.getPermissionAction(), "actions", null, 0, -1, Permission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(qualityGateEClass, QualityGate.class, "QualityGate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getQualityGate_Criteria(), this.getQualityCriterion(), null, "criteria", null, 0, -1, QualityGate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualityGate_PassThreshold(), ecorePackage.getEDouble(), "passThreshold", null, 0, 1, QualityGate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQualityGate_Approvers(), theReviewPackage.getReviewer(), null, "approvers", null, 0, -1, QualityGate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(qualityCriterionEClass, QualityCriterion.class, "QualityCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQualityCriterion_Weight(), ecorePackage.getEDouble(), "weight", null, 0, 1, QualityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualityCriterion_Threshold(), ecorePackage.getEDouble(), "threshold", null, 0, 1, QualityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualityCriterion_Metric(), ecorePackage.getEString(), "metric", null, 0, 1, QualityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(integrationProtocolEEnum, IntegrationProtocol.class, "IntegrationProtocol");
		addEEnumLiteral(integrationProtocolEEnum, IntegrationProtocol.REST);
		addEEnumLiteral(integrationProtocolEEnum, IntegrationProtocol.SOAP);
		addEEnumLiteral(integrationProtocolEEnum, IntegrationProtocol.JDBC);
		addEEnumLiteral(integrationProtocolEEnum, IntegrationProtocol.FILE);
		addEEnumLiteral(integrationProtocolEEnum, IntegrationProtocol.MESSAGE_QUEUE);

		initEEnum(endpointKindEEnum, EndpointKind.class, "EndpointKind");
		addEEnumLiteral(endpointKindEEnum, EndpointKind.REQUEST_REPLY);
		addEEnumLiteral(endpointKindEEnum, EndpointKind.ONE_WAY);
		addEEnumLiteral(endpointKindEEnum, EndpointKind.BATCH);
		addEEnumLiteral(endpointKindEEnum, EndpointKind.EVENT_STREAM);

		initEEnum(environmentKindEEnum, EnvironmentKind.class, "EnvironmentKind");
		addEEnumLiteral(environmentKindEEnum, EnvironmentKind.DEV);
		addEEnumLiteral(environmentKindEEnum, EnvironmentKind.QA);
		addEEnumLiteral(environmentKindEEnum, EnvironmentKind.STAGING);
		addEEnumLiteral(environmentKindEEnum, EnvironmentKind.PERF);
		addEEnumLiteral(environmentKindEEnum, EnvironmentKind.PROD);
		addEEnumLiteral(environmentKindEEnum, EnvironmentKind.DR);

		initEEnum(cloudProviderEEnum, CloudProvider.class, "CloudProvider");
		addEEnumLiteral(cloudProviderEEnum, CloudProvider.AWS);
		addEEnumLiteral(cloudProviderEEnum, CloudProvider.AZURE);
		addEEnumLiteral(cloudProviderEEnum, CloudProvider.GCP);
		addEEnumLiteral(cloudProviderEEnum, CloudProvider.ON_PREMISES);

		initEEnum(environmentSizeEEnum, EnvironmentSize.class, "EnvironmentSize");
		addEEnumLiteral(environmentSizeEEnum, EnvironmentSize.SMALL);
		addEEnumLiteral(environmentSizeEEnum, EnvironmentSize.MEDIUM);
		addEEnumLiteral(environmentSizeEEnum, EnvironmentSize.LARGE);
		addEEnumLiteral(environmentSizeEEnum, EnvironmentSize.EXTRA_LARGE);

		initEEnum(environmentDataEEnum, EnvironmentData.class, "EnvironmentData");
		addEEnumLiteral(environmentDataEEnum, EnvironmentData.SYNTHETIC_DATA);
		addEEnumLiteral(environmentDataEEnum, EnvironmentData.MASKED_DATA);
		addEEnumLiteral(environmentDataEEnum, EnvironmentData.PRODUCTION_DATA);

		initEEnum(identityProtocolEEnum, IdentityProtocol.class, "IdentityProtocol");
		addEEnumLiteral(identityProtocolEEnum, IdentityProtocol.OIDC);
		addEEnumLiteral(identityProtocolEEnum, IdentityProtocol.SAML);
		addEEnumLiteral(identityProtocolEEnum, IdentityProtocol.LDAP);

		initEEnum(permissionActionEEnum, PermissionAction.class, "PermissionAction");
		addEEnumLiteral(permissionActionEEnum, PermissionAction.READ);
		addEEnumLiteral(permissionActionEEnum, PermissionAction.CREATE);
		addEEnumLiteral(permissionActionEEnum, PermissionAction.UPDATE);
		addEEnumLiteral(permissionActionEEnum, PermissionAction.DELETE);
		addEEnumLiteral(permissionActionEEnum, PermissionAction.START);
		addEEnumLiteral(permissionActionEEnum, PermissionAction.PERFORM);
		addEEnumLiteral(permissionActionEEnum, PermissionAction.APPROVE);

		// Create resource
		createResource(eNS_URI);
	}

} //SolutionPackageImpl
