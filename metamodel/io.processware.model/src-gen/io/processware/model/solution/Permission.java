/**
 */
package io.processware.model.solution;

import io.processware.model.domain.Entity;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Permission</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.Permission#getRole <em>Role</em>}</li>
 *   <li>{@link io.processware.model.solution.Permission#getProcess <em>Process</em>}</li>
 *   <li>{@link io.processware.model.solution.Permission#getEntity <em>Entity</em>}</li>
 *   <li>{@link io.processware.model.solution.Permission#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getPermission()
 * @generated
 */
public interface Permission extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' reference.
	 * @see #setRole(Role)
	 * @see io.processware.model.solution.SolutionPackage#getPermission_Role()
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Permission#getRole <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

	/**
	 * Returns the value of the '<em><b>Process</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process</em>' reference.
	 * @see #setProcess(io.processware.model.process.Process)
	 * @see io.processware.model.solution.SolutionPackage#getPermission_Process()
	 * @generated
	 */
	io.processware.model.process.Process getProcess();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Permission#getProcess <em>Process</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process</em>' reference.
	 * @see #getProcess()
	 * @generated
	 */
	void setProcess(io.processware.model.process.Process value);

	/**
	 * Returns the value of the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity</em>' reference.
	 * @see #setEntity(Entity)
	 * @see io.processware.model.solution.SolutionPackage#getPermission_Entity()
	 * @generated
	 */
	Entity getEntity();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Permission#getEntity <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity</em>' reference.
	 * @see #getEntity()
	 * @generated
	 */
	void setEntity(Entity value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' attribute list.
	 * The list contents are of type {@link io.processware.model.solution.PermissionAction}.
	 * The literals are from the enumeration {@link io.processware.model.solution.PermissionAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' attribute list.
	 * @see io.processware.model.solution.PermissionAction
	 * @see io.processware.model.solution.SolutionPackage#getPermission_Actions()
	 * @generated
	 */
	EList<PermissionAction> getActions();

} // Permission
