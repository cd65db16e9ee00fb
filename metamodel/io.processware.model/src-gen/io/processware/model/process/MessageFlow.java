/**
 */
package io.processware.model.process;

import io.processware.model.solution.ModelElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Message Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.MessageFlow#getMessage <em>Message</em>}</li>
 *   <li>{@link io.processware.model.process.MessageFlow#getSource <em>Source</em>}</li>
 *   <li>{@link io.processware.model.process.MessageFlow#getTarget <em>Target</em>}</li>
 *   <li>{@link io.processware.model.process.MessageFlow#getNode <em>Node</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getMessageFlow()
 * @generated
 */
public interface MessageFlow extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.processware.model.process.ProcessPackage#getMessageFlow_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.processware.model.process.MessageFlow#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Participant)
	 * @see io.processware.model.process.ProcessPackage#getMessageFlow_Source()
	 * @generated
	 */
	Participant getSource();

	/**
	 * Sets the value of the '{@link io.processware.model.process.MessageFlow#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Participant value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Participant)
	 * @see io.processware.model.process.ProcessPackage#getMessageFlow_Target()
	 * @generated
	 */
	Participant getTarget();

	/**
	 * Sets the value of the '{@link io.processware.model.process.MessageFlow#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Participant value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The send, receive or event node of this process where the message leaves or arrives.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(FlowNode)
	 * @see io.processware.model.process.ProcessPackage#getMessageFlow_Node()
	 * @generated
	 */
	FlowNode getNode();

	/**
	 * Sets the value of the '{@link io.processware.model.process.MessageFlow#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(FlowNode value);

} // MessageFlow
