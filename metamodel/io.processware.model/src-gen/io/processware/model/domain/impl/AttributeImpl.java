/**
 */
package io.processware.model.domain.impl;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.AttributeType;
import io.processware.model.domain.DataClassification;
import io.processware.model.domain.DomainPackage;
import io.processware.model.domain.Enumeration;

import io.processware.model.solution.impl.NamedElementImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attribute</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.domain.impl.AttributeImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.processware.model.domain.impl.AttributeImpl#getEnumeration <em>Enumeration</em>}</li>
 *   <li>{@link io.processware.model.domain.impl.AttributeImpl#isRequired <em>Required</em>}</li>
 *   <li>{@link io.processware.model.domain.impl.AttributeImpl#isUnique <em>Unique</em>}</li>
 *   <li>{@link io.processware.model.domain.impl.AttributeImpl#getClassification <em>Classification</em>}</li>
 *   <li>{@link io.processware.model.domain.impl.AttributeImpl#isPersonalData <em>Personal Data</em>}</li>
 *   <li>{@link io.processware.model.domain.impl.AttributeImpl#getRetention <em>Retention</em>}</li>
 *   <li>{@link io.processware.model.domain.impl.AttributeImpl#getResidency <em>Residency</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttributeImpl extends NamedElementImpl implements Attribute
{
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final AttributeType TYPE_EDEFAULT = AttributeType.TEXT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected AttributeType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnumeration() <em>Enumeration</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnumeration()
	 * @generated
	 * @ordered
	 */
	protected Enumeration enumeration;

	/**
	 * The default value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean required = REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #isUnique() <em>Unique</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnique()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UNIQUE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUnique() <em>Unique</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnique()
	 * @generated
	 * @ordered
	 */
	protected boolean unique = UNIQUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassification() <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassification()
	 * @generated
	 * @ordered
	 */
	protected static final DataClassification CLASSIFICATION_EDEFAULT = DataClassification.PUBLIC;

	/**
	 * The cached value of the '{@link #getClassification() <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassification()
	 * @generated
	 * @ordered
	 */
	protected DataClassification classification = CLASSIFICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isPersonalData() <em>Personal Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPersonalData()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PERSONAL_DATA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPersonalData() <em>Personal Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPersonalData()
	 * @generated
	 * @ordered
	 */
	protected boolean personalData = PERSONAL_DATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetention() <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetention()
	 * @generated
	 * @ordered
	 */
	protected static final String RETENTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetention() <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetention()
	 * @generated
	 * @ordered
	 */
	protected String retention = RETENTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getResidency() <em>Residency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidency()
	 * @generated
	 * @ordered
	 */
	protected static final String RESIDENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResidency() <em>Residency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidency()
	 * @generated
	 * @ordered
	 */
	protected String residency = RESIDENCY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttributeImpl()
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
		return DomainPackage.Literals.ATTRIBUTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttributeType getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(AttributeType newType)
	{
		AttributeType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ATTRIBUTE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enumeration getEnumeration()
	{
		if (enumeration != null && enumeration.eIsProxy())
		{
			InternalEObject oldEnumeration = (InternalEObject)enumeration;
			enumeration = (Enumeration)eResolveProxy(oldEnumeration);
			if (enumeration != oldEnumeration)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DomainPackage.ATTRIBUTE__ENUMERATION, oldEnumeration, enumeration));
			}
		}
		return enumeration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Enumeration basicGetEnumeration()
	{
		return enumeration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnumeration(Enumeration newEnumeration)
	{
		Enumeration oldEnumeration = enumeration;
		enumeration = newEnumeration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ATTRIBUTE__ENUMERATION, oldEnumeration, enumeration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRequired()
	{
		return required;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequired(boolean newRequired)
	{
		boolean oldRequired = required;
		required = newRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ATTRIBUTE__REQUIRED, oldRequired, required));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUnique()
	{
		return unique;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnique(boolean newUnique)
	{
		boolean oldUnique = unique;
		unique = newUnique;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ATTRIBUTE__UNIQUE, oldUnique, unique));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataClassification getClassification()
	{
		return classification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassification(DataClassification newClassification)
	{
		DataClassification oldClassification = classification;
		classification = newClassification == null ? CLASSIFICATION_EDEFAULT : newClassification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ATTRIBUTE__CLASSIFICATION, oldClassification, classification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPersonalData()
	{
		return personalData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonalData(boolean newPersonalData)
	{
		boolean oldPersonalData = personalData;
		personalData = newPersonalData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ATTRIBUTE__PERSONAL_DATA, oldPersonalData, personalData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRetention()
	{
		return retention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetention(String newRetention)
	{
		String oldRetention = retention;
		retention = newRetention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ATTRIBUTE__RETENTION, oldRetention, retention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResidency()
	{
		return residency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResidency(String newResidency)
	{
		String oldResidency = residency;
		residency = newResidency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ATTRIBUTE__RESIDENCY, oldResidency, residency));
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
			case DomainPackage.ATTRIBUTE__TYPE:
				return getType();
			case DomainPackage.ATTRIBUTE__ENUMERATION:
				if (resolve) return getEnumeration();
				return basicGetEnumeration();
			case DomainPackage.ATTRIBUTE__REQUIRED:
				return isRequired();
			case DomainPackage.ATTRIBUTE__UNIQUE:
				return isUnique();
			case DomainPackage.ATTRIBUTE__CLASSIFICATION:
				return getClassification();
			case DomainPackage.ATTRIBUTE__PERSONAL_DATA:
				return isPersonalData();
			case DomainPackage.ATTRIBUTE__RETENTION:
				return getRetention();
			case DomainPackage.ATTRIBUTE__RESIDENCY:
				return getResidency();
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
			case DomainPackage.ATTRIBUTE__TYPE:
				setType((AttributeType)newValue);
				return;
			case DomainPackage.ATTRIBUTE__ENUMERATION:
				setEnumeration((Enumeration)newValue);
				return;
			case DomainPackage.ATTRIBUTE__REQUIRED:
				setRequired((Boolean)newValue);
				return;
			case DomainPackage.ATTRIBUTE__UNIQUE:
				setUnique((Boolean)newValue);
				return;
			case DomainPackage.ATTRIBUTE__CLASSIFICATION:
				setClassification((DataClassification)newValue);
				return;
			case DomainPackage.ATTRIBUTE__PERSONAL_DATA:
				setPersonalData((Boolean)newValue);
				return;
			case DomainPackage.ATTRIBUTE__RETENTION:
				setRetention((String)newValue);
				return;
			case DomainPackage.ATTRIBUTE__RESIDENCY:
				setResidency((String)newValue);
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
			case DomainPackage.ATTRIBUTE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case DomainPackage.ATTRIBUTE__ENUMERATION:
				setEnumeration((Enumeration)null);
				return;
			case DomainPackage.ATTRIBUTE__REQUIRED:
				setRequired(REQUIRED_EDEFAULT);
				return;
			case DomainPackage.ATTRIBUTE__UNIQUE:
				setUnique(UNIQUE_EDEFAULT);
				return;
			case DomainPackage.ATTRIBUTE__CLASSIFICATION:
				setClassification(CLASSIFICATION_EDEFAULT);
				return;
			case DomainPackage.ATTRIBUTE__PERSONAL_DATA:
				setPersonalData(PERSONAL_DATA_EDEFAULT);
				return;
			case DomainPackage.ATTRIBUTE__RETENTION:
				setRetention(RETENTION_EDEFAULT);
				return;
			case DomainPackage.ATTRIBUTE__RESIDENCY:
				setResidency(RESIDENCY_EDEFAULT);
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
			case DomainPackage.ATTRIBUTE__TYPE:
				return type != TYPE_EDEFAULT;
			case DomainPackage.ATTRIBUTE__ENUMERATION:
				return enumeration != null;
			case DomainPackage.ATTRIBUTE__REQUIRED:
				return required != REQUIRED_EDEFAULT;
			case DomainPackage.ATTRIBUTE__UNIQUE:
				return unique != UNIQUE_EDEFAULT;
			case DomainPackage.ATTRIBUTE__CLASSIFICATION:
				return classification != CLASSIFICATION_EDEFAULT;
			case DomainPackage.ATTRIBUTE__PERSONAL_DATA:
				return personalData != PERSONAL_DATA_EDEFAULT;
			case DomainPackage.ATTRIBUTE__RETENTION:
				return RETENTION_EDEFAULT == null ? retention != null : !RETENTION_EDEFAULT.equals(retention);
			case DomainPackage.ATTRIBUTE__RESIDENCY:
				return RESIDENCY_EDEFAULT == null ? residency != null : !RESIDENCY_EDEFAULT.equals(residency);
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
		result.append(" (type: ");
		result.append(type);
		result.append(", required: ");
		result.append(required);
		result.append(", unique: ");
		result.append(unique);
		result.append(", classification: ");
		result.append(classification);
		result.append(", personalData: ");
		result.append(personalData);
		result.append(", retention: ");
		result.append(retention);
		result.append(", residency: ");
		result.append(residency);
		result.append(')');
		return result.toString();
	}

} //AttributeImpl
