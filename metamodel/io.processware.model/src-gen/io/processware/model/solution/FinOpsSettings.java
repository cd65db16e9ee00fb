/**
 */
package io.processware.model.solution;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fin Ops Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.FinOpsSettings#getCostCentre <em>Cost Centre</em>}</li>
 *   <li>{@link io.processware.model.solution.FinOpsSettings#getCurrency <em>Currency</em>}</li>
 *   <li>{@link io.processware.model.solution.FinOpsSettings#getMandatoryTags <em>Mandatory Tags</em>}</li>
 *   <li>{@link io.processware.model.solution.FinOpsSettings#getBudgets <em>Budgets</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getFinOpsSettings()
 * @generated
 */
public interface FinOpsSettings extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Cost Centre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cost Centre</em>' attribute.
	 * @see #setCostCentre(String)
	 * @see io.processware.model.solution.SolutionPackage#getFinOpsSettings_CostCentre()
	 * @generated
	 */
	String getCostCentre();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.FinOpsSettings#getCostCentre <em>Cost Centre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Centre</em>' attribute.
	 * @see #getCostCentre()
	 * @generated
	 */
	void setCostCentre(String value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see io.processware.model.solution.SolutionPackage#getFinOpsSettings_Currency()
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.FinOpsSettings#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Mandatory Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandatory Tags</em>' attribute list.
	 * @see io.processware.model.solution.SolutionPackage#getFinOpsSettings_MandatoryTags()
	 * @generated
	 */
	EList<String> getMandatoryTags();

	/**
	 * Returns the value of the '<em><b>Budgets</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.solution.EnvironmentBudget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budgets</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getFinOpsSettings_Budgets()
	 * @generated
	 */
	EList<EnvironmentBudget> getBudgets();

} // FinOpsSettings
