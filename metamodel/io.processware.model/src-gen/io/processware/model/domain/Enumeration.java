/**
 */
package io.processware.model.domain;

import io.processware.model.solution.NamedElement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enumeration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.domain.Enumeration#getLiterals <em>Literals</em>}</li>
 * </ul>
 *
 * @see io.processware.model.domain.DomainPackage#getEnumeration()
 * @generated
 */
public interface Enumeration extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Literals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Literals</em>' attribute list.
	 * @see io.processware.model.domain.DomainPackage#getEnumeration_Literals()
	 * @generated
	 */
	EList<String> getLiterals();

} // Enumeration
