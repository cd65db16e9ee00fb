/**
 */
package io.processware.model.solution;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.processware.model.solution.SolutionPackage#getRole()
 * @generated
 */
public interface Role extends NamedElement
{
} // Role
