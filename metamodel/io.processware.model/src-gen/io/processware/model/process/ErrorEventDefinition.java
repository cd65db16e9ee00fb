/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Error Event Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.ErrorEventDefinition#getErrorCode <em>Error Code</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getErrorEventDefinition()
 * @generated
 */
public interface ErrorEventDefinition extends EventDefinition
{
	/**
	 * Returns the value of the '<em><b>Error Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Code</em>' attribute.
	 * @see #setErrorCode(String)
	 * @see io.processware.model.process.ProcessPackage#getErrorEventDefinition_ErrorCode()
	 * @generated
	 */
	String getErrorCode();

	/**
	 * Sets the value of the '{@link io.processware.model.process.ErrorEventDefinition#getErrorCode <em>Error Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Code</em>' attribute.
	 * @see #getErrorCode()
	 * @generated
	 */
	void setErrorCode(String value);

} // ErrorEventDefinition
