/**
 */
package io.processware.model.process.impl;

import io.processware.model.domain.Attribute;

import io.processware.model.process.LlmFallback;
import io.processware.model.process.ProcessPackage;
import io.processware.model.process.RuntimeLlmSlot;

import io.processware.model.solution.impl.ModelElementImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Runtime Llm Slot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.impl.RuntimeLlmSlotImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link io.processware.model.process.impl.RuntimeLlmSlotImpl#getInputs <em>Inputs</em>}</li>
 *   <li>{@link io.processware.model.process.impl.RuntimeLlmSlotImpl#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link io.processware.model.process.impl.RuntimeLlmSlotImpl#getMinimumConfidence <em>Minimum Confidence</em>}</li>
 *   <li>{@link io.processware.model.process.impl.RuntimeLlmSlotImpl#getFallback <em>Fallback</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuntimeLlmSlotImpl extends ModelElementImpl implements RuntimeLlmSlot
{
	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInputs() <em>Inputs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected EList<Attribute> inputs;

	/**
	 * The cached value of the '{@link #getOutputs() <em>Outputs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputs()
	 * @generated
	 * @ordered
	 */
	protected EList<Attribute> outputs;

	/**
	 * The default value of the '{@link #getMinimumConfidence() <em>Minimum Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double MINIMUM_CONFIDENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinimumConfidence() <em>Minimum Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumConfidence()
	 * @generated
	 * @ordered
	 */
	protected double minimumConfidence = MINIMUM_CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFallback() <em>Fallback</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFallback()
	 * @generated
	 * @ordered
	 */
	protected static final LlmFallback FALLBACK_EDEFAULT = LlmFallback.HUMAN_REVIEW;

	/**
	 * The cached value of the '{@link #getFallback() <em>Fallback</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFallback()
	 * @generated
	 * @ordered
	 */
	protected LlmFallback fallback = FALLBACK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RuntimeLlmSlotImpl()
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
		return ProcessPackage.Literals.RUNTIME_LLM_SLOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose()
	{
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose)
	{
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.RUNTIME_LLM_SLOT__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attribute> getInputs()
	{
		if (inputs == null)
		{
			inputs = new EObjectResolvingEList<Attribute>(Attribute.class, this, ProcessPackage.RUNTIME_LLM_SLOT__INPUTS);
		}
		return inputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attribute> getOutputs()
	{
		if (outputs == null)
		{
			outputs = new EObjectResolvingEList<Attribute>(Attribute.class, this, ProcessPackage.RUNTIME_LLM_SLOT__OUTPUTS);
		}
		return outputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinimumConfidence()
	{
		return minimumConfidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumConfidence(double newMinimumConfidence)
	{
		double oldMinimumConfidence = minimumConfidence;
		minimumConfidence = newMinimumConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.RUNTIME_LLM_SLOT__MINIMUM_CONFIDENCE, oldMinimumConfidence, minimumConfidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LlmFallback getFallback()
	{
		return fallback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFallback(LlmFallback newFallback)
	{
		LlmFallback oldFallback = fallback;
		fallback = newFallback == null ? FALLBACK_EDEFAULT : newFallback;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.RUNTIME_LLM_SLOT__FALLBACK, oldFallback, fallback));
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
			case ProcessPackage.RUNTIME_LLM_SLOT__PURPOSE:
				return getPurpose();
			case ProcessPackage.RUNTIME_LLM_SLOT__INPUTS:
				return getInputs();
			case ProcessPackage.RUNTIME_LLM_SLOT__OUTPUTS:
				return getOutputs();
			case ProcessPackage.RUNTIME_LLM_SLOT__MINIMUM_CONFIDENCE:
				return getMinimumConfidence();
			case ProcessPackage.RUNTIME_LLM_SLOT__FALLBACK:
				return getFallback();
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
			case ProcessPackage.RUNTIME_LLM_SLOT__PURPOSE:
				setPurpose((String)newValue);
				return;
			case ProcessPackage.RUNTIME_LLM_SLOT__INPUTS:
				getInputs().clear();
				getInputs().addAll((Collection<? extends Attribute>)newValue);
				return;
			case ProcessPackage.RUNTIME_LLM_SLOT__OUTPUTS:
				getOutputs().clear();
				getOutputs().addAll((Collection<? extends Attribute>)newValue);
				return;
			case ProcessPackage.RUNTIME_LLM_SLOT__MINIMUM_CONFIDENCE:
				setMinimumConfidence((Double)newValue);
				return;
			case ProcessPackage.RUNTIME_LLM_SLOT__FALLBACK:
				setFallback((LlmFallback)newValue);
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
			case ProcessPackage.RUNTIME_LLM_SLOT__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case ProcessPackage.RUNTIME_LLM_SLOT__INPUTS:
				getInputs().clear();
				return;
			case ProcessPackage.RUNTIME_LLM_SLOT__OUTPUTS:
				getOutputs().clear();
				return;
			case ProcessPackage.RUNTIME_LLM_SLOT__MINIMUM_CONFIDENCE:
				setMinimumConfidence(MINIMUM_CONFIDENCE_EDEFAULT);
				return;
			case ProcessPackage.RUNTIME_LLM_SLOT__FALLBACK:
				setFallback(FALLBACK_EDEFAULT);
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
			case ProcessPackage.RUNTIME_LLM_SLOT__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case ProcessPackage.RUNTIME_LLM_SLOT__INPUTS:
				return inputs != null && !inputs.isEmpty();
			case ProcessPackage.RUNTIME_LLM_SLOT__OUTPUTS:
				return outputs != null && !outputs.isEmpty();
			case ProcessPackage.RUNTIME_LLM_SLOT__MINIMUM_CONFIDENCE:
				return minimumConfidence != MINIMUM_CONFIDENCE_EDEFAULT;
			case ProcessPackage.RUNTIME_LLM_SLOT__FALLBACK:
				return fallback != FALLBACK_EDEFAULT;
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
		result.append(" (purpose: ");
		result.append(purpose);
		result.append(", minimumConfidence: ");
		result.append(minimumConfidence);
		result.append(", fallback: ");
		result.append(fallback);
		result.append(')');
		return result.toString();
	}

} //RuntimeLlmSlotImpl
