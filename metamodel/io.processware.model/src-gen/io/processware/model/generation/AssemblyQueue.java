/**
 */
package io.processware.model.generation;

import io.processware.model.solution.ModelElement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assembly Queue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.generation.AssemblyQueue#getKind <em>Kind</em>}</li>
 *   <li>{@link io.processware.model.generation.AssemblyQueue#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see io.processware.model.generation.GenerationPackage#getAssemblyQueue()
 * @generated
 */
public interface AssemblyQueue extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.generation.AssemblyQueueKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.processware.model.generation.AssemblyQueueKind
	 * @see #setKind(AssemblyQueueKind)
	 * @see io.processware.model.generation.GenerationPackage#getAssemblyQueue_Kind()
	 * @generated
	 */
	AssemblyQueueKind getKind();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.AssemblyQueue#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.processware.model.generation.AssemblyQueueKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AssemblyQueueKind value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' reference list.
	 * The list contents are of type {@link io.processware.model.generation.GeneratedArtefact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' reference list.
	 * @see io.processware.model.generation.GenerationPackage#getAssemblyQueue_Entries()
	 * @generated
	 */
	EList<GeneratedArtefact> getEntries();

} // AssemblyQueue
