/**
 */
package io.processware.model.solution.impl;

import io.processware.model.solution.EnvironmentBudget;
import io.processware.model.solution.FinOpsSettings;
import io.processware.model.solution.SolutionPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fin Ops Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.impl.FinOpsSettingsImpl#getCostCentre <em>Cost Centre</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.FinOpsSettingsImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.FinOpsSettingsImpl#getMandatoryTags <em>Mandatory Tags</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.FinOpsSettingsImpl#getBudgets <em>Budgets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FinOpsSettingsImpl extends ModelElementImpl implements FinOpsSettings
{
	/**
	 * The default value of the '{@link #getCostCentre() <em>Cost Centre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostCentre()
	 * @generated
	 * @ordered
	 */
	protected static final String COST_CENTRE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCostCentre() <em>Cost Centre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostCentre()
	 * @generated
	 * @ordered
	 */
	protected String costCentre = COST_CENTRE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMandatoryTags() <em>Mandatory Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandatoryTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> mandatoryTags;

	/**
	 * The cached value of the '{@link #getBudgets() <em>Budgets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgets()
	 * @generated
	 * @ordered
	 */
	protected EList<EnvironmentBudget> budgets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FinOpsSettingsImpl()
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
		return SolutionPackage.Literals.FIN_OPS_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCostCentre()
	{
		return costCentre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostCentre(String newCostCentre)
	{
		String oldCostCentre = costCentre;
		costCentre = newCostCentre;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.FIN_OPS_SETTINGS__COST_CENTRE, oldCostCentre, costCentre));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency()
	{
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency)
	{
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.FIN_OPS_SETTINGS__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMandatoryTags()
	{
		if (mandatoryTags == null)
		{
			mandatoryTags = new EDataTypeUniqueEList<String>(String.class, this, SolutionPackage.FIN_OPS_SETTINGS__MANDATORY_TAGS);
		}
		return mandatoryTags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EnvironmentBudget> getBudgets()
	{
		if (budgets == null)
		{
			budgets = new EObjectContainmentEList<EnvironmentBudget>(EnvironmentBudget.class, this, SolutionPackage.FIN_OPS_SETTINGS__BUDGETS);
		}
		return budgets;
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
			case SolutionPackage.FIN_OPS_SETTINGS__BUDGETS:
				return ((InternalEList<?>)getBudgets()).basicRemove(otherEnd, msgs);
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
			case SolutionPackage.FIN_OPS_SETTINGS__COST_CENTRE:
				return getCostCentre();
			case SolutionPackage.FIN_OPS_SETTINGS__CURRENCY:
				return getCurrency();
			case SolutionPackage.FIN_OPS_SETTINGS__MANDATORY_TAGS:
				return getMandatoryTags();
			case SolutionPackage.FIN_OPS_SETTINGS__BUDGETS:
				return getBudgets();
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
			case SolutionPackage.FIN_OPS_SETTINGS__COST_CENTRE:
				setCostCentre((String)newValue);
				return;
			case SolutionPackage.FIN_OPS_SETTINGS__CURRENCY:
				setCurrency((String)newValue);
				return;
			case SolutionPackage.FIN_OPS_SETTINGS__MANDATORY_TAGS:
				getMandatoryTags().clear();
				getMandatoryTags().addAll((Collection<? extends String>)newValue);
				return;
			case SolutionPackage.FIN_OPS_SETTINGS__BUDGETS:
				getBudgets().clear();
				getBudgets().addAll((Collection<? extends EnvironmentBudget>)newValue);
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
			case SolutionPackage.FIN_OPS_SETTINGS__COST_CENTRE:
				setCostCentre(COST_CENTRE_EDEFAULT);
				return;
			case SolutionPackage.FIN_OPS_SETTINGS__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case SolutionPackage.FIN_OPS_SETTINGS__MANDATORY_TAGS:
				getMandatoryTags().clear();
				return;
			case SolutionPackage.FIN_OPS_SETTINGS__BUDGETS:
				getBudgets().clear();
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
			case SolutionPackage.FIN_OPS_SETTINGS__COST_CENTRE:
				return COST_CENTRE_EDEFAULT == null ? costCentre != null : !COST_CENTRE_EDEFAULT.equals(costCentre);
			case SolutionPackage.FIN_OPS_SETTINGS__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case SolutionPackage.FIN_OPS_SETTINGS__MANDATORY_TAGS:
				return mandatoryTags != null && !mandatoryTags.isEmpty();
			case SolutionPackage.FIN_OPS_SETTINGS__BUDGETS:
				return budgets != null && !budgets.isEmpty();
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
		result.append(" (costCentre: ");
		result.append(costCentre);
		result.append(", currency: ");
		result.append(currency);
		result.append(", mandatoryTags: ");
		result.append(mandatoryTags);
		result.append(')');
		return result.toString();
	}

} //FinOpsSettingsImpl
