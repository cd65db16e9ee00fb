/**
 */
package io.processware.model.process;

import io.processware.model.solution.LegacySystem;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Send Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.SendTask#getMessage <em>Message</em>}</li>
 *   <li>{@link io.processware.model.process.SendTask#getLegacySystem <em>Legacy System</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getSendTask()
 * @generated
 */
public interface SendTask extends Task
{
	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.processware.model.process.ProcessPackage#getSendTask_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.processware.model.process.SendTask#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Legacy System</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legacy System</em>' reference.
	 * @see #setLegacySystem(LegacySystem)
	 * @see io.processware.model.process.ProcessPackage#getSendTask_LegacySystem()
	 * @generated
	 */
	LegacySystem getLegacySystem();

	/**
	 * Sets the value of the '{@link io.processware.model.process.SendTask#getLegacySystem <em>Legacy System</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legacy System</em>' reference.
	 * @see #getLegacySystem()
	 * @generated
	 */
	void setLegacySystem(LegacySystem value);

} // SendTask
