/**
 */
package io.processware.model.solution.util;

import io.processware.model.solution.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.processware.model.solution.SolutionPackage
 * @generated
 */
public class SolutionAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SolutionPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SolutionAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = SolutionPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SolutionSwitch<Adapter> modelSwitch =
		new SolutionSwitch<Adapter>()
		{
			@Override
			public Adapter caseModelElement(ModelElement object)
			{
				return createModelElementAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object)
			{
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseSolution(Solution object)
			{
				return createSolutionAdapter();
			}
			@Override
			public Adapter caseRuleSet(RuleSet object)
			{
				return createRuleSetAdapter();
			}
			@Override
			public Adapter caseLegacySystem(LegacySystem object)
			{
				return createLegacySystemAdapter();
			}
			@Override
			public Adapter caseEnvironment(Environment object)
			{
				return createEnvironmentAdapter();
			}
			@Override
			public Adapter caseServiceLevelObjective(ServiceLevelObjective object)
			{
				return createServiceLevelObjectiveAdapter();
			}
			@Override
			public Adapter caseFinOpsSettings(FinOpsSettings object)
			{
				return createFinOpsSettingsAdapter();
			}
			@Override
			public Adapter caseEnvironmentBudget(EnvironmentBudget object)
			{
				return createEnvironmentBudgetAdapter();
			}
			@Override
			public Adapter caseSecurityRequirements(SecurityRequirements object)
			{
				return createSecurityRequirementsAdapter();
			}
			@Override
			public Adapter caseIdentityProvider(IdentityProvider object)
			{
				return createIdentityProviderAdapter();
			}
			@Override
			public Adapter caseRole(Role object)
			{
				return createRoleAdapter();
			}
			@Override
			public Adapter casePermission(Permission object)
			{
				return createPermissionAdapter();
			}
			@Override
			public Adapter caseQualityGate(QualityGate object)
			{
				return createQualityGateAdapter();
			}
			@Override
			public Adapter caseQualityCriterion(QualityCriterion object)
			{
				return createQualityCriterionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.ModelElement
	 * @generated
	 */
	public Adapter createModelElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.Solution <em>Solution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.Solution
	 * @generated
	 */
	public Adapter createSolutionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.RuleSet <em>Rule Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.RuleSet
	 * @generated
	 */
	public Adapter createRuleSetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.LegacySystem <em>Legacy System</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.LegacySystem
	 * @generated
	 */
	public Adapter createLegacySystemAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.Environment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.Environment
	 * @generated
	 */
	public Adapter createEnvironmentAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.ServiceLevelObjective <em>Service Level Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.ServiceLevelObjective
	 * @generated
	 */
	public Adapter createServiceLevelObjectiveAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.FinOpsSettings <em>Fin Ops Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.FinOpsSettings
	 * @generated
	 */
	public Adapter createFinOpsSettingsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.EnvironmentBudget <em>Environment Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.EnvironmentBudget
	 * @generated
	 */
	public Adapter createEnvironmentBudgetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.SecurityRequirements <em>Security Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.SecurityRequirements
	 * @generated
	 */
	public Adapter createSecurityRequirementsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.IdentityProvider <em>Identity Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.IdentityProvider
	 * @generated
	 */
	public Adapter createIdentityProviderAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.Role
	 * @generated
	 */
	public Adapter createRoleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.Permission <em>Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.Permission
	 * @generated
	 */
	public Adapter createPermissionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.QualityGate <em>Quality Gate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.QualityGate
	 * @generated
	 */
	public Adapter createQualityGateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.QualityCriterion <em>Quality Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.QualityCriterion
	 * @generated
	 */
	public Adapter createQualityCriterionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //SolutionAdapterFactory
