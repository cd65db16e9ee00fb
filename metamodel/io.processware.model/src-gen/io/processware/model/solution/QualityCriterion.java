/**
 */
package io.processware.model.solution;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quality Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.QualityCriterion#getWeight <em>Weight</em>}</li>
 *   <li>{@link io.processware.model.solution.QualityCriterion#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link io.processware.model.solution.QualityCriterion#getMetric <em>Metric</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getQualityCriterion()
 * @generated
 */
public interface QualityCriterion extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see io.processware.model.solution.SolutionPackage#getQualityCriterion_Weight()
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.QualityCriterion#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The score (0..1) below which the criterion fails on its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(double)
	 * @see io.processware.model.solution.SolutionPackage#getQualityCriterion_Threshold()
	 * @generated
	 */
	double getThreshold();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.QualityCriterion#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see io.processware.model.solution.SolutionPackage#getQualityCriterion_Metric()
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.QualityCriterion#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

} // QualityCriterion
