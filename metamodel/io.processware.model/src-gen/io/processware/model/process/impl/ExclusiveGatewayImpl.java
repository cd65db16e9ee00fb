/**
 */
package io.processware.model.process.impl;

import io.processware.model.process.ExclusiveGateway;
import io.processware.model.process.ProcessPackage;
import io.processware.model.process.SequenceFlow;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Exclusive Gateway</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.impl.ExclusiveGatewayImpl#getDefaultFlow <em>Default Flow</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExclusiveGatewayImpl extends GatewayImpl implements ExclusiveGateway
{
	/**
	 * The cached value of the '{@link #getDefaultFlow() <em>Default Flow</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultFlow()
	 * @generated
	 * @ordered
	 */
	protected SequenceFlow defaultFlow;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExclusiveGatewayImpl()
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
		return ProcessPackage.Literals.EXCLUSIVE_GATEWAY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SequenceFlow getDefaultFlow()
	{
		if (defaultFlow != null && defaultFlow.eIsProxy())
		{
			InternalEObject oldDefaultFlow = (InternalEObject)defaultFlow;
			defaultFlow = (SequenceFlow)eResolveProxy(oldDefaultFlow);
			if (defaultFlow != oldDefaultFlow)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.EXCLUSIVE_GATEWAY__DEFAULT_FLOW, oldDefaultFlow, defaultFlow));
			}
		}
		return defaultFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SequenceFlow basicGetDefaultFlow()
	{
		return defaultFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultFlow(SequenceFlow newDefaultFlow)
	{
		SequenceFlow oldDefaultFlow = defaultFlow;
		defaultFlow = newDefaultFlow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.EXCLUSIVE_GATEWAY__DEFAULT_FLOW, oldDefaultFlow, defaultFlow));
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
			case ProcessPackage.EXCLUSIVE_GATEWAY__DEFAULT_FLOW:
				if (resolve) return getDefaultFlow();
				return basicGetDefaultFlow();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case ProcessPackage.EXCLUSIVE_GATEWAY__DEFAULT_FLOW:
				setDefaultFlow((SequenceFlow)newValue);
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
			case ProcessPackage.EXCLUSIVE_GATEWAY__DEFAULT_FLOW:
				setDefaultFlow((SequenceFlow)null);
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
			case ProcessPackage.EXCLUSIVE_GATEWAY__DEFAULT_FLOW:
				return defaultFlow != null;
		}
		return super.eIsSet(featureID);
	}

} //ExclusiveGatewayImpl
