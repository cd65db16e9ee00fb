/**
 */
package io.processware.model.process;

import io.processware.model.solution.Role;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.UserTask#getPerformer <em>Performer</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getUserTask()
 * @generated
 */
public interface UserTask extends Task
{
	/**
	 * Returns the value of the '<em><b>Performer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Performer</em>' reference.
	 * @see #setPerformer(Role)
	 * @see io.processware.model.process.ProcessPackage#getUserTask_Performer()
	 * @generated
	 */
	Role getPerformer();

	/**
	 * Sets the value of the '{@link io.processware.model.process.UserTask#getPerformer <em>Performer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performer</em>' reference.
	 * @see #getPerformer()
	 * @generated
	 */
	void setPerformer(Role value);

} // UserTask
