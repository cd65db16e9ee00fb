/**
 */
package io.processware.model.process;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flow Scope</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What holds flow nodes and the sequence flows between them: a process or a sub-process.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.FlowScope#getNodes <em>Nodes</em>}</li>
 *   <li>{@link io.processware.model.process.FlowScope#getSequenceFlows <em>Sequence Flows</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getFlowScope()
 * @generated
 */
public interface FlowScope extends EObject
{
	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.process.FlowNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see io.processware.model.process.ProcessPackage#getFlowScope_Nodes()
	 * @generated
	 */
	EList<FlowNode> getNodes();

	/**
	 * Returns the value of the '<em><b>Sequence Flows</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.process.SequenceFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequence Flows</em>' containment reference list.
	 * @see io.processware.model.process.ProcessPackage#getFlowScope_SequenceFlows()
	 * @generated
	 */
	EList<SequenceFlow> getSequenceFlows();

} // FlowScope
