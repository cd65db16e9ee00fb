/**
 */
package io.processware.model.generation;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.processware.model.generation.GenerationPackage
 * @generated
 */
public interface GenerationFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GenerationFactory eINSTANCE = io.processware.model.generation.impl.GenerationFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Run</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run</em>'.
	 * @generated
	 */
	GenerationRun createGenerationRun();

	/**
	 * Returns a new object of class '<em>Template Set Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Template Set Version</em>'.
	 * @generated
	 */
	TemplateSetVersion createTemplateSetVersion();

	/**
	 * Returns a new object of class '<em>Phase</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Phase</em>'.
	 * @generated
	 */
	GenerationPhase createGenerationPhase();

	/**
	 * Returns a new object of class '<em>Generated Artefact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Generated Artefact</em>'.
	 * @generated
	 */
	GeneratedArtefact createGeneratedArtefact();

	/**
	 * Returns a new object of class '<em>Assembly Queue</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assembly Queue</em>'.
	 * @generated
	 */
	AssemblyQueue createAssemblyQueue();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	GenerationPackage getGenerationPackage();

} //GenerationFactory
