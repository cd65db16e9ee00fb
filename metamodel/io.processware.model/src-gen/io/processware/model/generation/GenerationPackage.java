/**
 */
package io.processware.model.generation;

import io.processware.model.solution.SolutionPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * @see io.processware.model.generation.GenerationFactory
 * @generated
 */
public interface GenerationPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "generation";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://processware.io/model/1.0/generation";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "generation";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GenerationPackage eINSTANCE = io.processware.model.generation.impl.GenerationPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.processware.model.generation.impl.GenerationRunImpl <em>Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.generation.impl.GenerationRunImpl
	 * @see io.processware.model.generation.impl.GenerationPackageImpl#getGenerationRun()
	 * @generated
	 */
	int GENERATION_RUN = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_RUN__ID = SolutionPackage.MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_RUN__DESCRIPTION = SolutionPackage.MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_RUN__STARTED_AT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_RUN__FINISHED_AT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Model Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_RUN__MODEL_HASH = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_RUN__STATUS = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Template Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_RUN__TEMPLATE_SETS = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_RUN__PHASES = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Artefacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_RUN__ARTEFACTS = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Queues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_RUN__QUEUES = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_RUN_FEATURE_COUNT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_RUN_OPERATION_COUNT = SolutionPackage.MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.generation.impl.TemplateSetVersionImpl <em>Template Set Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.generation.impl.TemplateSetVersionImpl
	 * @see io.processware.model.generation.impl.GenerationPackageImpl#getTemplateSetVersion()
	 * @generated
	 */
	int TEMPLATE_SET_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SET_VERSION__ID = SolutionPackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SET_VERSION__DESCRIPTION = SolutionPackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SET_VERSION__NAME = SolutionPackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SET_VERSION__VERSION = SolutionPackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Template Set Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SET_VERSION_FEATURE_COUNT = SolutionPackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Template Set Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SET_VERSION_OPERATION_COUNT = SolutionPackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.generation.impl.GenerationPhaseImpl <em>Phase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.generation.impl.GenerationPhaseImpl
	 * @see io.processware.model.generation.impl.GenerationPackageImpl#getGenerationPhase()
	 * @generated
	 */
	int GENERATION_PHASE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_PHASE__ID = SolutionPackage.MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_PHASE__DESCRIPTION = SolutionPackage.MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_PHASE__KIND = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_PHASE__STATUS = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_PHASE__STARTED_AT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_PHASE__FINISHED_AT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_PHASE__MESSAGE = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_PHASE_FEATURE_COUNT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATION_PHASE_OPERATION_COUNT = SolutionPackage.MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.generation.impl.GeneratedArtefactImpl <em>Generated Artefact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.generation.impl.GeneratedArtefactImpl
	 * @see io.processware.model.generation.impl.GenerationPackageImpl#getGeneratedArtefact()
	 * @generated
	 */
	int GENERATED_ARTEFACT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_ARTEFACT__ID = SolutionPackage.MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_ARTEFACT__DESCRIPTION = SolutionPackage.MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_ARTEFACT__PATH = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_ARTEFACT__KIND = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Generator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_ARTEFACT__GENERATOR = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_ARTEFACT__CONTENT_HASH = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_ARTEFACT__SOURCES = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Generated Artefact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_ARTEFACT_FEATURE_COUNT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Generated Artefact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_ARTEFACT_OPERATION_COUNT = SolutionPackage.MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.generation.impl.AssemblyQueueImpl <em>Assembly Queue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.generation.impl.AssemblyQueueImpl
	 * @see io.processware.model.generation.impl.GenerationPackageImpl#getAssemblyQueue()
	 * @generated
	 */
	int ASSEMBLY_QUEUE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSEMBLY_QUEUE__ID = SolutionPackage.MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSEMBLY_QUEUE__DESCRIPTION = SolutionPackage.MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSEMBLY_QUEUE__KIND = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSEMBLY_QUEUE__ENTRIES = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Assembly Queue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSEMBLY_QUEUE_FEATURE_COUNT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Assembly Queue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSEMBLY_QUEUE_OPERATION_COUNT = SolutionPackage.MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.generation.RunStatus <em>Run Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.generation.RunStatus
	 * @see io.processware.model.generation.impl.GenerationPackageImpl#getRunStatus()
	 * @generated
	 */
	int RUN_STATUS = 5;

	/**
	 * The meta object id for the '{@link io.processware.model.generation.PhaseKind <em>Phase Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.generation.PhaseKind
	 * @see io.processware.model.generation.impl.GenerationPackageImpl#getPhaseKind()
	 * @generated
	 */
	int PHASE_KIND = 6;

	/**
	 * The meta object id for the '{@link io.processware.model.generation.PhaseStatus <em>Phase Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.generation.PhaseStatus
	 * @see io.processware.model.generation.impl.GenerationPackageImpl#getPhaseStatus()
	 * @generated
	 */
	int PHASE_STATUS = 7;

	/**
	 * The meta object id for the '{@link io.processware.model.generation.ArtefactKind <em>Artefact Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.generation.ArtefactKind
	 * @see io.processware.model.generation.impl.GenerationPackageImpl#getArtefactKind()
	 * @generated
	 */
	int ARTEFACT_KIND = 8;

	/**
	 * The meta object id for the '{@link io.processware.model.generation.AssemblyQueueKind <em>Assembly Queue Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.generation.AssemblyQueueKind
	 * @see io.processware.model.generation.impl.GenerationPackageImpl#getAssemblyQueueKind()
	 * @generated
	 */
	int ASSEMBLY_QUEUE_KIND = 9;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see io.processware.model.generation.impl.GenerationPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 10;


	/**
	 * Returns the meta object for class '{@link io.processware.model.generation.GenerationRun <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run</em>'.
	 * @see io.processware.model.generation.GenerationRun
	 * @generated
	 */
	EClass getGenerationRun();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GenerationRun#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see io.processware.model.generation.GenerationRun#getStartedAt()
	 * @see #getGenerationRun()
	 * @generated
	 */
	EAttribute getGenerationRun_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GenerationRun#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see io.processware.model.generation.GenerationRun#getFinishedAt()
	 * @see #getGenerationRun()
	 * @generated
	 */
	EAttribute getGenerationRun_FinishedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GenerationRun#getModelHash <em>Model Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Hash</em>'.
	 * @see io.processware.model.generation.GenerationRun#getModelHash()
	 * @see #getGenerationRun()
	 * @generated
	 */
	EAttribute getGenerationRun_ModelHash();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GenerationRun#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.processware.model.generation.GenerationRun#getStatus()
	 * @see #getGenerationRun()
	 * @generated
	 */
	EAttribute getGenerationRun_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.generation.GenerationRun#getTemplateSets <em>Template Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Template Sets</em>'.
	 * @see io.processware.model.generation.GenerationRun#getTemplateSets()
	 * @see #getGenerationRun()
	 * @generated
	 */
	EReference getGenerationRun_TemplateSets();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.generation.GenerationRun#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phases</em>'.
	 * @see io.processware.model.generation.GenerationRun#getPhases()
	 * @see #getGenerationRun()
	 * @generated
	 */
	EReference getGenerationRun_Phases();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.generation.GenerationRun#getArtefacts <em>Artefacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Artefacts</em>'.
	 * @see io.processware.model.generation.GenerationRun#getArtefacts()
	 * @see #getGenerationRun()
	 * @generated
	 */
	EReference getGenerationRun_Artefacts();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.generation.GenerationRun#getQueues <em>Queues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Queues</em>'.
	 * @see io.processware.model.generation.GenerationRun#getQueues()
	 * @see #getGenerationRun()
	 * @generated
	 */
	EReference getGenerationRun_Queues();

	/**
	 * Returns the meta object for class '{@link io.processware.model.generation.TemplateSetVersion <em>Template Set Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Template Set Version</em>'.
	 * @see io.processware.model.generation.TemplateSetVersion
	 * @generated
	 */
	EClass getTemplateSetVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.TemplateSetVersion#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.processware.model.generation.TemplateSetVersion#getVersion()
	 * @see #getTemplateSetVersion()
	 * @generated
	 */
	EAttribute getTemplateSetVersion_Version();

	/**
	 * Returns the meta object for class '{@link io.processware.model.generation.GenerationPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phase</em>'.
	 * @see io.processware.model.generation.GenerationPhase
	 * @generated
	 */
	EClass getGenerationPhase();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GenerationPhase#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.processware.model.generation.GenerationPhase#getKind()
	 * @see #getGenerationPhase()
	 * @generated
	 */
	EAttribute getGenerationPhase_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GenerationPhase#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.processware.model.generation.GenerationPhase#getStatus()
	 * @see #getGenerationPhase()
	 * @generated
	 */
	EAttribute getGenerationPhase_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GenerationPhase#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see io.processware.model.generation.GenerationPhase#getStartedAt()
	 * @see #getGenerationPhase()
	 * @generated
	 */
	EAttribute getGenerationPhase_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GenerationPhase#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see io.processware.model.generation.GenerationPhase#getFinishedAt()
	 * @see #getGenerationPhase()
	 * @generated
	 */
	EAttribute getGenerationPhase_FinishedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GenerationPhase#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.processware.model.generation.GenerationPhase#getMessage()
	 * @see #getGenerationPhase()
	 * @generated
	 */
	EAttribute getGenerationPhase_Message();

	/**
	 * Returns the meta object for class '{@link io.processware.model.generation.GeneratedArtefact <em>Generated Artefact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Generated Artefact</em>'.
	 * @see io.processware.model.generation.GeneratedArtefact
	 * @generated
	 */
	EClass getGeneratedArtefact();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GeneratedArtefact#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.processware.model.generation.GeneratedArtefact#getPath()
	 * @see #getGeneratedArtefact()
	 * @generated
	 */
	EAttribute getGeneratedArtefact_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GeneratedArtefact#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.processware.model.generation.GeneratedArtefact#getKind()
	 * @see #getGeneratedArtefact()
	 * @generated
	 */
	EAttribute getGeneratedArtefact_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GeneratedArtefact#getGenerator <em>Generator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generator</em>'.
	 * @see io.processware.model.generation.GeneratedArtefact#getGenerator()
	 * @see #getGeneratedArtefact()
	 * @generated
	 */
	EAttribute getGeneratedArtefact_Generator();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.GeneratedArtefact#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see io.processware.model.generation.GeneratedArtefact#getContentHash()
	 * @see #getGeneratedArtefact()
	 * @generated
	 */
	EAttribute getGeneratedArtefact_ContentHash();

	/**
	 * Returns the meta object for the reference list '{@link io.processware.model.generation.GeneratedArtefact#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see io.processware.model.generation.GeneratedArtefact#getSources()
	 * @see #getGeneratedArtefact()
	 * @generated
	 */
	EReference getGeneratedArtefact_Sources();

	/**
	 * Returns the meta object for class '{@link io.processware.model.generation.AssemblyQueue <em>Assembly Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assembly Queue</em>'.
	 * @see io.processware.model.generation.AssemblyQueue
	 * @generated
	 */
	EClass getAssemblyQueue();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.generation.AssemblyQueue#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.processware.model.generation.AssemblyQueue#getKind()
	 * @see #getAssemblyQueue()
	 * @generated
	 */
	EAttribute getAssemblyQueue_Kind();

	/**
	 * Returns the meta object for the reference list '{@link io.processware.model.generation.AssemblyQueue#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Entries</em>'.
	 * @see io.processware.model.generation.AssemblyQueue#getEntries()
	 * @see #getAssemblyQueue()
	 * @generated
	 */
	EReference getAssemblyQueue_Entries();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.generation.RunStatus <em>Run Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Run Status</em>'.
	 * @see io.processware.model.generation.RunStatus
	 * @generated
	 */
	EEnum getRunStatus();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.generation.PhaseKind <em>Phase Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phase Kind</em>'.
	 * @see io.processware.model.generation.PhaseKind
	 * @generated
	 */
	EEnum getPhaseKind();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.generation.PhaseStatus <em>Phase Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phase Status</em>'.
	 * @see io.processware.model.generation.PhaseStatus
	 * @generated
	 */
	EEnum getPhaseStatus();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.generation.ArtefactKind <em>Artefact Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Artefact Kind</em>'.
	 * @see io.processware.model.generation.ArtefactKind
	 * @generated
	 */
	EEnum getArtefactKind();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.generation.AssemblyQueueKind <em>Assembly Queue Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assembly Queue Kind</em>'.
	 * @see io.processware.model.generation.AssemblyQueueKind
	 * @generated
	 */
	EEnum getAssemblyQueueKind();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time, saved in UTC as ISO 8601 (2026-11-21T10:15:30Z) so that files do not depend on the machine's time zone.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GenerationFactory getGenerationFactory();

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
		 * The meta object literal for the '{@link io.processware.model.generation.impl.GenerationRunImpl <em>Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.generation.impl.GenerationRunImpl
		 * @see io.processware.model.generation.impl.GenerationPackageImpl#getGenerationRun()
		 * @generated
		 */
		EClass GENERATION_RUN = eINSTANCE.getGenerationRun();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_RUN__STARTED_AT = eINSTANCE.getGenerationRun_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_RUN__FINISHED_AT = eINSTANCE.getGenerationRun_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Model Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_RUN__MODEL_HASH = eINSTANCE.getGenerationRun_ModelHash();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_RUN__STATUS = eINSTANCE.getGenerationRun_Status();

		/**
		 * The meta object literal for the '<em><b>Template Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENERATION_RUN__TEMPLATE_SETS = eINSTANCE.getGenerationRun_TemplateSets();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENERATION_RUN__PHASES = eINSTANCE.getGenerationRun_Phases();

		/**
		 * The meta object literal for the '<em><b>Artefacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENERATION_RUN__ARTEFACTS = eINSTANCE.getGenerationRun_Artefacts();

		/**
		 * The meta object literal for the '<em><b>Queues</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENERATION_RUN__QUEUES = eINSTANCE.getGenerationRun_Queues();

		/**
		 * The meta object literal for the '{@link io.processware.model.generation.impl.TemplateSetVersionImpl <em>Template Set Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.generation.impl.TemplateSetVersionImpl
		 * @see io.processware.model.generation.impl.GenerationPackageImpl#getTemplateSetVersion()
		 * @generated
		 */
		EClass TEMPLATE_SET_VERSION = eINSTANCE.getTemplateSetVersion();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE_SET_VERSION__VERSION = eINSTANCE.getTemplateSetVersion_Version();

		/**
		 * The meta object literal for the '{@link io.processware.model.generation.impl.GenerationPhaseImpl <em>Phase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.generation.impl.GenerationPhaseImpl
		 * @see io.processware.model.generation.impl.GenerationPackageImpl#getGenerationPhase()
		 * @generated
		 */
		EClass GENERATION_PHASE = eINSTANCE.getGenerationPhase();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_PHASE__KIND = eINSTANCE.getGenerationPhase_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_PHASE__STATUS = eINSTANCE.getGenerationPhase_Status();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_PHASE__STARTED_AT = eINSTANCE.getGenerationPhase_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_PHASE__FINISHED_AT = eINSTANCE.getGenerationPhase_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATION_PHASE__MESSAGE = eINSTANCE.getGenerationPhase_Message();

		/**
		 * The meta object literal for the '{@link io.processware.model.generation.impl.GeneratedArtefactImpl <em>Generated Artefact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.generation.impl.GeneratedArtefactImpl
		 * @see io.processware.model.generation.impl.GenerationPackageImpl#getGeneratedArtefact()
		 * @generated
		 */
		EClass GENERATED_ARTEFACT = eINSTANCE.getGeneratedArtefact();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATED_ARTEFACT__PATH = eINSTANCE.getGeneratedArtefact_Path();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATED_ARTEFACT__KIND = eINSTANCE.getGeneratedArtefact_Kind();

		/**
		 * The meta object literal for the '<em><b>Generator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATED_ARTEFACT__GENERATOR = eINSTANCE.getGeneratedArtefact_Generator();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATED_ARTEFACT__CONTENT_HASH = eINSTANCE.getGeneratedArtefact_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENERATED_ARTEFACT__SOURCES = eINSTANCE.getGeneratedArtefact_Sources();

		/**
		 * The meta object literal for the '{@link io.processware.model.generation.impl.AssemblyQueueImpl <em>Assembly Queue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.generation.impl.AssemblyQueueImpl
		 * @see io.processware.model.generation.impl.GenerationPackageImpl#getAssemblyQueue()
		 * @generated
		 */
		EClass ASSEMBLY_QUEUE = eINSTANCE.getAssemblyQueue();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSEMBLY_QUEUE__KIND = eINSTANCE.getAssemblyQueue_Kind();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSEMBLY_QUEUE__ENTRIES = eINSTANCE.getAssemblyQueue_Entries();

		/**
		 * The meta object literal for the '{@link io.processware.model.generation.RunStatus <em>Run Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.generation.RunStatus
		 * @see io.processware.model.generation.impl.GenerationPackageImpl#getRunStatus()
		 * @generated
		 */
		EEnum RUN_STATUS = eINSTANCE.getRunStatus();

		/**
		 * The meta object literal for the '{@link io.processware.model.generation.PhaseKind <em>Phase Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.generation.PhaseKind
		 * @see io.processware.model.generation.impl.GenerationPackageImpl#getPhaseKind()
		 * @generated
		 */
		EEnum PHASE_KIND = eINSTANCE.getPhaseKind();

		/**
		 * The meta object literal for the '{@link io.processware.model.generation.PhaseStatus <em>Phase Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.generation.PhaseStatus
		 * @see io.processware.model.generation.impl.GenerationPackageImpl#getPhaseStatus()
		 * @generated
		 */
		EEnum PHASE_STATUS = eINSTANCE.getPhaseStatus();

		/**
		 * The meta object literal for the '{@link io.processware.model.generation.ArtefactKind <em>Artefact Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.generation.ArtefactKind
		 * @see io.processware.model.generation.impl.GenerationPackageImpl#getArtefactKind()
		 * @generated
		 */
		EEnum ARTEFACT_KIND = eINSTANCE.getArtefactKind();

		/**
		 * The meta object literal for the '{@link io.processware.model.generation.AssemblyQueueKind <em>Assembly Queue Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.generation.AssemblyQueueKind
		 * @see io.processware.model.generation.impl.GenerationPackageImpl#getAssemblyQueueKind()
		 * @generated
		 */
		EEnum ASSEMBLY_QUEUE_KIND = eINSTANCE.getAssemblyQueueKind();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see io.processware.model.generation.impl.GenerationPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //GenerationPackage
