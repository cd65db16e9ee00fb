/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signal Event Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.SignalEventDefinition#getSignal <em>Signal</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getSignalEventDefinition()
 * @generated
 */
public interface SignalEventDefinition extends EventDefinition
{
	/**
	 * Returns the value of the '<em><b>Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signal</em>' attribute.
	 * @see #setSignal(String)
	 * @see io.processware.model.process.ProcessPackage#getSignalEventDefinition_Signal()
	 * @generated
	 */
	String getSignal();

	/**
	 * Sets the value of the '{@link io.processware.model.process.SignalEventDefinition#getSignal <em>Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signal</em>' attribute.
	 * @see #getSignal()
	 * @generated
	 */
	void setSignal(String value);

} // SignalEventDefinition
