/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exclusive Gateway</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.ExclusiveGateway#getDefaultFlow <em>Default Flow</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getExclusiveGateway()
 * @generated
 */
public interface ExclusiveGateway extends Gateway
{
	/**
	 * Returns the value of the '<em><b>Default Flow</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Flow</em>' reference.
	 * @see #setDefaultFlow(SequenceFlow)
	 * @see io.processware.model.process.ProcessPackage#getExclusiveGateway_DefaultFlow()
	 * @generated
	 */
	SequenceFlow getDefaultFlow();

	/**
	 * Sets the value of the '{@link io.processware.model.process.ExclusiveGateway#getDefaultFlow <em>Default Flow</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Flow</em>' reference.
	 * @see #getDefaultFlow()
	 * @generated
	 */
	void setDefaultFlow(SequenceFlow value);

} // ExclusiveGateway
