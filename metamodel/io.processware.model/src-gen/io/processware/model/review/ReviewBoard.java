/**
 */
package io.processware.model.review;

import io.processware.model.solution.NamedElement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Board</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.review.ReviewBoard#getKind <em>Kind</em>}</li>
 *   <li>{@link io.processware.model.review.ReviewBoard#getReviewers <em>Reviewers</em>}</li>
 *   <li>{@link io.processware.model.review.ReviewBoard#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see io.processware.model.review.ReviewPackage#getReviewBoard()
 * @generated
 */
public interface ReviewBoard extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.review.ReviewBoardKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.processware.model.review.ReviewBoardKind
	 * @see #setKind(ReviewBoardKind)
	 * @see io.processware.model.review.ReviewPackage#getReviewBoard_Kind()
	 * @generated
	 */
	ReviewBoardKind getKind();

	/**
	 * Sets the value of the '{@link io.processware.model.review.ReviewBoard#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.processware.model.review.ReviewBoardKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReviewBoardKind value);

	/**
	 * Returns the value of the '<em><b>Reviewers</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.review.Reviewer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewers</em>' containment reference list.
	 * @see io.processware.model.review.ReviewPackage#getReviewBoard_Reviewers()
	 * @generated
	 */
	EList<Reviewer> getReviewers();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.review.ReviewItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see io.processware.model.review.ReviewPackage#getReviewBoard_Items()
	 * @generated
	 */
	EList<ReviewItem> getItems();

} // ReviewBoard
