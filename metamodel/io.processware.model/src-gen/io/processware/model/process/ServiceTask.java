/**
 */
package io.processware.model.process;

import io.processware.model.solution.LegacySystem;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.ServiceTask#getLegacySystem <em>Legacy System</em>}</li>
 *   <li>{@link io.processware.model.process.ServiceTask#getOperation <em>Operation</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getServiceTask()
 * @generated
 */
public interface ServiceTask extends Task
{
	/**
	 * Returns the value of the '<em><b>Legacy System</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legacy System</em>' reference.
	 * @see #setLegacySystem(LegacySystem)
	 * @see io.processware.model.process.ProcessPackage#getServiceTask_LegacySystem()
	 * @generated
	 */
	LegacySystem getLegacySystem();

	/**
	 * Sets the value of the '{@link io.processware.model.process.ServiceTask#getLegacySystem <em>Legacy System</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legacy System</em>' reference.
	 * @see #getLegacySystem()
	 * @generated
	 */
	void setLegacySystem(LegacySystem value);

	/**
	 * Returns the value of the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operation</em>' attribute.
	 * @see #setOperation(String)
	 * @see io.processware.model.process.ProcessPackage#getServiceTask_Operation()
	 * @generated
	 */
	String getOperation();

	/**
	 * Sets the value of the '{@link io.processware.model.process.ServiceTask#getOperation <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation</em>' attribute.
	 * @see #getOperation()
	 * @generated
	 */
	void setOperation(String value);

} // ServiceTask
