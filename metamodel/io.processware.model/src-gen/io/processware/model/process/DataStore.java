/**
 */
package io.processware.model.process;

import io.processware.model.domain.Entity;

import io.processware.model.solution.LegacySystem;
import io.processware.model.solution.NamedElement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Store</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.DataStore#getEntities <em>Entities</em>}</li>
 *   <li>{@link io.processware.model.process.DataStore#getLegacySystem <em>Legacy System</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getDataStore()
 * @generated
 */
public interface DataStore extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Entities</b></em>' reference list.
	 * The list contents are of type {@link io.processware.model.domain.Entity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entities</em>' reference list.
	 * @see io.processware.model.process.ProcessPackage#getDataStore_Entities()
	 * @generated
	 */
	EList<Entity> getEntities();

	/**
	 * Returns the value of the '<em><b>Legacy System</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legacy System</em>' reference.
	 * @see #setLegacySystem(LegacySystem)
	 * @see io.processware.model.process.ProcessPackage#getDataStore_LegacySystem()
	 * @generated
	 */
	LegacySystem getLegacySystem();

	/**
	 * Sets the value of the '{@link io.processware.model.process.DataStore#getLegacySystem <em>Legacy System</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legacy System</em>' reference.
	 * @see #getLegacySystem()
	 * @generated
	 */
	void setLegacySystem(LegacySystem value);

} // DataStore
