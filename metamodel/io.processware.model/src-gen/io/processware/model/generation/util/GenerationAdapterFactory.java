/**
 */
package io.processware.model.generation.util;

import io.processware.model.generation.*;

import io.processware.model.solution.ModelElement;
import io.processware.model.solution.NamedElement;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.processware.model.generation.GenerationPackage
 * @generated
 */
public class GenerationAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static GenerationPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GenerationAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = GenerationPackage.eINSTANCE;
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
	protected GenerationSwitch<Adapter> modelSwitch =
		new GenerationSwitch<Adapter>()
		{
			@Override
			public Adapter caseGenerationRun(GenerationRun object)
			{
				return createGenerationRunAdapter();
			}
			@Override
			public Adapter caseTemplateSetVersion(TemplateSetVersion object)
			{
				return createTemplateSetVersionAdapter();
			}
			@Override
			public Adapter caseGenerationPhase(GenerationPhase object)
			{
				return createGenerationPhaseAdapter();
			}
			@Override
			public Adapter caseGeneratedArtefact(GeneratedArtefact object)
			{
				return createGeneratedArtefactAdapter();
			}
			@Override
			public Adapter caseAssemblyQueue(AssemblyQueue object)
			{
				return createAssemblyQueueAdapter();
			}
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
	 * Creates a new adapter for an object of class '{@link io.processware.model.generation.GenerationRun <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.generation.GenerationRun
	 * @generated
	 */
	public Adapter createGenerationRunAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.generation.TemplateSetVersion <em>Template Set Version</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.generation.TemplateSetVersion
	 * @generated
	 */
	public Adapter createTemplateSetVersionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.generation.GenerationPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.generation.GenerationPhase
	 * @generated
	 */
	public Adapter createGenerationPhaseAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.generation.GeneratedArtefact <em>Generated Artefact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.generation.GeneratedArtefact
	 * @generated
	 */
	public Adapter createGeneratedArtefactAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.generation.AssemblyQueue <em>Assembly Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.generation.AssemblyQueue
	 * @generated
	 */
	public Adapter createAssemblyQueueAdapter()
	{
		return null;
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

} //GenerationAdapterFactory
