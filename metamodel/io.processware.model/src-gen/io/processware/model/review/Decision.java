/**
 */
package io.processware.model.review;

import io.processware.model.solution.ModelElement;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.review.Decision#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link io.processware.model.review.Decision#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link io.processware.model.review.Decision#getDecidedAt <em>Decided At</em>}</li>
 *   <li>{@link io.processware.model.review.Decision#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see io.processware.model.review.ReviewPackage#getDecision()
 * @generated
 */
public interface Decision extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.review.DecisionOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see io.processware.model.review.DecisionOutcome
	 * @see #setOutcome(DecisionOutcome)
	 * @see io.processware.model.review.ReviewPackage#getDecision_Outcome()
	 * @generated
	 */
	DecisionOutcome getOutcome();

	/**
	 * Sets the value of the '{@link io.processware.model.review.Decision#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see io.processware.model.review.DecisionOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(DecisionOutcome value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' reference.
	 * @see #setReviewer(Reviewer)
	 * @see io.processware.model.review.ReviewPackage#getDecision_Reviewer()
	 * @generated
	 */
	Reviewer getReviewer();

	/**
	 * Sets the value of the '{@link io.processware.model.review.Decision#getReviewer <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' reference.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(Reviewer value);

	/**
	 * Returns the value of the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided At</em>' attribute.
	 * @see #setDecidedAt(Instant)
	 * @see io.processware.model.review.ReviewPackage#getDecision_DecidedAt()
	 * @generated
	 */
	Instant getDecidedAt();

	/**
	 * Sets the value of the '{@link io.processware.model.review.Decision#getDecidedAt <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided At</em>' attribute.
	 * @see #getDecidedAt()
	 * @generated
	 */
	void setDecidedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see io.processware.model.review.ReviewPackage#getDecision_Comment()
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link io.processware.model.review.Decision#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // Decision
