/**
 */
package io.processware.model.review;

import io.processware.model.solution.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reviewer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.review.Reviewer#getEmail <em>Email</em>}</li>
 * </ul>
 *
 * @see io.processware.model.review.ReviewPackage#getReviewer()
 * @generated
 */
public interface Reviewer extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see io.processware.model.review.ReviewPackage#getReviewer_Email()
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link io.processware.model.review.Reviewer#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

} // Reviewer
