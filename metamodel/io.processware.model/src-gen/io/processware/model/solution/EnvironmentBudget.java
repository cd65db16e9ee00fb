/**
 */
package io.processware.model.solution;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Environment Budget</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.EnvironmentBudget#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link io.processware.model.solution.EnvironmentBudget#getMonthlyBudget <em>Monthly Budget</em>}</li>
 *   <li>{@link io.processware.model.solution.EnvironmentBudget#getAlertAtFraction <em>Alert At Fraction</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getEnvironmentBudget()
 * @generated
 */
public interface EnvironmentBudget extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Environment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Environment</em>' reference.
	 * @see #setEnvironment(Environment)
	 * @see io.processware.model.solution.SolutionPackage#getEnvironmentBudget_Environment()
	 * @generated
	 */
	Environment getEnvironment();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.EnvironmentBudget#getEnvironment <em>Environment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Environment</em>' reference.
	 * @see #getEnvironment()
	 * @generated
	 */
	void setEnvironment(Environment value);

	/**
	 * Returns the value of the '<em><b>Monthly Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monthly Budget</em>' attribute.
	 * @see #setMonthlyBudget(BigDecimal)
	 * @see io.processware.model.solution.SolutionPackage#getEnvironmentBudget_MonthlyBudget()
	 * @generated
	 */
	BigDecimal getMonthlyBudget();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.EnvironmentBudget#getMonthlyBudget <em>Monthly Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monthly Budget</em>' attribute.
	 * @see #getMonthlyBudget()
	 * @generated
	 */
	void setMonthlyBudget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Alert At Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Alert when spending reaches this fraction of the budget (0.8 = 80 %).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alert At Fraction</em>' attribute.
	 * @see #setAlertAtFraction(double)
	 * @see io.processware.model.solution.SolutionPackage#getEnvironmentBudget_AlertAtFraction()
	 * @generated
	 */
	double getAlertAtFraction();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.EnvironmentBudget#getAlertAtFraction <em>Alert At Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alert At Fraction</em>' attribute.
	 * @see #getAlertAtFraction()
	 * @generated
	 */
	void setAlertAtFraction(double value);

} // EnvironmentBudget
