/**
 */
package io.processware.model.solution;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Security Requirements</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.SecurityRequirements#getIdentityProvider <em>Identity Provider</em>}</li>
 *   <li>{@link io.processware.model.solution.SecurityRequirements#getRoles <em>Roles</em>}</li>
 *   <li>{@link io.processware.model.solution.SecurityRequirements#getPermissions <em>Permissions</em>}</li>
 *   <li>{@link io.processware.model.solution.SecurityRequirements#isEncryptionAtRestRequired <em>Encryption At Rest Required</em>}</li>
 *   <li>{@link io.processware.model.solution.SecurityRequirements#isEncryptionInTransitRequired <em>Encryption In Transit Required</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getSecurityRequirements()
 * @generated
 */
public interface SecurityRequirements extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Identity Provider</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identity Provider</em>' containment reference.
	 * @see #setIdentityProvider(IdentityProvider)
	 * @see io.processware.model.solution.SolutionPackage#getSecurityRequirements_IdentityProvider()
	 * @generated
	 */
	IdentityProvider getIdentityProvider();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.SecurityRequirements#getIdentityProvider <em>Identity Provider</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity Provider</em>' containment reference.
	 * @see #getIdentityProvider()
	 * @generated
	 */
	void setIdentityProvider(IdentityProvider value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.solution.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getSecurityRequirements_Roles()
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Permissions</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.solution.Permission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Permissions</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getSecurityRequirements_Permissions()
	 * @generated
	 */
	EList<Permission> getPermissions();

	/**
	 * Returns the value of the '<em><b>Encryption At Rest Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encryption At Rest Required</em>' attribute.
	 * @see #setEncryptionAtRestRequired(boolean)
	 * @see io.processware.model.solution.SolutionPackage#getSecurityRequirements_EncryptionAtRestRequired()
	 * @generated
	 */
	boolean isEncryptionAtRestRequired();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.SecurityRequirements#isEncryptionAtRestRequired <em>Encryption At Rest Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encryption At Rest Required</em>' attribute.
	 * @see #isEncryptionAtRestRequired()
	 * @generated
	 */
	void setEncryptionAtRestRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Encryption In Transit Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encryption In Transit Required</em>' attribute.
	 * @see #setEncryptionInTransitRequired(boolean)
	 * @see io.processware.model.solution.SolutionPackage#getSecurityRequirements_EncryptionInTransitRequired()
	 * @generated
	 */
	boolean isEncryptionInTransitRequired();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.SecurityRequirements#isEncryptionInTransitRequired <em>Encryption In Transit Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encryption In Transit Required</em>' attribute.
	 * @see #isEncryptionInTransitRequired()
	 * @generated
	 */
	void setEncryptionInTransitRequired(boolean value);

} // SecurityRequirements
