/**
 */
package io.processware.model.review.impl;

import io.processware.model.generation.GeneratedArtefact;

import io.processware.model.review.Decision;
import io.processware.model.review.ReviewItem;
import io.processware.model.review.ReviewPackage;

import io.processware.model.solution.impl.ModelElementImpl;

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
 * An implementation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.review.impl.ReviewItemImpl#getArtefact <em>Artefact</em>}</li>
 *   <li>{@link io.processware.model.review.impl.ReviewItemImpl#getDiff <em>Diff</em>}</li>
 *   <li>{@link io.processware.model.review.impl.ReviewItemImpl#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewItemImpl extends ModelElementImpl implements ReviewItem
{
	/**
	 * The cached value of the '{@link #getArtefact() <em>Artefact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtefact()
	 * @generated
	 * @ordered
	 */
	protected GeneratedArtefact artefact;

	/**
	 * The default value of the '{@link #getDiff() <em>Diff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiff()
	 * @generated
	 * @ordered
	 */
	protected static final String DIFF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiff() <em>Diff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiff()
	 * @generated
	 * @ordered
	 */
	protected String diff = DIFF_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Decision> decisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewItemImpl()
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
		return ReviewPackage.Literals.REVIEW_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GeneratedArtefact getArtefact()
	{
		if (artefact != null && artefact.eIsProxy())
		{
			InternalEObject oldArtefact = (InternalEObject)artefact;
			artefact = (GeneratedArtefact)eResolveProxy(oldArtefact);
			if (artefact != oldArtefact)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReviewPackage.REVIEW_ITEM__ARTEFACT, oldArtefact, artefact));
			}
		}
		return artefact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GeneratedArtefact basicGetArtefact()
	{
		return artefact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArtefact(GeneratedArtefact newArtefact)
	{
		GeneratedArtefact oldArtefact = artefact;
		artefact = newArtefact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW_ITEM__ARTEFACT, oldArtefact, artefact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiff()
	{
		return diff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiff(String newDiff)
	{
		String oldDiff = diff;
		diff = newDiff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW_ITEM__DIFF, oldDiff, diff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Decision> getDecisions()
	{
		if (decisions == null)
		{
			decisions = new EObjectContainmentEList<Decision>(Decision.class, this, ReviewPackage.REVIEW_ITEM__DECISIONS);
		}
		return decisions;
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
			case ReviewPackage.REVIEW_ITEM__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
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
			case ReviewPackage.REVIEW_ITEM__ARTEFACT:
				if (resolve) return getArtefact();
				return basicGetArtefact();
			case ReviewPackage.REVIEW_ITEM__DIFF:
				return getDiff();
			case ReviewPackage.REVIEW_ITEM__DECISIONS:
				return getDecisions();
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
			case ReviewPackage.REVIEW_ITEM__ARTEFACT:
				setArtefact((GeneratedArtefact)newValue);
				return;
			case ReviewPackage.REVIEW_ITEM__DIFF:
				setDiff((String)newValue);
				return;
			case ReviewPackage.REVIEW_ITEM__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends Decision>)newValue);
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
			case ReviewPackage.REVIEW_ITEM__ARTEFACT:
				setArtefact((GeneratedArtefact)null);
				return;
			case ReviewPackage.REVIEW_ITEM__DIFF:
				setDiff(DIFF_EDEFAULT);
				return;
			case ReviewPackage.REVIEW_ITEM__DECISIONS:
				getDecisions().clear();
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
			case ReviewPackage.REVIEW_ITEM__ARTEFACT:
				return artefact != null;
			case ReviewPackage.REVIEW_ITEM__DIFF:
				return DIFF_EDEFAULT == null ? diff != null : !DIFF_EDEFAULT.equals(diff);
			case ReviewPackage.REVIEW_ITEM__DECISIONS:
				return decisions != null && !decisions.isEmpty();
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
		result.append(" (diff: ");
		result.append(diff);
		result.append(')');
		return result.toString();
	}

} //ReviewItemImpl
