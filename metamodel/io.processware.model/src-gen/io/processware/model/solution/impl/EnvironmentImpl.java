/**
 */
package io.processware.model.solution.impl;

import io.processware.model.solution.CloudProvider;
import io.processware.model.solution.Environment;
import io.processware.model.solution.EnvironmentData;
import io.processware.model.solution.EnvironmentKind;
import io.processware.model.solution.EnvironmentSize;
import io.processware.model.solution.SolutionPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Environment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.impl.EnvironmentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.EnvironmentImpl#getCloud <em>Cloud</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.EnvironmentImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.EnvironmentImpl#getSize <em>Size</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.EnvironmentImpl#getData <em>Data</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.EnvironmentImpl#isEncryptionAtRest <em>Encryption At Rest</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.EnvironmentImpl#isEncryptionInTransit <em>Encryption In Transit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnvironmentImpl extends NamedElementImpl implements Environment
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EnvironmentKind KIND_EDEFAULT = EnvironmentKind.DEV;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EnvironmentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCloud() <em>Cloud</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloud()
	 * @generated
	 * @ordered
	 */
	protected static final CloudProvider CLOUD_EDEFAULT = CloudProvider.AWS;

	/**
	 * The cached value of the '{@link #getCloud() <em>Cloud</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloud()
	 * @generated
	 * @ordered
	 */
	protected CloudProvider cloud = CLOUD_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final EnvironmentSize SIZE_EDEFAULT = EnvironmentSize.SMALL;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected EnvironmentSize size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected static final EnvironmentData DATA_EDEFAULT = EnvironmentData.SYNTHETIC_DATA;

	/**
	 * The cached value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected EnvironmentData data = DATA_EDEFAULT;

	/**
	 * The default value of the '{@link #isEncryptionAtRest() <em>Encryption At Rest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptionAtRest()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENCRYPTION_AT_REST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEncryptionAtRest() <em>Encryption At Rest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptionAtRest()
	 * @generated
	 * @ordered
	 */
	protected boolean encryptionAtRest = ENCRYPTION_AT_REST_EDEFAULT;

	/**
	 * The default value of the '{@link #isEncryptionInTransit() <em>Encryption In Transit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptionInTransit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENCRYPTION_IN_TRANSIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEncryptionInTransit() <em>Encryption In Transit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptionInTransit()
	 * @generated
	 * @ordered
	 */
	protected boolean encryptionInTransit = ENCRYPTION_IN_TRANSIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnvironmentImpl()
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
		return SolutionPackage.Literals.ENVIRONMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnvironmentKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EnvironmentKind newKind)
	{
		EnvironmentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.ENVIRONMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CloudProvider getCloud()
	{
		return cloud;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCloud(CloudProvider newCloud)
	{
		CloudProvider oldCloud = cloud;
		cloud = newCloud == null ? CLOUD_EDEFAULT : newCloud;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.ENVIRONMENT__CLOUD, oldCloud, cloud));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion()
	{
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion)
	{
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.ENVIRONMENT__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnvironmentSize getSize()
	{
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(EnvironmentSize newSize)
	{
		EnvironmentSize oldSize = size;
		size = newSize == null ? SIZE_EDEFAULT : newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.ENVIRONMENT__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnvironmentData getData()
	{
		return data;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setData(EnvironmentData newData)
	{
		EnvironmentData oldData = data;
		data = newData == null ? DATA_EDEFAULT : newData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.ENVIRONMENT__DATA, oldData, data));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEncryptionAtRest()
	{
		return encryptionAtRest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncryptionAtRest(boolean newEncryptionAtRest)
	{
		boolean oldEncryptionAtRest = encryptionAtRest;
		encryptionAtRest = newEncryptionAtRest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.ENVIRONMENT__ENCRYPTION_AT_REST, oldEncryptionAtRest, encryptionAtRest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEncryptionInTransit()
	{
		return encryptionInTransit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncryptionInTransit(boolean newEncryptionInTransit)
	{
		boolean oldEncryptionInTransit = encryptionInTransit;
		encryptionInTransit = newEncryptionInTransit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.ENVIRONMENT__ENCRYPTION_IN_TRANSIT, oldEncryptionInTransit, encryptionInTransit));
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
			case SolutionPackage.ENVIRONMENT__KIND:
				return getKind();
			case SolutionPackage.ENVIRONMENT__CLOUD:
				return getCloud();
			case SolutionPackage.ENVIRONMENT__REGION:
				return getRegion();
			case SolutionPackage.ENVIRONMENT__SIZE:
				return getSize();
			case SolutionPackage.ENVIRONMENT__DATA:
				return getData();
			case SolutionPackage.ENVIRONMENT__ENCRYPTION_AT_REST:
				return isEncryptionAtRest();
			case SolutionPackage.ENVIRONMENT__ENCRYPTION_IN_TRANSIT:
				return isEncryptionInTransit();
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
			case SolutionPackage.ENVIRONMENT__KIND:
				setKind((EnvironmentKind)newValue);
				return;
			case SolutionPackage.ENVIRONMENT__CLOUD:
				setCloud((CloudProvider)newValue);
				return;
			case SolutionPackage.ENVIRONMENT__REGION:
				setRegion((String)newValue);
				return;
			case SolutionPackage.ENVIRONMENT__SIZE:
				setSize((EnvironmentSize)newValue);
				return;
			case SolutionPackage.ENVIRONMENT__DATA:
				setData((EnvironmentData)newValue);
				return;
			case SolutionPackage.ENVIRONMENT__ENCRYPTION_AT_REST:
				setEncryptionAtRest((Boolean)newValue);
				return;
			case SolutionPackage.ENVIRONMENT__ENCRYPTION_IN_TRANSIT:
				setEncryptionInTransit((Boolean)newValue);
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
			case SolutionPackage.ENVIRONMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SolutionPackage.ENVIRONMENT__CLOUD:
				setCloud(CLOUD_EDEFAULT);
				return;
			case SolutionPackage.ENVIRONMENT__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case SolutionPackage.ENVIRONMENT__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case SolutionPackage.ENVIRONMENT__DATA:
				setData(DATA_EDEFAULT);
				return;
			case SolutionPackage.ENVIRONMENT__ENCRYPTION_AT_REST:
				setEncryptionAtRest(ENCRYPTION_AT_REST_EDEFAULT);
				return;
			case SolutionPackage.ENVIRONMENT__ENCRYPTION_IN_TRANSIT:
				setEncryptionInTransit(ENCRYPTION_IN_TRANSIT_EDEFAULT);
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
			case SolutionPackage.ENVIRONMENT__KIND:
				return kind != KIND_EDEFAULT;
			case SolutionPackage.ENVIRONMENT__CLOUD:
				return cloud != CLOUD_EDEFAULT;
			case SolutionPackage.ENVIRONMENT__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case SolutionPackage.ENVIRONMENT__SIZE:
				return size != SIZE_EDEFAULT;
			case SolutionPackage.ENVIRONMENT__DATA:
				return data != DATA_EDEFAULT;
			case SolutionPackage.ENVIRONMENT__ENCRYPTION_AT_REST:
				return encryptionAtRest != ENCRYPTION_AT_REST_EDEFAULT;
			case SolutionPackage.ENVIRONMENT__ENCRYPTION_IN_TRANSIT:
				return encryptionInTransit != ENCRYPTION_IN_TRANSIT_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", cloud: ");
		result.append(cloud);
		result.append(", region: ");
		result.append(region);
		result.append(", size: ");
		result.append(size);
		result.append(", data: ");
		result.append(data);
		result.append(", encryptionAtRest: ");
		result.append(encryptionAtRest);
		result.append(", encryptionInTransit: ");
		result.append(encryptionInTransit);
		result.append(')');
		return result.toString();
	}

} //EnvironmentImpl
