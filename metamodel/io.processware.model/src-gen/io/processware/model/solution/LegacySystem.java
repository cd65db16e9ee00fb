/**
 */
package io.processware.model.solution;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Legacy System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.LegacySystem#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.processware.model.solution.LegacySystem#getEndpointKind <em>Endpoint Kind</em>}</li>
 *   <li>{@link io.processware.model.solution.LegacySystem#getEndpoint <em>Endpoint</em>}</li>
 *   <li>{@link io.processware.model.solution.LegacySystem#getSlaAvailability <em>Sla Availability</em>}</li>
 *   <li>{@link io.processware.model.solution.LegacySystem#getSlaResponseTimeMillis <em>Sla Response Time Millis</em>}</li>
 *   <li>{@link io.processware.model.solution.LegacySystem#getMaxCallsPerMinute <em>Max Calls Per Minute</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getLegacySystem()
 * @generated
 */
public interface LegacySystem extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.solution.IntegrationProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see io.processware.model.solution.IntegrationProtocol
	 * @see #setProtocol(IntegrationProtocol)
	 * @see io.processware.model.solution.SolutionPackage#getLegacySystem_Protocol()
	 * @generated
	 */
	IntegrationProtocol getProtocol();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.LegacySystem#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see io.processware.model.solution.IntegrationProtocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(IntegrationProtocol value);

	/**
	 * Returns the value of the '<em><b>Endpoint Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.solution.EndpointKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoint Kind</em>' attribute.
	 * @see io.processware.model.solution.EndpointKind
	 * @see #setEndpointKind(EndpointKind)
	 * @see io.processware.model.solution.SolutionPackage#getLegacySystem_EndpointKind()
	 * @generated
	 */
	EndpointKind getEndpointKind();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.LegacySystem#getEndpointKind <em>Endpoint Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endpoint Kind</em>' attribute.
	 * @see io.processware.model.solution.EndpointKind
	 * @see #getEndpointKind()
	 * @generated
	 */
	void setEndpointKind(EndpointKind value);

	/**
	 * Returns the value of the '<em><b>Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the system is reached: a URL, a WSDL, a JDBC URL, a folder or a queue name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Endpoint</em>' attribute.
	 * @see #setEndpoint(String)
	 * @see io.processware.model.solution.SolutionPackage#getLegacySystem_Endpoint()
	 * @generated
	 */
	String getEndpoint();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.LegacySystem#getEndpoint <em>Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endpoint</em>' attribute.
	 * @see #getEndpoint()
	 * @generated
	 */
	void setEndpoint(String value);

	/**
	 * Returns the value of the '<em><b>Sla Availability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The availability the system's owner promises, as a fraction (0.995 = 99.5 %).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sla Availability</em>' attribute.
	 * @see #setSlaAvailability(double)
	 * @see io.processware.model.solution.SolutionPackage#getLegacySystem_SlaAvailability()
	 * @generated
	 */
	double getSlaAvailability();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.LegacySystem#getSlaAvailability <em>Sla Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sla Availability</em>' attribute.
	 * @see #getSlaAvailability()
	 * @generated
	 */
	void setSlaAvailability(double value);

	/**
	 * Returns the value of the '<em><b>Sla Response Time Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sla Response Time Millis</em>' attribute.
	 * @see #setSlaResponseTimeMillis(int)
	 * @see io.processware.model.solution.SolutionPackage#getLegacySystem_SlaResponseTimeMillis()
	 * @generated
	 */
	int getSlaResponseTimeMillis();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.LegacySystem#getSlaResponseTimeMillis <em>Sla Response Time Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sla Response Time Millis</em>' attribute.
	 * @see #getSlaResponseTimeMillis()
	 * @generated
	 */
	void setSlaResponseTimeMillis(int value);

	/**
	 * Returns the value of the '<em><b>Max Calls Per Minute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Calls Per Minute</em>' attribute.
	 * @see #setMaxCallsPerMinute(int)
	 * @see io.processware.model.solution.SolutionPackage#getLegacySystem_MaxCallsPerMinute()
	 * @generated
	 */
	int getMaxCallsPerMinute();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.LegacySystem#getMaxCallsPerMinute <em>Max Calls Per Minute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Calls Per Minute</em>' attribute.
	 * @see #getMaxCallsPerMinute()
	 * @generated
	 */
	void setMaxCallsPerMinute(int value);

} // LegacySystem
