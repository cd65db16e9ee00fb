/**
 */
package io.processware.model.solution;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything in a solution model. Its id is stable (never derived again once set), unique in the solution, without spaces, and is what references in the file use.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.ModelElement#getId <em>Id</em>}</li>
 *   <li>{@link io.processware.model.solution.ModelElement#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getModelElement()
 * @generated
 */
public interface ModelElement extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.processware.model.solution.SolutionPackage#getModelElement_Id()
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.ModelElement#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.processware.model.solution.SolutionPackage#getModelElement_Description()
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.ModelElement#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // ModelElement
