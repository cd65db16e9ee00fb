/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Boundary Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.BoundaryEvent#getAttachedTo <em>Attached To</em>}</li>
 *   <li>{@link io.processware.model.process.BoundaryEvent#isInterrupting <em>Interrupting</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getBoundaryEvent()
 * @generated
 */
public interface BoundaryEvent extends Event
{
	/**
	 * Returns the value of the '<em><b>Attached To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attached To</em>' reference.
	 * @see #setAttachedTo(Activity)
	 * @see io.processware.model.process.ProcessPackage#getBoundaryEvent_AttachedTo()
	 * @generated
	 */
	Activity getAttachedTo();

	/**
	 * Sets the value of the '{@link io.processware.model.process.BoundaryEvent#getAttachedTo <em>Attached To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attached To</em>' reference.
	 * @see #getAttachedTo()
	 * @generated
	 */
	void setAttachedTo(Activity value);

	/**
	 * Returns the value of the '<em><b>Interrupting</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interrupting</em>' attribute.
	 * @see #setInterrupting(boolean)
	 * @see io.processware.model.process.ProcessPackage#getBoundaryEvent_Interrupting()
	 * @generated
	 */
	boolean isInterrupting();

	/**
	 * Sets the value of the '{@link io.processware.model.process.BoundaryEvent#isInterrupting <em>Interrupting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interrupting</em>' attribute.
	 * @see #isInterrupting()
	 * @generated
	 */
	void setInterrupting(boolean value);

} // BoundaryEvent
