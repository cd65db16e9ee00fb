/**
 */
package io.processware.model.process.impl;

import io.processware.model.process.Participant;
import io.processware.model.process.ParticipantKind;
import io.processware.model.process.ProcessPackage;

import io.processware.model.solution.LegacySystem;
import io.processware.model.solution.Role;

import io.processware.model.solution.impl.NamedElementImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.impl.ParticipantImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.processware.model.process.impl.ParticipantImpl#getLegacySystem <em>Legacy System</em>}</li>
 *   <li>{@link io.processware.model.process.impl.ParticipantImpl#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ParticipantImpl extends NamedElementImpl implements Participant
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ParticipantKind KIND_EDEFAULT = ParticipantKind.INTERNAL_ROLE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ParticipantKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLegacySystem() <em>Legacy System</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegacySystem()
	 * @generated
	 * @ordered
	 */
	protected LegacySystem legacySystem;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected Role role;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParticipantImpl()
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
		return ProcessPackage.Literals.PARTICIPANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParticipantKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ParticipantKind newKind)
	{
		ParticipantKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.PARTICIPANT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegacySystem getLegacySystem()
	{
		if (legacySystem != null && legacySystem.eIsProxy())
		{
			InternalEObject oldLegacySystem = (InternalEObject)legacySystem;
			legacySystem = (LegacySystem)eResolveProxy(oldLegacySystem);
			if (legacySystem != oldLegacySystem)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.PARTICIPANT__LEGACY_SYSTEM, oldLegacySystem, legacySystem));
			}
		}
		return legacySystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LegacySystem basicGetLegacySystem()
	{
		return legacySystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegacySystem(LegacySystem newLegacySystem)
	{
		LegacySystem oldLegacySystem = legacySystem;
		legacySystem = newLegacySystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.PARTICIPANT__LEGACY_SYSTEM, oldLegacySystem, legacySystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getRole()
	{
		if (role != null && role.eIsProxy())
		{
			InternalEObject oldRole = (InternalEObject)role;
			role = (Role)eResolveProxy(oldRole);
			if (role != oldRole)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.PARTICIPANT__ROLE, oldRole, role));
			}
		}
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetRole()
	{
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(Role newRole)
	{
		Role oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.PARTICIPANT__ROLE, oldRole, role));
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
			case ProcessPackage.PARTICIPANT__KIND:
				return getKind();
			case ProcessPackage.PARTICIPANT__LEGACY_SYSTEM:
				if (resolve) return getLegacySystem();
				return basicGetLegacySystem();
			case ProcessPackage.PARTICIPANT__ROLE:
				if (resolve) return getRole();
				return basicGetRole();
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
			case ProcessPackage.PARTICIPANT__KIND:
				setKind((ParticipantKind)newValue);
				return;
			case ProcessPackage.PARTICIPANT__LEGACY_SYSTEM:
				setLegacySystem((LegacySystem)newValue);
				return;
			case ProcessPackage.PARTICIPANT__ROLE:
				setRole((Role)newValue);
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
			case ProcessPackage.PARTICIPANT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProcessPackage.PARTICIPANT__LEGACY_SYSTEM:
				setLegacySystem((LegacySystem)null);
				return;
			case ProcessPackage.PARTICIPANT__ROLE:
				setRole((Role)null);
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
			case ProcessPackage.PARTICIPANT__KIND:
				return kind != KIND_EDEFAULT;
			case ProcessPackage.PARTICIPANT__LEGACY_SYSTEM:
				return legacySystem != null;
			case ProcessPackage.PARTICIPANT__ROLE:
				return role != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //ParticipantImpl
