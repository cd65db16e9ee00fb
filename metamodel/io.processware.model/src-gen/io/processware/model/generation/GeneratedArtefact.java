/**
 */
package io.processware.model.generation;

import io.processware.model.solution.ModelElement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Generated Artefact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.generation.GeneratedArtefact#getPath <em>Path</em>}</li>
 *   <li>{@link io.processware.model.generation.GeneratedArtefact#getKind <em>Kind</em>}</li>
 *   <li>{@link io.processware.model.generation.GeneratedArtefact#getGenerator <em>Generator</em>}</li>
 *   <li>{@link io.processware.model.generation.GeneratedArtefact#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link io.processware.model.generation.GeneratedArtefact#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @see io.processware.model.generation.GenerationPackage#getGeneratedArtefact()
 * @generated
 */
public interface GeneratedArtefact extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.processware.model.generation.GenerationPackage#getGeneratedArtefact_Path()
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GeneratedArtefact#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.generation.ArtefactKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.processware.model.generation.ArtefactKind
	 * @see #setKind(ArtefactKind)
	 * @see io.processware.model.generation.GenerationPackage#getGeneratedArtefact_Kind()
	 * @generated
	 */
	ArtefactKind getKind();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GeneratedArtefact#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.processware.model.generation.ArtefactKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ArtefactKind value);

	/**
	 * Returns the value of the '<em><b>Generator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Generator</em>' attribute.
	 * @see #setGenerator(String)
	 * @see io.processware.model.generation.GenerationPackage#getGeneratedArtefact_Generator()
	 * @generated
	 */
	String getGenerator();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GeneratedArtefact#getGenerator <em>Generator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generator</em>' attribute.
	 * @see #getGenerator()
	 * @generated
	 */
	void setGenerator(String value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see io.processware.model.generation.GenerationPackage#getGeneratedArtefact_ContentHash()
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.GeneratedArtefact#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' reference list.
	 * The list contents are of type {@link io.processware.model.solution.ModelElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model elements the artefact was generated from (its trace).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' reference list.
	 * @see io.processware.model.generation.GenerationPackage#getGeneratedArtefact_Sources()
	 * @generated
	 */
	EList<ModelElement> getSources();

} // GeneratedArtefact
