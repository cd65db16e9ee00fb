/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>End Event</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.processware.model.process.ProcessPackage#getEndEvent()
 * @generated
 */
public interface EndEvent extends Event
{
} // EndEvent
