/**
 */
package io.processware.model.process.impl;

import io.processware.model.process.CallActivity;
import io.processware.model.process.ProcessPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Call Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.impl.CallActivityImpl#getCalledProcess <em>Called Process</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CallActivityImpl extends ActivityImpl implements CallActivity
{
	/**
	 * The cached value of the '{@link #getCalledProcess() <em>Called Process</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalledProcess()
	 * @generated
	 * @ordered
	 */
	protected io.processware.model.process.Process calledProcess;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CallActivityImpl()
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
		return ProcessPackage.Literals.CALL_ACTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public io.processware.model.process.Process getCalledProcess()
	{
		if (calledProcess != null && calledProcess.eIsProxy())
		{
			InternalEObject oldCalledProcess = (InternalEObject)calledProcess;
			calledProcess = (io.processware.model.process.Process)eResolveProxy(oldCalledProcess);
			if (calledProcess != oldCalledProcess)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.CALL_ACTIVITY__CALLED_PROCESS, oldCalledProcess, calledProcess));
			}
		}
		return calledProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public io.processware.model.process.Process basicGetCalledProcess()
	{
		return calledProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalledProcess(io.processware.model.process.Process newCalledProcess)
	{
		io.processware.model.process.Process oldCalledProcess = calledProcess;
		calledProcess = newCalledProcess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.CALL_ACTIVITY__CALLED_PROCESS, oldCalledProcess, calledProcess));
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
			case ProcessPackage.CALL_ACTIVITY__CALLED_PROCESS:
				if (resolve) return getCalledProcess();
				return basicGetCalledProcess();
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
			case ProcessPackage.CALL_ACTIVITY__CALLED_PROCESS:
				setCalledProcess((io.processware.model.process.Process)newValue);
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
			case ProcessPackage.CALL_ACTIVITY__CALLED_PROCESS:
				setCalledProcess((io.processware.model.process.Process)null);
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
			case ProcessPackage.CALL_ACTIVITY__CALLED_PROCESS:
				return calledProcess != null;
		}
		return super.eIsSet(featureID);
	}

} //CallActivityImpl
