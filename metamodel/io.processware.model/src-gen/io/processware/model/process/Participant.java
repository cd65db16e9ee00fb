/**
 */
package io.processware.model.process;

import io.processware.model.solution.LegacySystem;
import io.processware.model.solution.NamedElement;
import io.processware.model.solution.Role;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.Participant#getKind <em>Kind</em>}</li>
 *   <li>{@link io.processware.model.process.Participant#getLegacySystem <em>Legacy System</em>}</li>
 *   <li>{@link io.processware.model.process.Participant#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getParticipant()
 * @generated
 */
public interface Participant extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.process.ParticipantKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.processware.model.process.ParticipantKind
	 * @see #setKind(ParticipantKind)
	 * @see io.processware.model.process.ProcessPackage#getParticipant_Kind()
	 * @generated
	 */
	ParticipantKind getKind();

	/**
	 * Sets the value of the '{@link io.processware.model.process.Participant#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.processware.model.process.ParticipantKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ParticipantKind value);

	/**
	 * Returns the value of the '<em><b>Legacy System</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legacy System</em>' reference.
	 * @see #setLegacySystem(LegacySystem)
	 * @see io.processware.model.process.ProcessPackage#getParticipant_LegacySystem()
	 * @generated
	 */
	LegacySystem getLegacySystem();

	/**
	 * Sets the value of the '{@link io.processware.model.process.Participant#getLegacySystem <em>Legacy System</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legacy System</em>' reference.
	 * @see #getLegacySystem()
	 * @generated
	 */
	void setLegacySystem(LegacySystem value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' reference.
	 * @see #setRole(Role)
	 * @see io.processware.model.process.ProcessPackage#getParticipant_Role()
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link io.processware.model.process.Participant#getRole <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

} // Participant
