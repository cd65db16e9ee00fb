/**
 */
package io.processware.model.solution;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Identity Provider</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.IdentityProvider#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.processware.model.solution.IdentityProvider#getIssuer <em>Issuer</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getIdentityProvider()
 * @generated
 */
public interface IdentityProvider extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.solution.IdentityProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see io.processware.model.solution.IdentityProtocol
	 * @see #setProtocol(IdentityProtocol)
	 * @see io.processware.model.solution.SolutionPackage#getIdentityProvider_Protocol()
	 * @generated
	 */
	IdentityProtocol getProtocol();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.IdentityProvider#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see io.processware.model.solution.IdentityProtocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(IdentityProtocol value);

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuer</em>' attribute.
	 * @see #setIssuer(String)
	 * @see io.processware.model.solution.SolutionPackage#getIdentityProvider_Issuer()
	 * @generated
	 */
	String getIssuer();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.IdentityProvider#getIssuer <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' attribute.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(String value);

} // IdentityProvider
