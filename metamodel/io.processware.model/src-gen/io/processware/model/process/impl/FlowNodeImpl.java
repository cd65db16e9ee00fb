/**
 */
package io.processware.model.process.impl;

import io.processware.model.process.FlowNode;
import io.processware.model.process.ProcessPackage;

import io.processware.model.solution.impl.NamedElementImpl;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flow Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class FlowNodeImpl extends NamedElementImpl implements FlowNode
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlowNodeImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return ProcessPackage.Literals.FLOW_NODE;
	}

} //FlowNodeImpl
