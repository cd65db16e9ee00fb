/**
 */
package io.processware.model.solution;

import io.processware.model.review.Reviewer;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quality Gate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.QualityGate#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link io.processware.model.solution.QualityGate#getPassThreshold <em>Pass Threshold</em>}</li>
 *   <li>{@link io.processware.model.solution.QualityGate#getApprovers <em>Approvers</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getQualityGate()
 * @generated
 */
public interface QualityGate extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.solution.QualityCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getQualityGate_Criteria()
	 * @generated
	 */
	EList<QualityCriterion> getCriteria();

	/**
	 * Returns the value of the '<em><b>Pass Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weighted score (0..1) a solution needs to pass the gate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pass Threshold</em>' attribute.
	 * @see #setPassThreshold(double)
	 * @see io.processware.model.solution.SolutionPackage#getQualityGate_PassThreshold()
	 * @generated
	 */
	double getPassThreshold();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.QualityGate#getPassThreshold <em>Pass Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pass Threshold</em>' attribute.
	 * @see #getPassThreshold()
	 * @generated
	 */
	void setPassThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Approvers</b></em>' reference list.
	 * The list contents are of type {@link io.processware.model.review.Reviewer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approvers</em>' reference list.
	 * @see io.processware.model.solution.SolutionPackage#getQualityGate_Approvers()
	 * @generated
	 */
	EList<Reviewer> getApprovers();

} // QualityGate
