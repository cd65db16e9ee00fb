/**
 */
package io.processware.model.process;

import io.processware.model.solution.NamedElement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lane</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.Lane#getParticipant <em>Participant</em>}</li>
 *   <li>{@link io.processware.model.process.Lane#getNodes <em>Nodes</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getLane()
 * @generated
 */
public interface Lane extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Participant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participant</em>' reference.
	 * @see #setParticipant(Participant)
	 * @see io.processware.model.process.ProcessPackage#getLane_Participant()
	 * @generated
	 */
	Participant getParticipant();

	/**
	 * Sets the value of the '{@link io.processware.model.process.Lane#getParticipant <em>Participant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participant</em>' reference.
	 * @see #getParticipant()
	 * @generated
	 */
	void setParticipant(Participant value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' reference list.
	 * The list contents are of type {@link io.processware.model.process.FlowNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' reference list.
	 * @see io.processware.model.process.ProcessPackage#getLane_Nodes()
	 * @generated
	 */
	EList<FlowNode> getNodes();

} // Lane
