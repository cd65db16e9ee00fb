/**
 */
package io.processware.model.review;

import io.processware.model.generation.GeneratedArtefact;

import io.processware.model.solution.ModelElement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.review.ReviewItem#getArtefact <em>Artefact</em>}</li>
 *   <li>{@link io.processware.model.review.ReviewItem#getDiff <em>Diff</em>}</li>
 *   <li>{@link io.processware.model.review.ReviewItem#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @see io.processware.model.review.ReviewPackage#getReviewItem()
 * @generated
 */
public interface ReviewItem extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Artefact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Artefact</em>' reference.
	 * @see #setArtefact(GeneratedArtefact)
	 * @see io.processware.model.review.ReviewPackage#getReviewItem_Artefact()
	 * @generated
	 */
	GeneratedArtefact getArtefact();

	/**
	 * Sets the value of the '{@link io.processware.model.review.ReviewItem#getArtefact <em>Artefact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Artefact</em>' reference.
	 * @see #getArtefact()
	 * @generated
	 */
	void setArtefact(GeneratedArtefact value);

	/**
	 * Returns the value of the '<em><b>Diff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unified diff of the artefact against its last approved version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diff</em>' attribute.
	 * @see #setDiff(String)
	 * @see io.processware.model.review.ReviewPackage#getReviewItem_Diff()
	 * @generated
	 */
	String getDiff();

	/**
	 * Sets the value of the '{@link io.processware.model.review.ReviewItem#getDiff <em>Diff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diff</em>' attribute.
	 * @see #getDiff()
	 * @generated
	 */
	void setDiff(String value);

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.review.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see io.processware.model.review.ReviewPackage#getReviewItem_Decisions()
	 * @generated
	 */
	EList<Decision> getDecisions();

} // ReviewItem
