/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inclusive Gateway</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.InclusiveGateway#getDefaultFlow <em>Default Flow</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getInclusiveGateway()
 * @generated
 */
public interface InclusiveGateway extends Gateway
{
	/**
	 * Returns the value of the '<em><b>Default Flow</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Flow</em>' reference.
	 * @see #setDefaultFlow(SequenceFlow)
	 * @see io.processware.model.process.ProcessPackage#getInclusiveGateway_DefaultFlow()
	 * @generated
	 */
	SequenceFlow getDefaultFlow();

	/**
	 * Sets the value of the '{@link io.processware.model.process.InclusiveGateway#getDefaultFlow <em>Default Flow</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Flow</em>' reference.
	 * @see #getDefaultFlow()
	 * @generated
	 */
	void setDefaultFlow(SequenceFlow value);

} // InclusiveGateway
