/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.processware.model.process.ProcessPackage#getGateway()
 * @generated
 */
public interface Gateway extends FlowNode
{
} // Gateway
