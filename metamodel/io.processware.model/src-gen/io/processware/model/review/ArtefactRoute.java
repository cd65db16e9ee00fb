/**
 */
package io.processware.model.review;

import io.processware.model.generation.ArtefactKind;
import io.processware.model.generation.AssemblyQueueKind;

import io.processware.model.solution.ModelElement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Artefact Route</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where generated artefacts of one kind go: straight to assembly queue A, or through review boards to assembly queue B.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.review.ArtefactRoute#getArtefactKind <em>Artefact Kind</em>}</li>
 *   <li>{@link io.processware.model.review.ArtefactRoute#getBoards <em>Boards</em>}</li>
 *   <li>{@link io.processware.model.review.ArtefactRoute#getQueue <em>Queue</em>}</li>
 * </ul>
 *
 * @see io.processware.model.review.ReviewPackage#getArtefactRoute()
 * @generated
 */
public interface ArtefactRoute extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Artefact Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.generation.ArtefactKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Artefact Kind</em>' attribute.
	 * @see io.processware.model.generation.ArtefactKind
	 * @see #setArtefactKind(ArtefactKind)
	 * @see io.processware.model.review.ReviewPackage#getArtefactRoute_ArtefactKind()
	 * @generated
	 */
	ArtefactKind getArtefactKind();

	/**
	 * Sets the value of the '{@link io.processware.model.review.ArtefactRoute#getArtefactKind <em>Artefact Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Artefact Kind</em>' attribute.
	 * @see io.processware.model.generation.ArtefactKind
	 * @see #getArtefactKind()
	 * @generated
	 */
	void setArtefactKind(ArtefactKind value);

	/**
	 * Returns the value of the '<em><b>Boards</b></em>' reference list.
	 * The list contents are of type {@link io.processware.model.review.ReviewBoard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boards</em>' reference list.
	 * @see io.processware.model.review.ReviewPackage#getArtefactRoute_Boards()
	 * @generated
	 */
	EList<ReviewBoard> getBoards();

	/**
	 * Returns the value of the '<em><b>Queue</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.generation.AssemblyQueueKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queue</em>' attribute.
	 * @see io.processware.model.generation.AssemblyQueueKind
	 * @see #setQueue(AssemblyQueueKind)
	 * @see io.processware.model.review.ReviewPackage#getArtefactRoute_Queue()
	 * @generated
	 */
	AssemblyQueueKind getQueue();

	/**
	 * Sets the value of the '{@link io.processware.model.review.ArtefactRoute#getQueue <em>Queue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue</em>' attribute.
	 * @see io.processware.model.generation.AssemblyQueueKind
	 * @see #getQueue()
	 * @generated
	 */
	void setQueue(AssemblyQueueKind value);

} // ArtefactRoute
