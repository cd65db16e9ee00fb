/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Call Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.CallActivity#getCalledProcess <em>Called Process</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getCallActivity()
 * @generated
 */
public interface CallActivity extends Activity
{
	/**
	 * Returns the value of the '<em><b>Called Process</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Called Process</em>' reference.
	 * @see #setCalledProcess(io.processware.model.process.Process)
	 * @see io.processware.model.process.ProcessPackage#getCallActivity_CalledProcess()
	 * @generated
	 */
	io.processware.model.process.Process getCalledProcess();

	/**
	 * Sets the value of the '{@link io.processware.model.process.CallActivity#getCalledProcess <em>Called Process</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Called Process</em>' reference.
	 * @see #getCalledProcess()
	 * @generated
	 */
	void setCalledProcess(io.processware.model.process.Process value);

} // CallActivity
