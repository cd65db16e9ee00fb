/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Timer Event Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.TimerEventDefinition#getTimer <em>Timer</em>}</li>
 *   <li>{@link io.processware.model.process.TimerEventDefinition#getExpression <em>Expression</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getTimerEventDefinition()
 * @generated
 */
public interface TimerEventDefinition extends EventDefinition
{
	/**
	 * Returns the value of the '<em><b>Timer</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.process.TimerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timer</em>' attribute.
	 * @see io.processware.model.process.TimerKind
	 * @see #setTimer(TimerKind)
	 * @see io.processware.model.process.ProcessPackage#getTimerEventDefinition_Timer()
	 * @generated
	 */
	TimerKind getTimer();

	/**
	 * Sets the value of the '{@link io.processware.model.process.TimerEventDefinition#getTimer <em>Timer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timer</em>' attribute.
	 * @see io.processware.model.process.TimerKind
	 * @see #getTimer()
	 * @generated
	 */
	void setTimer(TimerKind value);

	/**
	 * Returns the value of the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An ISO 8601 date, duration (P5D) or repeating interval (R/P1D).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expression</em>' attribute.
	 * @see #setExpression(String)
	 * @see io.processware.model.process.ProcessPackage#getTimerEventDefinition_Expression()
	 * @generated
	 */
	String getExpression();

	/**
	 * Sets the value of the '{@link io.processware.model.process.TimerEventDefinition#getExpression <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expression</em>' attribute.
	 * @see #getExpression()
	 * @generated
	 */
	void setExpression(String value);

} // TimerEventDefinition
