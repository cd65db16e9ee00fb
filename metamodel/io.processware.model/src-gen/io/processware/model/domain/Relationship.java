/**
 */
package io.processware.model.domain;

import io.processware.model.solution.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.domain.Relationship#getTarget <em>Target</em>}</li>
 *   <li>{@link io.processware.model.domain.Relationship#getCardinality <em>Cardinality</em>}</li>
 *   <li>{@link io.processware.model.domain.Relationship#isComposition <em>Composition</em>}</li>
 * </ul>
 *
 * @see io.processware.model.domain.DomainPackage#getRelationship()
 * @generated
 */
public interface Relationship extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Entity)
	 * @see io.processware.model.domain.DomainPackage#getRelationship_Target()
	 * @generated
	 */
	Entity getTarget();

	/**
	 * Sets the value of the '{@link io.processware.model.domain.Relationship#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Entity value);

	/**
	 * Returns the value of the '<em><b>Cardinality</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.domain.Cardinality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cardinality</em>' attribute.
	 * @see io.processware.model.domain.Cardinality
	 * @see #setCardinality(Cardinality)
	 * @see io.processware.model.domain.DomainPackage#getRelationship_Cardinality()
	 * @generated
	 */
	Cardinality getCardinality();

	/**
	 * Sets the value of the '{@link io.processware.model.domain.Relationship#getCardinality <em>Cardinality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cardinality</em>' attribute.
	 * @see io.processware.model.domain.Cardinality
	 * @see #getCardinality()
	 * @generated
	 */
	void setCardinality(Cardinality value);

	/**
	 * Returns the value of the '<em><b>Composition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Composition</em>' attribute.
	 * @see #setComposition(boolean)
	 * @see io.processware.model.domain.DomainPackage#getRelationship_Composition()
	 * @generated
	 */
	boolean isComposition();

	/**
	 * Sets the value of the '{@link io.processware.model.domain.Relationship#isComposition <em>Composition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Composition</em>' attribute.
	 * @see #isComposition()
	 * @generated
	 */
	void setComposition(boolean value);

} // Relationship
