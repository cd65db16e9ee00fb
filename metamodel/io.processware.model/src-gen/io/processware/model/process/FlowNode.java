/**
 */
package io.processware.model.process;

import io.processware.model.solution.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flow Node</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.processware.model.process.ProcessPackage#getFlowNode()
 * @generated
 */
public interface FlowNode extends NamedElement
{
} // FlowNode
