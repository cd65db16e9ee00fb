/**
 */
package io.processware.model.domain;

import io.processware.model.solution.NamedElement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.domain.Domain#getEntities <em>Entities</em>}</li>
 *   <li>{@link io.processware.model.domain.Domain#getEnumerations <em>Enumerations</em>}</li>
 * </ul>
 *
 * @see io.processware.model.domain.DomainPackage#getDomain()
 * @generated
 */
public interface Domain extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Entities</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.domain.Entity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entities</em>' containment reference list.
	 * @see io.processware.model.domain.DomainPackage#getDomain_Entities()
	 * @generated
	 */
	EList<Entity> getEntities();

	/**
	 * Returns the value of the '<em><b>Enumerations</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.domain.Enumeration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enumerations</em>' containment reference list.
	 * @see io.processware.model.domain.DomainPackage#getDomain_Enumerations()
	 * @generated
	 */
	EList<Enumeration> getEnumerations();

} // Domain
