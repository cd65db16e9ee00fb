/**
 */
package io.processware.model.solution.impl;

import io.processware.model.solution.Environment;
import io.processware.model.solution.ServiceLevelObjective;
import io.processware.model.solution.SolutionPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Level Objective</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.impl.ServiceLevelObjectiveImpl#getProcess <em>Process</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.ServiceLevelObjectiveImpl#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.ServiceLevelObjectiveImpl#getAvailability <em>Availability</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.ServiceLevelObjectiveImpl#getLatencyP95Millis <em>Latency P95 Millis</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceLevelObjectiveImpl extends NamedElementImpl implements ServiceLevelObjective
{
	/**
	 * The cached value of the '{@link #getProcess() <em>Process</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcess()
	 * @generated
	 * @ordered
	 */
	protected io.processware.model.process.Process process;

	/**
	 * The cached value of the '{@link #getEnvironment() <em>Environment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironment()
	 * @generated
	 * @ordered
	 */
	protected Environment environment;

	/**
	 * The default value of the '{@link #getAvailability() <em>Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailability()
	 * @generated
	 * @ordered
	 */
	protected static final double AVAILABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAvailability() <em>Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailability()
	 * @generated
	 * @ordered
	 */
	protected double availability = AVAILABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatencyP95Millis() <em>Latency P95 Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyP95Millis()
	 * @generated
	 * @ordered
	 */
	protected static final int LATENCY_P95_MILLIS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLatencyP95Millis() <em>Latency P95 Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyP95Millis()
	 * @generated
	 * @ordered
	 */
	protected int latencyP95Millis = LATENCY_P95_MILLIS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceLevelObjectiveImpl()
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
		return SolutionPackage.Literals.SERVICE_LEVEL_OBJECTIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public io.processware.model.process.Process getProcess()
	{
		if (process != null && process.eIsProxy())
		{
			InternalEObject oldProcess = (InternalEObject)process;
			process = (io.processware.model.process.Process)eResolveProxy(oldProcess);
			if (process != oldProcess)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SolutionPackage.SERVICE_LEVEL_OBJECTIVE__PROCESS, oldProcess, process));
			}
		}
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public io.processware.model.process.Process basicGetProcess()
	{
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcess(io.processware.model.process.Process newProcess)
	{
		io.processware.model.process.Process oldProcess = process;
		process = newProcess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.SERVICE_LEVEL_OBJECTIVE__PROCESS, oldProcess, process));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Environment getEnvironment()
	{
		if (environment != null && environment.eIsProxy())
		{
			InternalEObject oldEnvironment = (InternalEObject)environment;
			environment = (Environment)eResolveProxy(oldEnvironment);
			if (environment != oldEnvironment)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SolutionPackage.SERVICE_LEVEL_OBJECTIVE__ENVIRONMENT, oldEnvironment, environment));
			}
		}
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Environment basicGetEnvironment()
	{
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnvironment(Environment newEnvironment)
	{
		Environment oldEnvironment = environment;
		environment = newEnvironment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.SERVICE_LEVEL_OBJECTIVE__ENVIRONMENT, oldEnvironment, environment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAvailability()
	{
		return availability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvailability(double newAvailability)
	{
		double oldAvailability = availability;
		availability = newAvailability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.SERVICE_LEVEL_OBJECTIVE__AVAILABILITY, oldAvailability, availability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLatencyP95Millis()
	{
		return latencyP95Millis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatencyP95Millis(int newLatencyP95Millis)
	{
		int oldLatencyP95Millis = latencyP95Millis;
		latencyP95Millis = newLatencyP95Millis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.SERVICE_LEVEL_OBJECTIVE__LATENCY_P95_MILLIS, oldLatencyP95Millis, latencyP95Millis));
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
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__PROCESS:
				if (resolve) return getProcess();
				return basicGetProcess();
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__ENVIRONMENT:
				if (resolve) return getEnvironment();
				return basicGetEnvironment();
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__AVAILABILITY:
				return getAvailability();
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__LATENCY_P95_MILLIS:
				return getLatencyP95Millis();
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
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__PROCESS:
				setProcess((io.processware.model.process.Process)newValue);
				return;
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__ENVIRONMENT:
				setEnvironment((Environment)newValue);
				return;
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__AVAILABILITY:
				setAvailability((Double)newValue);
				return;
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__LATENCY_P95_MILLIS:
				setLatencyP95Millis((Integer)newValue);
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
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__PROCESS:
				setProcess((io.processware.model.process.Process)null);
				return;
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__ENVIRONMENT:
				setEnvironment((Environment)null);
				return;
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__AVAILABILITY:
				setAvailability(AVAILABILITY_EDEFAULT);
				return;
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__LATENCY_P95_MILLIS:
				setLatencyP95Millis(LATENCY_P95_MILLIS_EDEFAULT);
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
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__PROCESS:
				return process != null;
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__ENVIRONMENT:
				return environment != null;
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__AVAILABILITY:
				return availability != AVAILABILITY_EDEFAULT;
			case SolutionPackage.SERVICE_LEVEL_OBJECTIVE__LATENCY_P95_MILLIS:
				return latencyP95Millis != LATENCY_P95_MILLIS_EDEFAULT;
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
		result.append(" (availability: ");
		result.append(availability);
		result.append(", latencyP95Millis: ");
		result.append(latencyP95Millis);
		result.append(')');
		return result.toString();
	}

} //ServiceLevelObjectiveImpl
