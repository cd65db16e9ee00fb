/**
 */
package io.processware.model.generation.impl;

import io.processware.model.domain.DomainPackage;

import io.processware.model.domain.impl.DomainPackageImpl;

import io.processware.model.generation.ArtefactKind;
import io.processware.model.generation.AssemblyQueue;
import io.processware.model.generation.AssemblyQueueKind;
import io.processware.model.generation.GeneratedArtefact;
import io.processware.model.generation.GenerationFactory;
import io.processware.model.generation.GenerationPackage;
import io.processware.model.generation.GenerationPhase;
import io.processware.model.generation.GenerationRun;
import io.processware.model.generation.PhaseKind;
import io.processware.model.generation.PhaseStatus;
import io.processware.model.generation.RunStatus;
import io.processware.model.generation.TemplateSetVersion;

import io.processware.model.process.ProcessPackage;

import io.processware.model.process.impl.ProcessPackageImpl;

import io.processware.model.review.ReviewPackage;

import io.processware.model.review.impl.ReviewPackageImpl;

import io.processware.model.solution.SolutionPackage;

import io.processware.model.solution.impl.SolutionPackageImpl;

import java.time.Instant;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
public class GenerationPackageImpl extends EPackageImpl implements GenerationPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass generationRunEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass templateSetVersionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass generationPhaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass generatedArtefactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assemblyQueueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum phaseKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum phaseStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum artefactKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assemblyQueueKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

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
	 * @see io.processware.model.generation.GenerationPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GenerationPackageImpl()
	{
		super(eNS_URI, GenerationFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link GenerationPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static GenerationPackage init()
	{
		if (isInited) return (GenerationPackage)EPackage.Registry.INSTANCE.getEPackage(GenerationPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredGenerationPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		GenerationPackageImpl theGenerationPackage = registeredGenerationPackage instanceof GenerationPackageImpl ? (GenerationPackageImpl)registeredGenerationPackage : new GenerationPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SolutionPackage.eNS_URI);
		SolutionPackageImpl theSolutionPackage = (SolutionPackageImpl)(registeredPackage instanceof SolutionPackageImpl ? registeredPackage : SolutionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProcessPackage.eNS_URI);
		ProcessPackageImpl theProcessPackage = (ProcessPackageImpl)(registeredPackage instanceof ProcessPackageImpl ? registeredPackage : ProcessPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DomainPackage.eNS_URI);
		DomainPackageImpl theDomainPackage = (DomainPackageImpl)(registeredPackage instanceof DomainPackageImpl ? registeredPackage : DomainPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ReviewPackage.eNS_URI);
		ReviewPackageImpl theReviewPackage = (ReviewPackageImpl)(registeredPackage instanceof ReviewPackageImpl ? registeredPackage : ReviewPackage.eINSTANCE);

		// Create package meta-data objects
		theGenerationPackage.createPackageContents();
		theSolutionPackage.createPackageContents();
		theProcessPackage.createPackageContents();
		theDomainPackage.createPackageContents();
		theReviewPackage.createPackageContents();

		// Initialize created meta-data
		theGenerationPackage.initializePackageContents();
		theSolutionPackage.initializePackageContents();
		theProcessPackage.initializePackageContents();
		theDomainPackage.initializePackageContents();
		theReviewPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theGenerationPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GenerationPackage.eNS_URI, theGenerationPackage);
		return theGenerationPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGenerationRun()
	{
		return generationRunEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenerationRun_StartedAt()
	{
		return (EAttribute)generationRunEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenerationRun_FinishedAt()
	{
		return (EAttribute)generationRunEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenerationRun_ModelHash()
	{
		return (EAttribute)generationRunEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenerationRun_Status()
	{
		return (EAttribute)generationRunEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGenerationRun_TemplateSets()
	{
		return (EReference)generationRunEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGenerationRun_Phases()
	{
		return (EReference)generationRunEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGenerationRun_Artefacts()
	{
		return (EReference)generationRunEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGenerationRun_Queues()
	{
		return (EReference)generationRunEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTemplateSetVersion()
	{
		return templateSetVersionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTemplateSetVersion_Version()
	{
		return (EAttribute)templateSetVersionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGenerationPhase()
	{
		return generationPhaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenerationPhase_Kind()
	{
		return (EAttribute)generationPhaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenerationPhase_Status()
	{
		return (EAttribute)generationPhaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenerationPhase_StartedAt()
	{
		return (EAttribute)generationPhaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenerationPhase_FinishedAt()
	{
		return (EAttribute)generationPhaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenerationPhase_Message()
	{
		return (EAttribute)generationPhaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGeneratedArtefact()
	{
		return generatedArtefactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGeneratedArtefact_Path()
	{
		return (EAttribute)generatedArtefactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGeneratedArtefact_Kind()
	{
		return (EAttribute)generatedArtefactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGeneratedArtefact_Generator()
	{
		return (EAttribute)generatedArtefactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGeneratedArtefact_ContentHash()
	{
		return (EAttribute)generatedArtefactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGeneratedArtefact_Sources()
	{
		return (EReference)generatedArtefactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssemblyQueue()
	{
		return assemblyQueueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssemblyQueue_Kind()
	{
		return (EAttribute)assemblyQueueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssemblyQueue_Entries()
	{
		return (EReference)assemblyQueueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRunStatus()
	{
		return runStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPhaseKind()
	{
		return phaseKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPhaseStatus()
	{
		return phaseStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArtefactKind()
	{
		return artefactKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssemblyQueueKind()
	{
		return assemblyQueueKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant()
	{
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GenerationFactory getGenerationFactory()
	{
		return (GenerationFactory)getEFactoryInstance();
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
		generationRunEClass = createEClass(GENERATION_RUN);
		createEAttribute(generationRunEClass, GENERATION_RUN__STARTED_AT);
		createEAttribute(generationRunEClass, GENERATION_RUN__FINISHED_AT);
		createEAttribute(generationRunEClass, GENERATION_RUN__MODEL_HASH);
		createEAttribute(generationRunEClass, GENERATION_RUN__STATUS);
		createEReference(generationRunEClass, GENERATION_RUN__TEMPLATE_SETS);
		createEReference(generationRunEClass, GENERATION_RUN__PHASES);
		createEReference(generationRunEClass, GENERATION_RUN__ARTEFACTS);
		createEReference(generationRunEClass, GENERATION_RUN__QUEUES);

		templateSetVersionEClass = createEClass(TEMPLATE_SET_VERSION);
		createEAttribute(templateSetVersionEClass, TEMPLATE_SET_VERSION__VERSION);

		generationPhaseEClass = createEClass(GENERATION_PHASE);
		createEAttribute(generationPhaseEClass, GENERATION_PHASE__KIND);
		createEAttribute(generationPhaseEClass, GENERATION_PHASE__STATUS);
		createEAttribute(generationPhaseEClass, GENERATION_PHASE__STARTED_AT);
		createEAttribute(generationPhaseEClass, GENERATION_PHASE__FINISHED_AT);
		createEAttribute(generationPhaseEClass, GENERATION_PHASE__MESSAGE);

		generatedArtefactEClass = createEClass(GENERATED_ARTEFACT);
		createEAttribute(generatedArtefactEClass, GENERATED_ARTEFACT__PATH);
		createEAttribute(generatedArtefactEClass, GENERATED_ARTEFACT__KIND);
		createEAttribute(generatedArtefactEClass, GENERATED_ARTEFACT__GENERATOR);
		createEAttribute(generatedArtefactEClass, GENERATED_ARTEFACT__CONTENT_HASH);
		createEReference(generatedArtefactEClass, GENERATED_ARTEFACT__SOURCES);

		assemblyQueueEClass = createEClass(ASSEMBLY_QUEUE);
		createEAttribute(assemblyQueueEClass, ASSEMBLY_QUEUE__KIND);
		createEReference(assemblyQueueEClass, ASSEMBLY_QUEUE__ENTRIES);

		// Create enums
		runStatusEEnum = createEEnum(RUN_STATUS);
		phaseKindEEnum = createEEnum(PHASE_KIND);
		phaseStatusEEnum = createEEnum(PHASE_STATUS);
		artefactKindEEnum = createEEnum(ARTEFACT_KIND);
		assemblyQueueKindEEnum = createEEnum(ASSEMBLY_QUEUE_KIND);

		// Create data types
		instantEDataType = createEDataType(INSTANT);
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
		SolutionPackage theSolutionPackage = (SolutionPackage)EPackage.Registry.INSTANCE.getEPackage(SolutionPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		generationRunEClass.getESuperTypes().add(theSolutionPackage.getModelElement());
		templateSetVersionEClass.getESuperTypes().add(theSolutionPackage.getNamedElement());
		generationPhaseEClass.getESuperTypes().add(theSolutionPackage.getModelElement());
		generatedArtefactEClass.getESuperTypes().add(theSolutionPackage.getModelElement());
		assemblyQueueEClass.getESuperTypes().add(theSolutionPackage.getModelElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(generationRunEClass, GenerationRun.class, "GenerationRun", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGenerationRun_StartedAt(), this.getInstant(), "startedAt", null, 0, 1, GenerationRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenerationRun_FinishedAt(), this.getInstant(), "finishedAt", null, 0, 1, GenerationRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenerationRun_ModelHash(), ecorePackage.getEString(), "modelHash", null, 0, 1, GenerationRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenerationRun_Status(), this.getRunStatus(), "status", null, 0, 1, GenerationRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGenerationRun_TemplateSets(), this.getTemplateSetVersion(), null, "templateSets", null, 0, -1, GenerationRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGenerationRun_Phases(), this.getGenerationPhase(), null, "phases", null, 0, -1, GenerationRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGenerationRun_Artefacts(), this.getGeneratedArtefact(), null, "artefacts", null, 0, -1, GenerationRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGenerationRun_Queues(), this.getAssemblyQueue(), null, "queues", null, 0, -1, GenerationRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(templateSetVersionEClass, TemplateSetVersion.class, "TemplateSetVersion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTemplateSetVersion_Version(), ecorePackage.getEString(), "version", null, 1, 1, TemplateSetVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(generationPhaseEClass, GenerationPhase.class, "GenerationPhase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGenerationPhase_Kind(), this.getPhaseKind(), "kind", null, 0, 1, GenerationPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenerationPhase_Status(), this.getPhaseStatus(), "status", null, 0, 1, GenerationPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenerationPhase_StartedAt(), this.getInstant(), "startedAt", null, 0, 1, GenerationPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenerationPhase_FinishedAt(), this.getInstant(), "finishedAt", null, 0, 1, GenerationPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenerationPhase_Message(), ecorePackage.getEString(), "message", null, 0, 1, GenerationPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(generatedArtefactEClass, GeneratedArtefact.class, "GeneratedArtefact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGeneratedArtefact_Path(), ecorePackage.getEString(), "path", null, 1, 1, GeneratedArtefact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGeneratedArtefact_Kind(), this.getArtefactKind(), "kind", null, 0, 1, GeneratedArtefact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGeneratedArtefact_Generator(), ecorePackage.getEString(), "generator", null, 0, 1, GeneratedArtefact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGeneratedArtefact_ContentHash(), ecorePackage.getEString(), "contentHash", null, 0, 1, GeneratedArtefact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGeneratedArtefact_Sources(), theSolutionPackage.getModelElement(), null, "sources", null, 0, -1, GeneratedArtefact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assemblyQueueEClass, AssemblyQueue.class, "AssemblyQueue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssemblyQueue_Kind(), this.getAssemblyQueueKind(), "kind", null, 0, 1, AssemblyQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssemblyQueue_Entries(), this.getGeneratedArtefact(), null, "entries", null, 0, -1, AssemblyQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(runStatusEEnum, RunStatus.class, "RunStatus");
		addEEnumLiteral(runStatusEEnum, RunStatus.RUNNING);
		addEEnumLiteral(runStatusEEnum, RunStatus.IN_REVIEW);
		addEEnumLiteral(runStatusEEnum, RunStatus.SUCCEEDED);
		addEEnumLiteral(runStatusEEnum, RunStatus.FAILED);
		addEEnumLiteral(runStatusEEnum, RunStatus.APPROVED);
		addEEnumLiteral(runStatusEEnum, RunStatus.REJECTED);

		initEEnum(phaseKindEEnum, PhaseKind.class, "PhaseKind");
		addEEnumLiteral(phaseKindEEnum, PhaseKind.VALIDATE);
		addEEnumLiteral(phaseKindEEnum, PhaseKind.GENERATE);
		addEEnumLiteral(phaseKindEEnum, PhaseKind.QA_CHECK);
		addEEnumLiteral(phaseKindEEnum, PhaseKind.REVIEW);
		addEEnumLiteral(phaseKindEEnum, PhaseKind.ASSEMBLE);
		addEEnumLiteral(phaseKindEEnum, PhaseKind.QUALITY_GATE);
		addEEnumLiteral(phaseKindEEnum, PhaseKind.BUSINESS_APPROVAL);
		addEEnumLiteral(phaseKindEEnum, PhaseKind.COMMIT);

		initEEnum(phaseStatusEEnum, PhaseStatus.class, "PhaseStatus");
		addEEnumLiteral(phaseStatusEEnum, PhaseStatus.PENDING);
		addEEnumLiteral(phaseStatusEEnum, PhaseStatus.RUNNING);
		addEEnumLiteral(phaseStatusEEnum, PhaseStatus.PASSED);
		addEEnumLiteral(phaseStatusEEnum, PhaseStatus.FAILED);
		addEEnumLiteral(phaseStatusEEnum, PhaseStatus.SKIPPED);

		initEEnum(artefactKindEEnum, ArtefactKind.class, "ArtefactKind");
		addEEnumLiteral(artefactKindEEnum, ArtefactKind.APPLICATION_CODE);
		addEEnumLiteral(artefactKindEEnum, ArtefactKind.TEST_CODE);
		addEEnumLiteral(artefactKindEEnum, ArtefactKind.INFRASTRUCTURE);
		addEEnumLiteral(artefactKindEEnum, ArtefactKind.CI_CD);
		addEEnumLiteral(artefactKindEEnum, ArtefactKind.SECURITY_POLICY);
		addEEnumLiteral(artefactKindEEnum, ArtefactKind.FINOPS_BUDGET);
		addEEnumLiteral(artefactKindEEnum, ArtefactKind.DATA_CATALOG);
		addEEnumLiteral(artefactKindEEnum, ArtefactKind.LEGACY_ADAPTER);
		addEEnumLiteral(artefactKindEEnum, ArtefactKind.DOCUMENTATION);

		initEEnum(assemblyQueueKindEEnum, AssemblyQueueKind.class, "AssemblyQueueKind");
		addEEnumLiteral(assemblyQueueKindEEnum, AssemblyQueueKind.A);
		addEEnumLiteral(assemblyQueueKindEEnum, AssemblyQueueKind.B);

		// Initialize data types
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //GenerationPackageImpl
