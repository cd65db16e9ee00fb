/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event Based Gateway</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.processware.model.process.ProcessPackage#getEventBasedGateway()
 * @generated
 */
public interface EventBasedGateway extends Gateway
{
} // EventBasedGateway
