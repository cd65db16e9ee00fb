/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.Event#getDefinition <em>Definition</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getEvent()
 * @generated
 */
public interface Event extends FlowNode
{
	/**
	 * Returns the value of the '<em><b>Definition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' containment reference.
	 * @see #setDefinition(EventDefinition)
	 * @see io.processware.model.process.ProcessPackage#getEvent_Definition()
	 * @generated
	 */
	EventDefinition getDefinition();

	/**
	 * Sets the value of the '{@link io.processware.model.process.Event#getDefinition <em>Definition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' containment reference.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(EventDefinition value);

} // Event
