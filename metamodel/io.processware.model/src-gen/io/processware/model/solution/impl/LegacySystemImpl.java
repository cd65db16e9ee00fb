/**
 */
package io.processware.model.solution.impl;

import io.processware.model.solution.EndpointKind;
import io.processware.model.solution.IntegrationProtocol;
import io.processware.model.solution.LegacySystem;
import io.processware.model.solution.SolutionPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Legacy System</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.impl.LegacySystemImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.LegacySystemImpl#getEndpointKind <em>Endpoint Kind</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.LegacySystemImpl#getEndpoint <em>Endpoint</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.LegacySystemImpl#getSlaAvailability <em>Sla Availability</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.LegacySystemImpl#getSlaResponseTimeMillis <em>Sla Response Time Millis</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.LegacySystemImpl#getMaxCallsPerMinute <em>Max Calls Per Minute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LegacySystemImpl extends NamedElementImpl implements LegacySystem
{
	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final IntegrationProtocol PROTOCOL_EDEFAULT = IntegrationProtocol.REST;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected IntegrationProtocol protocol = PROTOCOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndpointKind() <em>Endpoint Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointKind()
	 * @generated
	 * @ordered
	 */
	protected static final EndpointKind ENDPOINT_KIND_EDEFAULT = EndpointKind.REQUEST_REPLY;

	/**
	 * The cached value of the '{@link #getEndpointKind() <em>Endpoint Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointKind()
	 * @generated
	 * @ordered
	 */
	protected EndpointKind endpointKind = ENDPOINT_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndpoint() <em>Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpoint()
	 * @generated
	 * @ordered
	 */
	protected static final String ENDPOINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndpoint() <em>Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpoint()
	 * @generated
	 * @ordered
	 */
	protected String endpoint = ENDPOINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlaAvailability() <em>Sla Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaAvailability()
	 * @generated
	 * @ordered
	 */
	protected static final double SLA_AVAILABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSlaAvailability() <em>Sla Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaAvailability()
	 * @generated
	 * @ordered
	 */
	protected double slaAvailability = SLA_AVAILABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlaResponseTimeMillis() <em>Sla Response Time Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaResponseTimeMillis()
	 * @generated
	 * @ordered
	 */
	protected static final int SLA_RESPONSE_TIME_MILLIS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSlaResponseTimeMillis() <em>Sla Response Time Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaResponseTimeMillis()
	 * @generated
	 * @ordered
	 */
	protected int slaResponseTimeMillis = SLA_RESPONSE_TIME_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxCallsPerMinute() <em>Max Calls Per Minute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCallsPerMinute()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_CALLS_PER_MINUTE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxCallsPerMinute() <em>Max Calls Per Minute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCallsPerMinute()
	 * @generated
	 * @ordered
	 */
	protected int maxCallsPerMinute = MAX_CALLS_PER_MINUTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LegacySystemImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return SolutionPackage.Literals.LEGACY_SYSTEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrationProtocol getProtocol()
	{
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(IntegrationProtocol newProtocol)
	{
		IntegrationProtocol oldProtocol = protocol;
		protocol = newProtocol == null ? PROTOCOL_EDEFAULT : newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.LEGACY_SYSTEM__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointKind getEndpointKind()
	{
		return endpointKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndpointKind(EndpointKind newEndpointKind)
	{
		EndpointKind oldEndpointKind = endpointKind;
		endpointKind = newEndpointKind == null ? ENDPOINT_KIND_EDEFAULT : newEndpointKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.LEGACY_SYSTEM__ENDPOINT_KIND, oldEndpointKind, endpointKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEndpoint()
	{
		return endpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndpoint(String newEndpoint)
	{
		String oldEndpoint = endpoint;
		endpoint = newEndpoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.LEGACY_SYSTEM__ENDPOINT, oldEndpoint, endpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSlaAvailability()
	{
		return slaAvailability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlaAvailability(double newSlaAvailability)
	{
		double oldSlaAvailability = slaAvailability;
		slaAvailability = newSlaAvailability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.LEGACY_SYSTEM__SLA_AVAILABILITY, oldSlaAvailability, slaAvailability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSlaResponseTimeMillis()
	{
		return slaResponseTimeMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlaResponseTimeMillis(int newSlaResponseTimeMillis)
	{
		int oldSlaResponseTimeMillis = slaResponseTimeMillis;
		slaResponseTimeMillis = newSlaResponseTimeMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.LEGACY_SYSTEM__SLA_RESPONSE_TIME_MILLIS, oldSlaResponseTimeMillis, slaResponseTimeMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxCallsPerMinute()
	{
		return maxCallsPerMinute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxCallsPerMinute(int newMaxCallsPerMinute)
	{
		int oldMaxCallsPerMinute = maxCallsPerMinute;
		maxCallsPerMinute = newMaxCallsPerMinute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.LEGACY_SYSTEM__MAX_CALLS_PER_MINUTE, oldMaxCallsPerMinute, maxCallsPerMinute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case SolutionPackage.LEGACY_SYSTEM__PROTOCOL:
				return getProtocol();
			case SolutionPackage.LEGACY_SYSTEM__ENDPOINT_KIND:
				return getEndpointKind();
			case SolutionPackage.LEGACY_SYSTEM__ENDPOINT:
				return getEndpoint();
			case SolutionPackage.LEGACY_SYSTEM__SLA_AVAILABILITY:
				return getSlaAvailability();
			case SolutionPackage.LEGACY_SYSTEM__SLA_RESPONSE_TIME_MILLIS:
				return getSlaResponseTimeMillis();
			case SolutionPackage.LEGACY_SYSTEM__MAX_CALLS_PER_MINUTE:
				return getMaxCallsPerMinute();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case SolutionPackage.LEGACY_SYSTEM__PROTOCOL:
				setProtocol((IntegrationProtocol)newValue);
				return;
			case SolutionPackage.LEGACY_SYSTEM__ENDPOINT_KIND:
				setEndpointKind((EndpointKind)newValue);
				return;
			case SolutionPackage.LEGACY_SYSTEM__ENDPOINT:
				setEndpoint((String)newValue);
				return;
			case SolutionPackage.LEGACY_SYSTEM__SLA_AVAILABILITY:
				setSlaAvailability((Double)newValue);
				return;
			case SolutionPackage.LEGACY_SYSTEM__SLA_RESPONSE_TIME_MILLIS:
				setSlaResponseTimeMillis((Integer)newValue);
				return;
			case SolutionPackage.LEGACY_SYSTEM__MAX_CALLS_PER_MINUTE:
				setMaxCallsPerMinute((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case SolutionPackage.LEGACY_SYSTEM__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case SolutionPackage.LEGACY_SYSTEM__ENDPOINT_KIND:
				setEndpointKind(ENDPOINT_KIND_EDEFAULT);
				return;
			case SolutionPackage.LEGACY_SYSTEM__ENDPOINT:
				setEndpoint(ENDPOINT_EDEFAULT);
				return;
			case SolutionPackage.LEGACY_SYSTEM__SLA_AVAILABILITY:
				setSlaAvailability(SLA_AVAILABILITY_EDEFAULT);
				return;
			case SolutionPackage.LEGACY_SYSTEM__SLA_RESPONSE_TIME_MILLIS:
				setSlaResponseTimeMillis(SLA_RESPONSE_TIME_MILLIS_EDEFAULT);
				return;
			case SolutionPackage.LEGACY_SYSTEM__MAX_CALLS_PER_MINUTE:
				setMaxCallsPerMinute(MAX_CALLS_PER_MINUTE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case SolutionPackage.LEGACY_SYSTEM__PROTOCOL:
				return protocol != PROTOCOL_EDEFAULT;
			case SolutionPackage.LEGACY_SYSTEM__ENDPOINT_KIND:
				return endpointKind != ENDPOINT_KIND_EDEFAULT;
			case SolutionPackage.LEGACY_SYSTEM__ENDPOINT:
				return ENDPOINT_EDEFAULT == null ? endpoint != null : !ENDPOINT_EDEFAULT.equals(endpoint);
			case SolutionPackage.LEGACY_SYSTEM__SLA_AVAILABILITY:
				return slaAvailability != SLA_AVAILABILITY_EDEFAULT;
			case SolutionPackage.LEGACY_SYSTEM__SLA_RESPONSE_TIME_MILLIS:
				return slaResponseTimeMillis != SLA_RESPONSE_TIME_MILLIS_EDEFAULT;
			case SolutionPackage.LEGACY_SYSTEM__MAX_CALLS_PER_MINUTE:
				return maxCallsPerMinute != MAX_CALLS_PER_MINUTE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (protocol: ");
		result.append(protocol);
		result.append(", endpointKind: ");
		result.append(endpointKind);
		result.append(", endpoint: ");
		result.append(endpoint);
		result.append(", slaAvailability: ");
		result.append(slaAvailability);
		result.append(", slaResponseTimeMillis: ");
		result.append(slaResponseTimeMillis);
		result.append(", maxCallsPerMinute: ");
		result.append(maxCallsPerMinute);
		result.append(')');
		return result.toString();
	}

} //LegacySystemImpl
