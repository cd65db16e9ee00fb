/**
 */
package io.processware.model.process.impl;

import io.processware.model.domain.Entity;

import io.processware.model.process.Determinism;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.ProcessPackage;
import io.processware.model.process.RuntimeLlmSlot;
import io.processware.model.process.Task;

import io.processware.model.solution.RuleSet;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.impl.TaskImpl#getDeterminism <em>Determinism</em>}</li>
 *   <li>{@link io.processware.model.process.impl.TaskImpl#getImplementationStatus <em>Implementation Status</em>}</li>
 *   <li>{@link io.processware.model.process.impl.TaskImpl#getRuleSets <em>Rule Sets</em>}</li>
 *   <li>{@link io.processware.model.process.impl.TaskImpl#getEntities <em>Entities</em>}</li>
 *   <li>{@link io.processware.model.process.impl.TaskImpl#getExistingCode <em>Existing Code</em>}</li>
 *   <li>{@link io.processware.model.process.impl.TaskImpl#getLlmSlot <em>Llm Slot</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class TaskImpl extends ActivityImpl implements Task
{
	/**
	 * The default value of the '{@link #getDeterminism() <em>Determinism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeterminism()
	 * @generated
	 * @ordered
	 */
	protected static final Determinism DETERMINISM_EDEFAULT = Determinism.UNCLASSIFIED;

	/**
	 * The cached value of the '{@link #getDeterminism() <em>Determinism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeterminism()
	 * @generated
	 * @ordered
	 */
	protected Determinism determinism = DETERMINISM_EDEFAULT;

	/**
	 * The default value of the '{@link #getImplementationStatus() <em>Implementation Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplementationStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ImplementationStatus IMPLEMENTATION_STATUS_EDEFAULT = ImplementationStatus.TO_GENERATE;

	/**
	 * The cached value of the '{@link #getImplementationStatus() <em>Implementation Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplementationStatus()
	 * @generated
	 * @ordered
	 */
	protected ImplementationStatus implementationStatus = IMPLEMENTATION_STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRuleSets() <em>Rule Sets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleSets()
	 * @generated
	 * @ordered
	 */
	protected EList<RuleSet> ruleSets;

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
	 * The default value of the '{@link #getExistingCode() <em>Existing Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExistingCode()
	 * @generated
	 * @ordered
	 */
	protected static final String EXISTING_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExistingCode() <em>Existing Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExistingCode()
	 * @generated
	 * @ordered
	 */
	protected String existingCode = EXISTING_CODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLlmSlot() <em>Llm Slot</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLlmSlot()
	 * @generated
	 * @ordered
	 */
	protected RuntimeLlmSlot llmSlot;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TaskImpl()
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
		return ProcessPackage.Literals.TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Determinism getDeterminism()
	{
		return determinism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeterminism(Determinism newDeterminism)
	{
		Determinism oldDeterminism = determinism;
		determinism = newDeterminism == null ? DETERMINISM_EDEFAULT : newDeterminism;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.TASK__DETERMINISM, oldDeterminism, determinism));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplementationStatus getImplementationStatus()
	{
		return implementationStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImplementationStatus(ImplementationStatus newImplementationStatus)
	{
		ImplementationStatus oldImplementationStatus = implementationStatus;
		implementationStatus = newImplementationStatus == null ? IMPLEMENTATION_STATUS_EDEFAULT : newImplementationStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.TASK__IMPLEMENTATION_STATUS, oldImplementationStatus, implementationStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuleSet> getRuleSets()
	{
		if (ruleSets == null)
		{
			ruleSets = new EObjectResolvingEList<RuleSet>(RuleSet.class, this, ProcessPackage.TASK__RULE_SETS);
		}
		return ruleSets;
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
			entities = new EObjectResolvingEList<Entity>(Entity.class, this, ProcessPackage.TASK__ENTITIES);
		}
		return entities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExistingCode()
	{
		return existingCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExistingCode(String newExistingCode)
	{
		String oldExistingCode = existingCode;
		existingCode = newExistingCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.TASK__EXISTING_CODE, oldExistingCode, existingCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuntimeLlmSlot getLlmSlot()
	{
		return llmSlot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLlmSlot(RuntimeLlmSlot newLlmSlot, NotificationChain msgs)
	{
		RuntimeLlmSlot oldLlmSlot = llmSlot;
		llmSlot = newLlmSlot;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProcessPackage.TASK__LLM_SLOT, oldLlmSlot, newLlmSlot);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLlmSlot(RuntimeLlmSlot newLlmSlot)
	{
		if (newLlmSlot != llmSlot)
		{
			NotificationChain msgs = null;
			if (llmSlot != null)
				msgs = ((InternalEObject)llmSlot).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProcessPackage.TASK__LLM_SLOT, null, msgs);
			if (newLlmSlot != null)
				msgs = ((InternalEObject)newLlmSlot).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProcessPackage.TASK__LLM_SLOT, null, msgs);
			msgs = basicSetLlmSlot(newLlmSlot, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.TASK__LLM_SLOT, newLlmSlot, newLlmSlot));
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
			case ProcessPackage.TASK__LLM_SLOT:
				return basicSetLlmSlot(null, msgs);
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
			case ProcessPackage.TASK__DETERMINISM:
				return getDeterminism();
			case ProcessPackage.TASK__IMPLEMENTATION_STATUS:
				return getImplementationStatus();
			case ProcessPackage.TASK__RULE_SETS:
				return getRuleSets();
			case ProcessPackage.TASK__ENTITIES:
				return getEntities();
			case ProcessPackage.TASK__EXISTING_CODE:
				return getExistingCode();
			case ProcessPackage.TASK__LLM_SLOT:
				return getLlmSlot();
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
			case ProcessPackage.TASK__DETERMINISM:
				setDeterminism((Determinism)newValue);
				return;
			case ProcessPackage.TASK__IMPLEMENTATION_STATUS:
				setImplementationStatus((ImplementationStatus)newValue);
				return;
			case ProcessPackage.TASK__RULE_SETS:
				getRuleSets().clear();
				getRuleSets().addAll((Collection<? extends RuleSet>)newValue);
				return;
			case ProcessPackage.TASK__ENTITIES:
				getEntities().clear();
				getEntities().addAll((Collection<? extends Entity>)newValue);
				return;
			case ProcessPackage.TASK__EXISTING_CODE:
				setExistingCode((String)newValue);
				return;
			case ProcessPackage.TASK__LLM_SLOT:
				setLlmSlot((RuntimeLlmSlot)newValue);
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
			case ProcessPackage.TASK__DETERMINISM:
				setDeterminism(DETERMINISM_EDEFAULT);
				return;
			case ProcessPackage.TASK__IMPLEMENTATION_STATUS:
				setImplementationStatus(IMPLEMENTATION_STATUS_EDEFAULT);
				return;
			case ProcessPackage.TASK__RULE_SETS:
				getRuleSets().clear();
				return;
			case ProcessPackage.TASK__ENTITIES:
				getEntities().clear();
				return;
			case ProcessPackage.TASK__EXISTING_CODE:
				setExistingCode(EXISTING_CODE_EDEFAULT);
				return;
			case ProcessPackage.TASK__LLM_SLOT:
				setLlmSlot((RuntimeLlmSlot)null);
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
			case ProcessPackage.TASK__DETERMINISM:
				return determinism != DETERMINISM_EDEFAULT;
			case ProcessPackage.TASK__IMPLEMENTATION_STATUS:
				return implementationStatus != IMPLEMENTATION_STATUS_EDEFAULT;
			case ProcessPackage.TASK__RULE_SETS:
				return ruleSets != null && !ruleSets.isEmpty();
			case ProcessPackage.TASK__ENTITIES:
				return entities != null && !entities.isEmpty();
			case ProcessPackage.TASK__EXISTING_CODE:
				return EXISTING_CODE_EDEFAULT == null ? existingCode != null : !EXISTING_CODE_EDEFAULT.equals(existingCode);
			case ProcessPackage.TASK__LLM_SLOT:
				return llmSlot != null;
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
		result.append(" (determinism: ");
		result.append(determinism);
		result.append(", implementationStatus: ");
		result.append(implementationStatus);
		result.append(", existingCode: ");
		result.append(existingCode);
		result.append(')');
		return result.toString();
	}

} //TaskImpl
