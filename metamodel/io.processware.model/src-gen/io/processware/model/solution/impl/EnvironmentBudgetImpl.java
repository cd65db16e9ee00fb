/**
 */
package io.processware.model.solution.impl;

import io.processware.model.solution.Environment;
import io.processware.model.solution.EnvironmentBudget;
import io.processware.model.solution.SolutionPackage;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Environment Budget</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.impl.EnvironmentBudgetImpl#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.EnvironmentBudgetImpl#getMonthlyBudget <em>Monthly Budget</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.EnvironmentBudgetImpl#getAlertAtFraction <em>Alert At Fraction</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnvironmentBudgetImpl extends ModelElementImpl implements EnvironmentBudget
{
	/**
	 * The cached value of the '{@link #getEnvironment() <em>Environment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironment()
	 * @generated
	 * @ordered
	 */
	protected Environment environment;

	/**
	 * The default value of the '{@link #getMonthlyBudget() <em>Monthly Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyBudget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MONTHLY_BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonthlyBudget() <em>Monthly Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyBudget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal monthlyBudget = MONTHLY_BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlertAtFraction() <em>Alert At Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlertAtFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double ALERT_AT_FRACTION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAlertAtFraction() <em>Alert At Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlertAtFraction()
	 * @generated
	 * @ordered
	 */
	protected double alertAtFraction = ALERT_AT_FRACTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnvironmentBudgetImpl()
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
		return SolutionPackage.Literals.ENVIRONMENT_BUDGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Environment getEnvironment()
	{
		if (environment != null && environment.eIsProxy())
		{
			InternalEObject oldEnvironment = (InternalEObject)environment;
			environment = (Environment)eResolveProxy(oldEnvironment);
			if (environment != oldEnvironment)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SolutionPackage.ENVIRONMENT_BUDGET__ENVIRONMENT, oldEnvironment, environment));
			}
		}
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Environment basicGetEnvironment()
	{
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnvironment(Environment newEnvironment)
	{
		Environment oldEnvironment = environment;
		environment = newEnvironment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.ENVIRONMENT_BUDGET__ENVIRONMENT, oldEnvironment, environment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMonthlyBudget()
	{
		return monthlyBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthlyBudget(BigDecimal newMonthlyBudget)
	{
		BigDecimal oldMonthlyBudget = monthlyBudget;
		monthlyBudget = newMonthlyBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.ENVIRONMENT_BUDGET__MONTHLY_BUDGET, oldMonthlyBudget, monthlyBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAlertAtFraction()
	{
		return alertAtFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlertAtFraction(double newAlertAtFraction)
	{
		double oldAlertAtFraction = alertAtFraction;
		alertAtFraction = newAlertAtFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.ENVIRONMENT_BUDGET__ALERT_AT_FRACTION, oldAlertAtFraction, alertAtFraction));
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
			case SolutionPackage.ENVIRONMENT_BUDGET__ENVIRONMENT:
				if (resolve) return getEnvironment();
				return basicGetEnvironment();
			case SolutionPackage.ENVIRONMENT_BUDGET__MONTHLY_BUDGET:
				return getMonthlyBudget();
			case SolutionPackage.ENVIRONMENT_BUDGET__ALERT_AT_FRACTION:
				return getAlertAtFraction();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case SolutionPackage.ENVIRONMENT_BUDGET__ENVIRONMENT:
				setEnvironment((Environment)newValue);
				return;
			case SolutionPackage.ENVIRONMENT_BUDGET__MONTHLY_BUDGET:
				setMonthlyBudget((BigDecimal)newValue);
				return;
			case SolutionPackage.ENVIRONMENT_BUDGET__ALERT_AT_FRACTION:
				setAlertAtFraction((Double)newValue);
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
			case SolutionPackage.ENVIRONMENT_BUDGET__ENVIRONMENT:
				setEnvironment((Environment)null);
				return;
			case SolutionPackage.ENVIRONMENT_BUDGET__MONTHLY_BUDGET:
				setMonthlyBudget(MONTHLY_BUDGET_EDEFAULT);
				return;
			case SolutionPackage.ENVIRONMENT_BUDGET__ALERT_AT_FRACTION:
				setAlertAtFraction(ALERT_AT_FRACTION_EDEFAULT);
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
			case SolutionPackage.ENVIRONMENT_BUDGET__ENVIRONMENT:
				return environment != null;
			case SolutionPackage.ENVIRONMENT_BUDGET__MONTHLY_BUDGET:
				return MONTHLY_BUDGET_EDEFAULT == null ? monthlyBudget != null : !MONTHLY_BUDGET_EDEFAULT.equals(monthlyBudget);
			case SolutionPackage.ENVIRONMENT_BUDGET__ALERT_AT_FRACTION:
				return alertAtFraction != ALERT_AT_FRACTION_EDEFAULT;
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
		result.append(" (monthlyBudget: ");
		result.append(monthlyBudget);
		result.append(", alertAtFraction: ");
		result.append(alertAtFraction);
		result.append(')');
		return result.toString();
	}

} //EnvironmentBudgetImpl
