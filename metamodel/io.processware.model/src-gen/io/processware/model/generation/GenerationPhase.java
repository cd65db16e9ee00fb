/**
 */
package io.processware.model.generation;

import io.processware.model.solution.ModelElement;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phase</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.generation.GenerationPhase#getKind <em>Kind</em>}</li>
 *   <li>{@link io.processware.model.generation.GenerationPhase#getStatus <em>Status</em>}</li>
 *   <li>{@link io.processware.model.generation.GenerationPhase#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link io.processware.model.generation.GenerationPhase#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link io.processware.model.generation.GenerationPhase#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @see io.processware.model.generation.GenerationPackage#getGenerationPhase()
 * @generated
 */
public interface GenerationPhase extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.generation.PhaseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.processware.model.generation.PhaseKind
	 * @see #setKind(PhaseKind)
	 * @see io.processware.model.generation.GenerationPackage#getGenerationPhase_Kind()
	 * @generated
	 */
	PhaseKind getKind();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GenerationPhase#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.processware.model.generation.PhaseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PhaseKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.generation.PhaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.processware.model.generation.PhaseStatus
	 * @see #setStatus(PhaseStatus)
	 * @see io.processware.model.generation.GenerationPackage#getGenerationPhase_Status()
	 * @generated
	 */
	PhaseStatus getStatus();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GenerationPhase#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.processware.model.generation.PhaseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PhaseStatus value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Instant)
	 * @see io.processware.model.generation.GenerationPackage#getGenerationPhase_StartedAt()
	 * @generated
	 */
	Instant getStartedAt();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GenerationPhase#getStartedAt <em>Started At</em>}' attribute.
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
	 * @see io.processware.model.generation.GenerationPackage#getGenerationPhase_FinishedAt()
	 * @generated
	 */
	Instant getFinishedAt();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GenerationPhase#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.processware.model.generation.GenerationPackage#getGenerationPhase_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GenerationPhase#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

} // GenerationPhase
