/**
 */
package io.processware.model.generation.impl;

import io.processware.model.generation.*;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GenerationFactoryImpl extends EFactoryImpl implements GenerationFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static GenerationFactory init()
	{
		try
		{
			GenerationFactory theGenerationFactory = (GenerationFactory)EPackage.Registry.INSTANCE.getEFactory(GenerationPackage.eNS_URI);
			if (theGenerationFactory != null)
			{
				return theGenerationFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new GenerationFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GenerationFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case GenerationPackage.GENERATION_RUN: return createGenerationRun();
			case GenerationPackage.TEMPLATE_SET_VERSION: return createTemplateSetVersion();
			case GenerationPackage.GENERATION_PHASE: return createGenerationPhase();
			case GenerationPackage.GENERATED_ARTEFACT: return createGeneratedArtefact();
			case GenerationPackage.ASSEMBLY_QUEUE: return createAssemblyQueue();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case GenerationPackage.RUN_STATUS:
				return createRunStatusFromString(eDataType, initialValue);
			case GenerationPackage.PHASE_KIND:
				return createPhaseKindFromString(eDataType, initialValue);
			case GenerationPackage.PHASE_STATUS:
				return createPhaseStatusFromString(eDataType, initialValue);
			case GenerationPackage.ARTEFACT_KIND:
				return createArtefactKindFromString(eDataType, initialValue);
			case GenerationPackage.ASSEMBLY_QUEUE_KIND:
				return createAssemblyQueueKindFromString(eDataType, initialValue);
			case GenerationPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case GenerationPackage.RUN_STATUS:
				return convertRunStatusToString(eDataType, instanceValue);
			case GenerationPackage.PHASE_KIND:
				return convertPhaseKindToString(eDataType, instanceValue);
			case GenerationPackage.PHASE_STATUS:
				return convertPhaseStatusToString(eDataType, instanceValue);
			case GenerationPackage.ARTEFACT_KIND:
				return convertArtefactKindToString(eDataType, instanceValue);
			case GenerationPackage.ASSEMBLY_QUEUE_KIND:
				return convertAssemblyQueueKindToString(eDataType, instanceValue);
			case GenerationPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GenerationRun createGenerationRun()
	{
		GenerationRunImpl generationRun = new GenerationRunImpl();
		return generationRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TemplateSetVersion createTemplateSetVersion()
	{
		TemplateSetVersionImpl templateSetVersion = new TemplateSetVersionImpl();
		return templateSetVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GenerationPhase createGenerationPhase()
	{
		GenerationPhaseImpl generationPhase = new GenerationPhaseImpl();
		return generationPhase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GeneratedArtefact createGeneratedArtefact()
	{
		GeneratedArtefactImpl generatedArtefact = new GeneratedArtefactImpl();
		return generatedArtefact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssemblyQueue createAssemblyQueue()
	{
		AssemblyQueueImpl assemblyQueue = new AssemblyQueueImpl();
		return assemblyQueue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunStatus createRunStatusFromString(EDataType eDataType, String initialValue)
	{
		RunStatus result = RunStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRunStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhaseKind createPhaseKindFromString(EDataType eDataType, String initialValue)
	{
		PhaseKind result = PhaseKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPhaseKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhaseStatus createPhaseStatusFromString(EDataType eDataType, String initialValue)
	{
		PhaseStatus result = PhaseStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPhaseStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArtefactKind createArtefactKindFromString(EDataType eDataType, String initialValue)
	{
		ArtefactKind result = ArtefactKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArtefactKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssemblyQueueKind createAssemblyQueueKindFromString(EDataType eDataType, String initialValue)
	{
		AssemblyQueueKind result = AssemblyQueueKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssemblyQueueKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it)
	{
		return it == null ? null : java.time.Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue)
	{
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it)
	{
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue)
	{
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GenerationPackage getGenerationPackage()
	{
		return (GenerationPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static GenerationPackage getPackage()
	{
		return GenerationPackage.eINSTANCE;
	}

} //GenerationFactoryImpl
