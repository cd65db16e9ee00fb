/**
 */
package io.processware.model.process;

import io.processware.model.solution.ModelElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sequence Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.SequenceFlow#getName <em>Name</em>}</li>
 *   <li>{@link io.processware.model.process.SequenceFlow#getSource <em>Source</em>}</li>
 *   <li>{@link io.processware.model.process.SequenceFlow#getTarget <em>Target</em>}</li>
 *   <li>{@link io.processware.model.process.SequenceFlow#getCondition <em>Condition</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getSequenceFlow()
 * @generated
 */
public interface SequenceFlow extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.processware.model.process.ProcessPackage#getSequenceFlow_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.processware.model.process.SequenceFlow#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(FlowNode)
	 * @see io.processware.model.process.ProcessPackage#getSequenceFlow_Source()
	 * @generated
	 */
	FlowNode getSource();

	/**
	 * Sets the value of the '{@link io.processware.model.process.SequenceFlow#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(FlowNode value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(FlowNode)
	 * @see io.processware.model.process.ProcessPackage#getSequenceFlow_Target()
	 * @generated
	 */
	FlowNode getTarget();

	/**
	 * Sets the value of the '{@link io.processware.model.process.SequenceFlow#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(FlowNode value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The condition under which a gateway takes this flow, as an expression of the rules language.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see io.processware.model.process.ProcessPackage#getSequenceFlow_Condition()
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link io.processware.model.process.SequenceFlow#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

} // SequenceFlow
