/**
 */
package io.processware.model.solution.impl;

import io.processware.model.domain.Entity;

import io.processware.model.solution.Permission;
import io.processware.model.solution.PermissionAction;
import io.processware.model.solution.Role;
import io.processware.model.solution.SolutionPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Permission</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.impl.PermissionImpl#getRole <em>Role</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.PermissionImpl#getProcess <em>Process</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.PermissionImpl#getEntity <em>Entity</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.PermissionImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PermissionImpl extends ModelElementImpl implements Permission
{
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
	 * The cached value of the '{@link #getProcess() <em>Process</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcess()
	 * @generated
	 * @ordered
	 */
	protected io.processware.model.process.Process process;

	/**
	 * The cached value of the '{@link #getEntity() <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntity()
	 * @generated
	 * @ordered
	 */
	protected Entity entity;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<PermissionAction> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PermissionImpl()
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
		return SolutionPackage.Literals.PERMISSION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SolutionPackage.PERMISSION__ROLE, oldRole, role));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.PERMISSION__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public io.processware.model.process.Process getProcess()
	{
		if (process != null && process.eIsProxy())
		{
			InternalEObject oldProcess = (InternalEObject)process;
			process = (io.processware.model.process.Process)eResolveProxy(oldProcess);
			if (process != oldProcess)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SolutionPackage.PERMISSION__PROCESS, oldProcess, process));
			}
		}
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public io.processware.model.process.Process basicGetProcess()
	{
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcess(io.processware.model.process.Process newProcess)
	{
		io.processware.model.process.Process oldProcess = process;
		process = newProcess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.PERMISSION__PROCESS, oldProcess, process));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getEntity()
	{
		if (entity != null && entity.eIsProxy())
		{
			InternalEObject oldEntity = (InternalEObject)entity;
			entity = (Entity)eResolveProxy(oldEntity);
			if (entity != oldEntity)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SolutionPackage.PERMISSION__ENTITY, oldEntity, entity));
			}
		}
		return entity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetEntity()
	{
		return entity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntity(Entity newEntity)
	{
		Entity oldEntity = entity;
		entity = newEntity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.PERMISSION__ENTITY, oldEntity, entity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PermissionAction> getActions()
	{
		if (actions == null)
		{
			actions = new EDataTypeUniqueEList<PermissionAction>(PermissionAction.class, this, SolutionPackage.PERMISSION__ACTIONS);
		}
		return actions;
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
			case SolutionPackage.PERMISSION__ROLE:
				if (resolve) return getRole();
				return basicGetRole();
			case SolutionPackage.PERMISSION__PROCESS:
				if (resolve) return getProcess();
				return basicGetProcess();
			case SolutionPackage.PERMISSION__ENTITY:
				if (resolve) return getEntity();
				return basicGetEntity();
			case SolutionPackage.PERMISSION__ACTIONS:
				return getActions();
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
			case SolutionPackage.PERMISSION__ROLE:
				setRole((Role)newValue);
				return;
			case SolutionPackage.PERMISSION__PROCESS:
				setProcess((io.processware.model.process.Process)newValue);
				return;
			case SolutionPackage.PERMISSION__ENTITY:
				setEntity((Entity)newValue);
				return;
			case SolutionPackage.PERMISSION__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends PermissionAction>)newValue);
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
			case SolutionPackage.PERMISSION__ROLE:
				setRole((Role)null);
				return;
			case SolutionPackage.PERMISSION__PROCESS:
				setProcess((io.processware.model.process.Process)null);
				return;
			case SolutionPackage.PERMISSION__ENTITY:
				setEntity((Entity)null);
				return;
			case SolutionPackage.PERMISSION__ACTIONS:
				getActions().clear();
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
			case SolutionPackage.PERMISSION__ROLE:
				return role != null;
			case SolutionPackage.PERMISSION__PROCESS:
				return process != null;
			case SolutionPackage.PERMISSION__ENTITY:
				return entity != null;
			case SolutionPackage.PERMISSION__ACTIONS:
				return actions != null && !actions.isEmpty();
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
		result.append(" (actions: ");
		result.append(actions);
		result.append(')');
		return result.toString();
	}

} //PermissionImpl
