/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parallel Gateway</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.processware.model.process.ProcessPackage#getParallelGateway()
 * @generated
 */
public interface ParallelGateway extends Gateway
{
} // ParallelGateway
