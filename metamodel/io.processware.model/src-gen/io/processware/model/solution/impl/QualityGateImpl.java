/**
 */
package io.processware.model.solution.impl;

import io.processware.model.review.Reviewer;

import io.processware.model.solution.QualityCriterion;
import io.processware.model.solution.QualityGate;
import io.processware.model.solution.SolutionPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quality Gate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.impl.QualityGateImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.QualityGateImpl#getPassThreshold <em>Pass Threshold</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.QualityGateImpl#getApprovers <em>Approvers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QualityGateImpl extends NamedElementImpl implements QualityGate
{
	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<QualityCriterion> criteria;

	/**
	 * The default value of the '{@link #getPassThreshold() <em>Pass Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double PASS_THRESHOLD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPassThreshold() <em>Pass Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassThreshold()
	 * @generated
	 * @ordered
	 */
	protected double passThreshold = PASS_THRESHOLD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getApprovers() <em>Approvers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovers()
	 * @generated
	 * @ordered
	 */
	protected EList<Reviewer> approvers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QualityGateImpl()
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
		return SolutionPackage.Literals.QUALITY_GATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QualityCriterion> getCriteria()
	{
		if (criteria == null)
		{
			criteria = new EObjectContainmentEList<QualityCriterion>(QualityCriterion.class, this, SolutionPackage.QUALITY_GATE__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPassThreshold()
	{
		return passThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassThreshold(double newPassThreshold)
	{
		double oldPassThreshold = passThreshold;
		passThreshold = newPassThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.QUALITY_GATE__PASS_THRESHOLD, oldPassThreshold, passThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Reviewer> getApprovers()
	{
		if (approvers == null)
		{
			approvers = new EObjectResolvingEList<Reviewer>(Reviewer.class, this, SolutionPackage.QUALITY_GATE__APPROVERS);
		}
		return approvers;
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
			case SolutionPackage.QUALITY_GATE__CRITERIA:
				return ((InternalEList<?>)getCriteria()).basicRemove(otherEnd, msgs);
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
			case SolutionPackage.QUALITY_GATE__CRITERIA:
				return getCriteria();
			case SolutionPackage.QUALITY_GATE__PASS_THRESHOLD:
				return getPassThreshold();
			case SolutionPackage.QUALITY_GATE__APPROVERS:
				return getApprovers();
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
			case SolutionPackage.QUALITY_GATE__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends QualityCriterion>)newValue);
				return;
			case SolutionPackage.QUALITY_GATE__PASS_THRESHOLD:
				setPassThreshold((Double)newValue);
				return;
			case SolutionPackage.QUALITY_GATE__APPROVERS:
				getApprovers().clear();
				getApprovers().addAll((Collection<? extends Reviewer>)newValue);
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
			case SolutionPackage.QUALITY_GATE__CRITERIA:
				getCriteria().clear();
				return;
			case SolutionPackage.QUALITY_GATE__PASS_THRESHOLD:
				setPassThreshold(PASS_THRESHOLD_EDEFAULT);
				return;
			case SolutionPackage.QUALITY_GATE__APPROVERS:
				getApprovers().clear();
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
			case SolutionPackage.QUALITY_GATE__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case SolutionPackage.QUALITY_GATE__PASS_THRESHOLD:
				return passThreshold != PASS_THRESHOLD_EDEFAULT;
			case SolutionPackage.QUALITY_GATE__APPROVERS:
				return approvers != null && !approvers.isEmpty();
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
		result.append(" (passThreshold: ");
		result.append(passThreshold);
		result.append(')');
		return result.toString();
	}

} //QualityGateImpl
