/**
 */
package io.processware.model.review.impl;

import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewBoardKind;
import io.processware.model.review.ReviewItem;
import io.processware.model.review.ReviewPackage;
import io.processware.model.review.Reviewer;

import io.processware.model.solution.impl.NamedElementImpl;

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
 * An implementation of the model object '<em><b>Board</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.review.impl.ReviewBoardImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.processware.model.review.impl.ReviewBoardImpl#getReviewers <em>Reviewers</em>}</li>
 *   <li>{@link io.processware.model.review.impl.ReviewBoardImpl#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewBoardImpl extends NamedElementImpl implements ReviewBoard
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewBoardKind KIND_EDEFAULT = ReviewBoardKind.BUSINESS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ReviewBoardKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReviewers() <em>Reviewers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewers()
	 * @generated
	 * @ordered
	 */
	protected EList<Reviewer> reviewers;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewItem> items;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewBoardImpl()
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
		return ReviewPackage.Literals.REVIEW_BOARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewBoardKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ReviewBoardKind newKind)
	{
		ReviewBoardKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW_BOARD__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Reviewer> getReviewers()
	{
		if (reviewers == null)
		{
			reviewers = new EObjectContainmentEList<Reviewer>(Reviewer.class, this, ReviewPackage.REVIEW_BOARD__REVIEWERS);
		}
		return reviewers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewItem> getItems()
	{
		if (items == null)
		{
			items = new EObjectContainmentEList<ReviewItem>(ReviewItem.class, this, ReviewPackage.REVIEW_BOARD__ITEMS);
		}
		return items;
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
			case ReviewPackage.REVIEW_BOARD__REVIEWERS:
				return ((InternalEList<?>)getReviewers()).basicRemove(otherEnd, msgs);
			case ReviewPackage.REVIEW_BOARD__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case ReviewPackage.REVIEW_BOARD__KIND:
				return getKind();
			case ReviewPackage.REVIEW_BOARD__REVIEWERS:
				return getReviewers();
			case ReviewPackage.REVIEW_BOARD__ITEMS:
				return getItems();
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
			case ReviewPackage.REVIEW_BOARD__KIND:
				setKind((ReviewBoardKind)newValue);
				return;
			case ReviewPackage.REVIEW_BOARD__REVIEWERS:
				getReviewers().clear();
				getReviewers().addAll((Collection<? extends Reviewer>)newValue);
				return;
			case ReviewPackage.REVIEW_BOARD__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends ReviewItem>)newValue);
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
			case ReviewPackage.REVIEW_BOARD__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ReviewPackage.REVIEW_BOARD__REVIEWERS:
				getReviewers().clear();
				return;
			case ReviewPackage.REVIEW_BOARD__ITEMS:
				getItems().clear();
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
			case ReviewPackage.REVIEW_BOARD__KIND:
				return kind != KIND_EDEFAULT;
			case ReviewPackage.REVIEW_BOARD__REVIEWERS:
				return reviewers != null && !reviewers.isEmpty();
			case ReviewPackage.REVIEW_BOARD__ITEMS:
				return items != null && !items.isEmpty();
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

} //ReviewBoardImpl
