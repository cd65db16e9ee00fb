/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Intermediate Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.IntermediateEvent#isCatching <em>Catching</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getIntermediateEvent()
 * @generated
 */
public interface IntermediateEvent extends Event
{
	/**
	 * Returns the value of the '<em><b>Catching</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Catching</em>' attribute.
	 * @see #setCatching(boolean)
	 * @see io.processware.model.process.ProcessPackage#getIntermediateEvent_Catching()
	 * @generated
	 */
	boolean isCatching();

	/**
	 * Sets the value of the '{@link io.processware.model.process.IntermediateEvent#isCatching <em>Catching</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catching</em>' attribute.
	 * @see #isCatching()
	 * @generated
	 */
	void setCatching(boolean value);

} // IntermediateEvent
