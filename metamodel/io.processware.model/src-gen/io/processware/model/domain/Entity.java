/**
 */
package io.processware.model.domain;

import io.processware.model.solution.NamedElement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.domain.Entity#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link io.processware.model.domain.Entity#getRelationships <em>Relationships</em>}</li>
 * </ul>
 *
 * @see io.processware.model.domain.DomainPackage#getEntity()
 * @generated
 */
public interface Entity extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.domain.Attribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see io.processware.model.domain.DomainPackage#getEntity_Attributes()
	 * @generated
	 */
	EList<Attribute> getAttributes();

	/**
	 * Returns the value of the '<em><b>Relationships</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.domain.Relationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationships</em>' containment reference list.
	 * @see io.processware.model.domain.DomainPackage#getEntity_Relationships()
	 * @generated
	 */
	EList<Relationship> getRelationships();

} // Entity
