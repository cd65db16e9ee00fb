/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.processware.model.process.ProcessPackage#getActivity()
 * @generated
 */
public interface Activity extends FlowNode
{
} // Activity
