/**
 */
package io.processware.model.generation.impl;

import io.processware.model.generation.AssemblyQueue;
import io.processware.model.generation.GeneratedArtefact;
import io.processware.model.generation.GenerationPackage;
import io.processware.model.generation.GenerationPhase;
import io.processware.model.generation.GenerationRun;
import io.processware.model.generation.RunStatus;
import io.processware.model.generation.TemplateSetVersion;

import io.processware.model.solution.impl.ModelElementImpl;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.generation.impl.GenerationRunImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link io.processware.model.generation.impl.GenerationRunImpl#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link io.processware.model.generation.impl.GenerationRunImpl#getModelHash <em>Model Hash</em>}</li>
 *   <li>{@link io.processware.model.generation.impl.GenerationRunImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.processware.model.generation.impl.GenerationRunImpl#getTemplateSets <em>Template Sets</em>}</li>
 *   <li>{@link io.processware.model.generation.impl.GenerationRunImpl#getPhases <em>Phases</em>}</li>
 *   <li>{@link io.processware.model.generation.impl.GenerationRunImpl#getArtefacts <em>Artefacts</em>}</li>
 *   <li>{@link io.processware.model.generation.impl.GenerationRunImpl#getQueues <em>Queues</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GenerationRunImpl extends ModelElementImpl implements GenerationRun
{
	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant FINISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant finishedAt = FINISHED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelHash() <em>Model Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelHash()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelHash() <em>Model Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelHash()
	 * @generated
	 * @ordered
	 */
	protected String modelHash = MODEL_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RunStatus STATUS_EDEFAULT = RunStatus.RUNNING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RunStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTemplateSets() <em>Template Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateSets()
	 * @generated
	 * @ordered
	 */
	protected EList<TemplateSetVersion> templateSets;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected EList<GenerationPhase> phases;

	/**
	 * The cached value of the '{@link #getArtefacts() <em>Artefacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtefacts()
	 * @generated
	 * @ordered
	 */
	protected EList<GeneratedArtefact> artefacts;

	/**
	 * The cached value of the '{@link #getQueues() <em>Queues</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueues()
	 * @generated
	 * @ordered
	 */
	protected EList<AssemblyQueue> queues;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GenerationRunImpl()
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
		return GenerationPackage.Literals.GENERATION_RUN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStartedAt()
	{
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Instant newStartedAt)
	{
		Instant oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerationPackage.GENERATION_RUN__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getFinishedAt()
	{
		return finishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinishedAt(Instant newFinishedAt)
	{
		Instant oldFinishedAt = finishedAt;
		finishedAt = newFinishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerationPackage.GENERATION_RUN__FINISHED_AT, oldFinishedAt, finishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelHash()
	{
		return modelHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelHash(String newModelHash)
	{
		String oldModelHash = modelHash;
		modelHash = newModelHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerationPackage.GENERATION_RUN__MODEL_HASH, oldModelHash, modelHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RunStatus newStatus)
	{
		RunStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerationPackage.GENERATION_RUN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TemplateSetVersion> getTemplateSets()
	{
		if (templateSets == null)
		{
			templateSets = new EObjectContainmentEList<TemplateSetVersion>(TemplateSetVersion.class, this, GenerationPackage.GENERATION_RUN__TEMPLATE_SETS);
		}
		return templateSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GenerationPhase> getPhases()
	{
		if (phases == null)
		{
			phases = new EObjectContainmentEList<GenerationPhase>(GenerationPhase.class, this, GenerationPackage.GENERATION_RUN__PHASES);
		}
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GeneratedArtefact> getArtefacts()
	{
		if (artefacts == null)
		{
			artefacts = new EObjectContainmentEList<GeneratedArtefact>(GeneratedArtefact.class, this, GenerationPackage.GENERATION_RUN__ARTEFACTS);
		}
		return artefacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AssemblyQueue> getQueues()
	{
		if (queues == null)
		{
			queues = new EObjectContainmentEList<AssemblyQueue>(AssemblyQueue.class, this, GenerationPackage.GENERATION_RUN__QUEUES);
		}
		return queues;
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
			case GenerationPackage.GENERATION_RUN__TEMPLATE_SETS:
				return ((InternalEList<?>)getTemplateSets()).basicRemove(otherEnd, msgs);
			case GenerationPackage.GENERATION_RUN__PHASES:
				return ((InternalEList<?>)getPhases()).basicRemove(otherEnd, msgs);
			case GenerationPackage.GENERATION_RUN__ARTEFACTS:
				return ((InternalEList<?>)getArtefacts()).basicRemove(otherEnd, msgs);
			case GenerationPackage.GENERATION_RUN__QUEUES:
				return ((InternalEList<?>)getQueues()).basicRemove(otherEnd, msgs);
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
			case GenerationPackage.GENERATION_RUN__STARTED_AT:
				return getStartedAt();
			case GenerationPackage.GENERATION_RUN__FINISHED_AT:
				return getFinishedAt();
			case GenerationPackage.GENERATION_RUN__MODEL_HASH:
				return getModelHash();
			case GenerationPackage.GENERATION_RUN__STATUS:
				return getStatus();
			case GenerationPackage.GENERATION_RUN__TEMPLATE_SETS:
				return getTemplateSets();
			case GenerationPackage.GENERATION_RUN__PHASES:
				return getPhases();
			case GenerationPackage.GENERATION_RUN__ARTEFACTS:
				return getArtefacts();
			case GenerationPackage.GENERATION_RUN__QUEUES:
				return getQueues();
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
			case GenerationPackage.GENERATION_RUN__STARTED_AT:
				setStartedAt((Instant)newValue);
				return;
			case GenerationPackage.GENERATION_RUN__FINISHED_AT:
				setFinishedAt((Instant)newValue);
				return;
			case GenerationPackage.GENERATION_RUN__MODEL_HASH:
				setModelHash((String)newValue);
				return;
			case GenerationPackage.GENERATION_RUN__STATUS:
				setStatus((RunStatus)newValue);
				return;
			case GenerationPackage.GENERATION_RUN__TEMPLATE_SETS:
				getTemplateSets().clear();
				getTemplateSets().addAll((Collection<? extends TemplateSetVersion>)newValue);
				return;
			case GenerationPackage.GENERATION_RUN__PHASES:
				getPhases().clear();
				getPhases().addAll((Collection<? extends GenerationPhase>)newValue);
				return;
			case GenerationPackage.GENERATION_RUN__ARTEFACTS:
				getArtefacts().clear();
				getArtefacts().addAll((Collection<? extends GeneratedArtefact>)newValue);
				return;
			case GenerationPackage.GENERATION_RUN__QUEUES:
				getQueues().clear();
				getQueues().addAll((Collection<? extends AssemblyQueue>)newValue);
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
			case GenerationPackage.GENERATION_RUN__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case GenerationPackage.GENERATION_RUN__FINISHED_AT:
				setFinishedAt(FINISHED_AT_EDEFAULT);
				return;
			case GenerationPackage.GENERATION_RUN__MODEL_HASH:
				setModelHash(MODEL_HASH_EDEFAULT);
				return;
			case GenerationPackage.GENERATION_RUN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case GenerationPackage.GENERATION_RUN__TEMPLATE_SETS:
				getTemplateSets().clear();
				return;
			case GenerationPackage.GENERATION_RUN__PHASES:
				getPhases().clear();
				return;
			case GenerationPackage.GENERATION_RUN__ARTEFACTS:
				getArtefacts().clear();
				return;
			case GenerationPackage.GENERATION_RUN__QUEUES:
				getQueues().clear();
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
			case GenerationPackage.GENERATION_RUN__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case GenerationPackage.GENERATION_RUN__FINISHED_AT:
				return FINISHED_AT_EDEFAULT == null ? finishedAt != null : !FINISHED_AT_EDEFAULT.equals(finishedAt);
			case GenerationPackage.GENERATION_RUN__MODEL_HASH:
				return MODEL_HASH_EDEFAULT == null ? modelHash != null : !MODEL_HASH_EDEFAULT.equals(modelHash);
			case GenerationPackage.GENERATION_RUN__STATUS:
				return status != STATUS_EDEFAULT;
			case GenerationPackage.GENERATION_RUN__TEMPLATE_SETS:
				return templateSets != null && !templateSets.isEmpty();
			case GenerationPackage.GENERATION_RUN__PHASES:
				return phases != null && !phases.isEmpty();
			case GenerationPackage.GENERATION_RUN__ARTEFACTS:
				return artefacts != null && !artefacts.isEmpty();
			case GenerationPackage.GENERATION_RUN__QUEUES:
				return queues != null && !queues.isEmpty();
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
		result.append(" (startedAt: ");
		result.append(startedAt);
		result.append(", finishedAt: ");
		result.append(finishedAt);
		result.append(", modelHash: ");
		result.append(modelHash);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //GenerationRunImpl
