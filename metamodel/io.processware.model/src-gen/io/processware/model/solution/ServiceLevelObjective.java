/**
 */
package io.processware.model.solution;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Level Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.ServiceLevelObjective#getProcess <em>Process</em>}</li>
 *   <li>{@link io.processware.model.solution.ServiceLevelObjective#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link io.processware.model.solution.ServiceLevelObjective#getAvailability <em>Availability</em>}</li>
 *   <li>{@link io.processware.model.solution.ServiceLevelObjective#getLatencyP95Millis <em>Latency P95 Millis</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getServiceLevelObjective()
 * @generated
 */
public interface ServiceLevelObjective extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Process</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process the objective applies to; none means the whole solution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Process</em>' reference.
	 * @see #setProcess(io.processware.model.process.Process)
	 * @see io.processware.model.solution.SolutionPackage#getServiceLevelObjective_Process()
	 * @generated
	 */
	io.processware.model.process.Process getProcess();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.ServiceLevelObjective#getProcess <em>Process</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process</em>' reference.
	 * @see #getProcess()
	 * @generated
	 */
	void setProcess(io.processware.model.process.Process value);

	/**
	 * Returns the value of the '<em><b>Environment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Environment</em>' reference.
	 * @see #setEnvironment(Environment)
	 * @see io.processware.model.solution.SolutionPackage#getServiceLevelObjective_Environment()
	 * @generated
	 */
	Environment getEnvironment();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.ServiceLevelObjective#getEnvironment <em>Environment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Environment</em>' reference.
	 * @see #getEnvironment()
	 * @generated
	 */
	void setEnvironment(Environment value);

	/**
	 * Returns the value of the '<em><b>Availability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Availability</em>' attribute.
	 * @see #setAvailability(double)
	 * @see io.processware.model.solution.SolutionPackage#getServiceLevelObjective_Availability()
	 * @generated
	 */
	double getAvailability();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.ServiceLevelObjective#getAvailability <em>Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Availability</em>' attribute.
	 * @see #getAvailability()
	 * @generated
	 */
	void setAvailability(double value);

	/**
	 * Returns the value of the '<em><b>Latency P95 Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Latency P95 Millis</em>' attribute.
	 * @see #setLatencyP95Millis(int)
	 * @see io.processware.model.solution.SolutionPackage#getServiceLevelObjective_LatencyP95Millis()
	 * @generated
	 */
	int getLatencyP95Millis();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.ServiceLevelObjective#getLatencyP95Millis <em>Latency P95 Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latency P95 Millis</em>' attribute.
	 * @see #getLatencyP95Millis()
	 * @generated
	 */
	void setLatencyP95Millis(int value);

} // ServiceLevelObjective
