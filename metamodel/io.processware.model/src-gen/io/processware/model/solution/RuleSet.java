/**
 */
package io.processware.model.solution;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of business rules written in the rules language, kept in a .rules file of the solution folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.RuleSet#getPath <em>Path</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getRuleSet()
 * @generated
 */
public interface RuleSet extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The .rules file, relative to the solution model's folder, with forward slashes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.processware.model.solution.SolutionPackage#getRuleSet_Path()
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.RuleSet#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

} // RuleSet
