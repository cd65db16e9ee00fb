/**
 */
package io.processware.model.process.impl;

import io.processware.model.process.FlowNode;
import io.processware.model.process.FlowScope;
import io.processware.model.process.ProcessPackage;
import io.processware.model.process.SequenceFlow;
import io.processware.model.process.SubProcess;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sub Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.impl.SubProcessImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link io.processware.model.process.impl.SubProcessImpl#getSequenceFlows <em>Sequence Flows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubProcessImpl extends ActivityImpl implements SubProcess
{
	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<FlowNode> nodes;

	/**
	 * The cached value of the '{@link #getSequenceFlows() <em>Sequence Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequenceFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<SequenceFlow> sequenceFlows;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubProcessImpl()
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
		return ProcessPackage.Literals.SUB_PROCESS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FlowNode> getNodes()
	{
		if (nodes == null)
		{
			nodes = new EObjectContainmentEList<FlowNode>(FlowNode.class, this, ProcessPackage.SUB_PROCESS__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SequenceFlow> getSequenceFlows()
	{
		if (sequenceFlows == null)
		{
			sequenceFlows = new EObjectContainmentEList<SequenceFlow>(SequenceFlow.class, this, ProcessPackage.SUB_PROCESS__SEQUENCE_FLOWS);
		}
		return sequenceFlows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case ProcessPackage.SUB_PROCESS__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case ProcessPackage.SUB_PROCESS__SEQUENCE_FLOWS:
				return ((InternalEList<?>)getSequenceFlows()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case ProcessPackage.SUB_PROCESS__NODES:
				return getNodes();
			case ProcessPackage.SUB_PROCESS__SEQUENCE_FLOWS:
				return getSequenceFlows();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case ProcessPackage.SUB_PROCESS__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends FlowNode>)newValue);
				return;
			case ProcessPackage.SUB_PROCESS__SEQUENCE_FLOWS:
				getSequenceFlows().clear();
				getSequenceFlows().addAll((Collection<? extends SequenceFlow>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case ProcessPackage.SUB_PROCESS__NODES:
				getNodes().clear();
				return;
			case ProcessPackage.SUB_PROCESS__SEQUENCE_FLOWS:
				getSequenceFlows().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case ProcessPackage.SUB_PROCESS__NODES:
				return nodes != null && !nodes.isEmpty();
			case ProcessPackage.SUB_PROCESS__SEQUENCE_FLOWS:
				return sequenceFlows != null && !sequenceFlows.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass)
	{
		if (baseClass == FlowScope.class)
		{
			switch (derivedFeatureID)
			{
				case ProcessPackage.SUB_PROCESS__NODES: return ProcessPackage.FLOW_SCOPE__NODES;
				case ProcessPackage.SUB_PROCESS__SEQUENCE_FLOWS: return ProcessPackage.FLOW_SCOPE__SEQUENCE_FLOWS;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass)
	{
		if (baseClass == FlowScope.class)
		{
			switch (baseFeatureID)
			{
				case ProcessPackage.FLOW_SCOPE__NODES: return ProcessPackage.SUB_PROCESS__NODES;
				case ProcessPackage.FLOW_SCOPE__SEQUENCE_FLOWS: return ProcessPackage.SUB_PROCESS__SEQUENCE_FLOWS;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

} //SubProcessImpl
