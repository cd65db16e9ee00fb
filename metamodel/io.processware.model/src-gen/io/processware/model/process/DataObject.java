/**
 */
package io.processware.model.process;

import io.processware.model.domain.Entity;

import io.processware.model.solution.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Object</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.DataObject#getEntity <em>Entity</em>}</li>
 *   <li>{@link io.processware.model.process.DataObject#isCollection <em>Collection</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getDataObject()
 * @generated
 */
public interface DataObject extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity</em>' reference.
	 * @see #setEntity(Entity)
	 * @see io.processware.model.process.ProcessPackage#getDataObject_Entity()
	 * @generated
	 */
	Entity getEntity();

	/**
	 * Sets the value of the '{@link io.processware.model.process.DataObject#getEntity <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity</em>' reference.
	 * @see #getEntity()
	 * @generated
	 */
	void setEntity(Entity value);

	/**
	 * Returns the value of the '<em><b>Collection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collection</em>' attribute.
	 * @see #setCollection(boolean)
	 * @see io.processware.model.process.ProcessPackage#getDataObject_Collection()
	 * @generated
	 */
	boolean isCollection();

	/**
	 * Sets the value of the '{@link io.processware.model.process.DataObject#isCollection <em>Collection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collection</em>' attribute.
	 * @see #isCollection()
	 * @generated
	 */
	void setCollection(boolean value);

} // DataObject
