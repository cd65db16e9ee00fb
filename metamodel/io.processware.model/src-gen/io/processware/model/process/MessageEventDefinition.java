/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Message Event Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.MessageEventDefinition#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getMessageEventDefinition()
 * @generated
 */
public interface MessageEventDefinition extends EventDefinition
{
	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.processware.model.process.ProcessPackage#getMessageEventDefinition_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.processware.model.process.MessageEventDefinition#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

} // MessageEventDefinition
