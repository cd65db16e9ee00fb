/**
 */
package io.processware.model.generation;

import io.processware.model.solution.ModelElement;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.generation.GenerationRun#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link io.processware.model.generation.GenerationRun#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link io.processware.model.generation.GenerationRun#getModelHash <em>Model Hash</em>}</li>
 *   <li>{@link io.processware.model.generation.GenerationRun#getStatus <em>Status</em>}</li>
 *   <li>{@link io.processware.model.generation.GenerationRun#getTemplateSets <em>Template Sets</em>}</li>
 *   <li>{@link io.processware.model.generation.GenerationRun#getPhases <em>Phases</em>}</li>
 *   <li>{@link io.processware.model.generation.GenerationRun#getArtefacts <em>Artefacts</em>}</li>
 *   <li>{@link io.processware.model.generation.GenerationRun#getQueues <em>Queues</em>}</li>
 * </ul>
 *
 * @see io.processware.model.generation.GenerationPackage#getGenerationRun()
 * @generated
 */
public interface GenerationRun extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Instant)
	 * @see io.processware.model.generation.GenerationPackage#getGenerationRun_StartedAt()
	 * @generated
	 */
	Instant getStartedAt();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GenerationRun#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished At</em>' attribute.
	 * @see #setFinishedAt(Instant)
	 * @see io.processware.model.generation.GenerationPackage#getGenerationRun_FinishedAt()
	 * @generated
	 */
	Instant getFinishedAt();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GenerationRun#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Model Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model Hash</em>' attribute.
	 * @see #setModelHash(String)
	 * @see io.processware.model.generation.GenerationPackage#getGenerationRun_ModelHash()
	 * @generated
	 */
	String getModelHash();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GenerationRun#getModelHash <em>Model Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Hash</em>' attribute.
	 * @see #getModelHash()
	 * @generated
	 */
	void setModelHash(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.generation.RunStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.processware.model.generation.RunStatus
	 * @see #setStatus(RunStatus)
	 * @see io.processware.model.generation.GenerationPackage#getGenerationRun_Status()
	 * @generated
	 */
	RunStatus getStatus();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GenerationRun#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.processware.model.generation.RunStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RunStatus value);

	/**
	 * Returns the value of the '<em><b>Template Sets</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.generation.TemplateSetVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template Sets</em>' containment reference list.
	 * @see io.processware.model.generation.GenerationPackage#getGenerationRun_TemplateSets()
	 * @generated
	 */
	EList<TemplateSetVersion> getTemplateSets();

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.generation.GenerationPhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phases</em>' containment reference list.
	 * @see io.processware.model.generation.GenerationPackage#getGenerationRun_Phases()
	 * @generated
	 */
	EList<GenerationPhase> getPhases();

	/**
	 * Returns the value of the '<em><b>Artefacts</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.generation.GeneratedArtefact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Artefacts</em>' containment reference list.
	 * @see io.processware.model.generation.GenerationPackage#getGenerationRun_Artefacts()
	 * @generated
	 */
	EList<GeneratedArtefact> getArtefacts();

	/**
	 * Returns the value of the '<em><b>Queues</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.generation.AssemblyQueue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queues</em>' containment reference list.
	 * @see io.processware.model.generation.GenerationPackage#getGenerationRun_Queues()
	 * @generated
	 */
	EList<AssemblyQueue> getQueues();

} // GenerationRun
