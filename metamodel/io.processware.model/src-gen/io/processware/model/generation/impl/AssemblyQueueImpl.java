/**
 */
package io.processware.model.generation.impl;

import io.processware.model.generation.AssemblyQueue;
import io.processware.model.generation.AssemblyQueueKind;
import io.processware.model.generation.GeneratedArtefact;
import io.processware.model.generation.GenerationPackage;

import io.processware.model.solution.impl.ModelElementImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assembly Queue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.generation.impl.AssemblyQueueImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.processware.model.generation.impl.AssemblyQueueImpl#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssemblyQueueImpl extends ModelElementImpl implements AssemblyQueue
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AssemblyQueueKind KIND_EDEFAULT = AssemblyQueueKind.A;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AssemblyQueueKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<GeneratedArtefact> entries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssemblyQueueImpl()
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
		return GenerationPackage.Literals.ASSEMBLY_QUEUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssemblyQueueKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AssemblyQueueKind newKind)
	{
		AssemblyQueueKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerationPackage.ASSEMBLY_QUEUE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GeneratedArtefact> getEntries()
	{
		if (entries == null)
		{
			entries = new EObjectResolvingEList<GeneratedArtefact>(GeneratedArtefact.class, this, GenerationPackage.ASSEMBLY_QUEUE__ENTRIES);
		}
		return entries;
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
			case GenerationPackage.ASSEMBLY_QUEUE__KIND:
				return getKind();
			case GenerationPackage.ASSEMBLY_QUEUE__ENTRIES:
				return getEntries();
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
			case GenerationPackage.ASSEMBLY_QUEUE__KIND:
				setKind((AssemblyQueueKind)newValue);
				return;
			case GenerationPackage.ASSEMBLY_QUEUE__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends GeneratedArtefact>)newValue);
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
			case GenerationPackage.ASSEMBLY_QUEUE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case GenerationPackage.ASSEMBLY_QUEUE__ENTRIES:
				getEntries().clear();
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
			case GenerationPackage.ASSEMBLY_QUEUE__KIND:
				return kind != KIND_EDEFAULT;
			case GenerationPackage.ASSEMBLY_QUEUE__ENTRIES:
				return entries != null && !entries.isEmpty();
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

} //AssemblyQueueImpl
