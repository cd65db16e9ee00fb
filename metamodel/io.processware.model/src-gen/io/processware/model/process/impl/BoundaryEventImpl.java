/**
 */
package io.processware.model.process.impl;

import io.processware.model.process.Activity;
import io.processware.model.process.BoundaryEvent;
import io.processware.model.process.ProcessPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Boundary Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.impl.BoundaryEventImpl#getAttachedTo <em>Attached To</em>}</li>
 *   <li>{@link io.processware.model.process.impl.BoundaryEventImpl#isInterrupting <em>Interrupting</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BoundaryEventImpl extends EventImpl implements BoundaryEvent
{
	/**
	 * The cached value of the '{@link #getAttachedTo() <em>Attached To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachedTo()
	 * @generated
	 * @ordered
	 */
	protected Activity attachedTo;

	/**
	 * The default value of the '{@link #isInterrupting() <em>Interrupting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInterrupting()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INTERRUPTING_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isInterrupting() <em>Interrupting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInterrupting()
	 * @generated
	 * @ordered
	 */
	protected boolean interrupting = INTERRUPTING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BoundaryEventImpl()
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
		return ProcessPackage.Literals.BOUNDARY_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activity getAttachedTo()
	{
		if (attachedTo != null && attachedTo.eIsProxy())
		{
			InternalEObject oldAttachedTo = (InternalEObject)attachedTo;
			attachedTo = (Activity)eResolveProxy(oldAttachedTo);
			if (attachedTo != oldAttachedTo)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.BOUNDARY_EVENT__ATTACHED_TO, oldAttachedTo, attachedTo));
			}
		}
		return attachedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Activity basicGetAttachedTo()
	{
		return attachedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachedTo(Activity newAttachedTo)
	{
		Activity oldAttachedTo = attachedTo;
		attachedTo = newAttachedTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.BOUNDARY_EVENT__ATTACHED_TO, oldAttachedTo, attachedTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInterrupting()
	{
		return interrupting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterrupting(boolean newInterrupting)
	{
		boolean oldInterrupting = interrupting;
		interrupting = newInterrupting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.BOUNDARY_EVENT__INTERRUPTING, oldInterrupting, interrupting));
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
			case ProcessPackage.BOUNDARY_EVENT__ATTACHED_TO:
				if (resolve) return getAttachedTo();
				return basicGetAttachedTo();
			case ProcessPackage.BOUNDARY_EVENT__INTERRUPTING:
				return isInterrupting();
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
			case ProcessPackage.BOUNDARY_EVENT__ATTACHED_TO:
				setAttachedTo((Activity)newValue);
				return;
			case ProcessPackage.BOUNDARY_EVENT__INTERRUPTING:
				setInterrupting((Boolean)newValue);
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
			case ProcessPackage.BOUNDARY_EVENT__ATTACHED_TO:
				setAttachedTo((Activity)null);
				return;
			case ProcessPackage.BOUNDARY_EVENT__INTERRUPTING:
				setInterrupting(INTERRUPTING_EDEFAULT);
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
			case ProcessPackage.BOUNDARY_EVENT__ATTACHED_TO:
				return attachedTo != null;
			case ProcessPackage.BOUNDARY_EVENT__INTERRUPTING:
				return interrupting != INTERRUPTING_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (interrupting: ");
		result.append(interrupting);
		result.append(')');
		return result.toString();
	}

} //BoundaryEventImpl
