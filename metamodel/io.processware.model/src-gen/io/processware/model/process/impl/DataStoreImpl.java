/**
 */
package io.processware.model.process.impl;

import io.processware.model.domain.Entity;

import io.processware.model.process.DataStore;
import io.processware.model.process.ProcessPackage;

import io.processware.model.solution.LegacySystem;

import io.processware.model.solution.impl.NamedElementImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Store</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.impl.DataStoreImpl#getEntities <em>Entities</em>}</li>
 *   <li>{@link io.processware.model.process.impl.DataStoreImpl#getLegacySystem <em>Legacy System</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataStoreImpl extends NamedElementImpl implements DataStore
{
	/**
	 * The cached value of the '{@link #getEntities() <em>Entities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntities()
	 * @generated
	 * @ordered
	 */
	protected EList<Entity> entities;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataStoreImpl()
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
		return ProcessPackage.Literals.DATA_STORE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Entity> getEntities()
	{
		if (entities == null)
		{
			entities = new EObjectResolvingEList<Entity>(Entity.class, this, ProcessPackage.DATA_STORE__ENTITIES);
		}
		return entities;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.DATA_STORE__LEGACY_SYSTEM, oldLegacySystem, legacySystem));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.DATA_STORE__LEGACY_SYSTEM, oldLegacySystem, legacySystem));
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
			case ProcessPackage.DATA_STORE__ENTITIES:
				return getEntities();
			case ProcessPackage.DATA_STORE__LEGACY_SYSTEM:
				if (resolve) return getLegacySystem();
				return basicGetLegacySystem();
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
			case ProcessPackage.DATA_STORE__ENTITIES:
				getEntities().clear();
				getEntities().addAll((Collection<? extends Entity>)newValue);
				return;
			case ProcessPackage.DATA_STORE__LEGACY_SYSTEM:
				setLegacySystem((LegacySystem)newValue);
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
			case ProcessPackage.DATA_STORE__ENTITIES:
				getEntities().clear();
				return;
			case ProcessPackage.DATA_STORE__LEGACY_SYSTEM:
				setLegacySystem((LegacySystem)null);
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
			case ProcessPackage.DATA_STORE__ENTITIES:
				return entities != null && !entities.isEmpty();
			case ProcessPackage.DATA_STORE__LEGACY_SYSTEM:
				return legacySystem != null;
		}
		return super.eIsSet(featureID);
	}

} //DataStoreImpl
