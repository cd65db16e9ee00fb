/**
 */
package io.processware.model.domain;

import io.processware.model.solution.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attribute</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.domain.Attribute#getType <em>Type</em>}</li>
 *   <li>{@link io.processware.model.domain.Attribute#getEnumeration <em>Enumeration</em>}</li>
 *   <li>{@link io.processware.model.domain.Attribute#isRequired <em>Required</em>}</li>
 *   <li>{@link io.processware.model.domain.Attribute#isUnique <em>Unique</em>}</li>
 *   <li>{@link io.processware.model.domain.Attribute#getClassification <em>Classification</em>}</li>
 *   <li>{@link io.processware.model.domain.Attribute#isPersonalData <em>Personal Data</em>}</li>
 *   <li>{@link io.processware.model.domain.Attribute#getRetention <em>Retention</em>}</li>
 *   <li>{@link io.processware.model.domain.Attribute#getResidency <em>Residency</em>}</li>
 * </ul>
 *
 * @see io.processware.model.domain.DomainPackage#getAttribute()
 * @generated
 */
public interface Attribute extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.domain.AttributeType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see io.processware.model.domain.AttributeType
	 * @see #setType(AttributeType)
	 * @see io.processware.model.domain.DomainPackage#getAttribute_Type()
	 * @generated
	 */
	AttributeType getType();

	/**
	 * Sets the value of the '{@link io.processware.model.domain.Attribute#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see io.processware.model.domain.AttributeType
	 * @see #getType()
	 * @generated
	 */
	void setType(AttributeType value);

	/**
	 * Returns the value of the '<em><b>Enumeration</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enumeration</em>' reference.
	 * @see #setEnumeration(Enumeration)
	 * @see io.processware.model.domain.DomainPackage#getAttribute_Enumeration()
	 * @generated
	 */
	Enumeration getEnumeration();

	/**
	 * Sets the value of the '{@link io.processware.model.domain.Attribute#getEnumeration <em>Enumeration</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enumeration</em>' reference.
	 * @see #getEnumeration()
	 * @generated
	 */
	void setEnumeration(Enumeration value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see io.processware.model.domain.DomainPackage#getAttribute_Required()
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link io.processware.model.domain.Attribute#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Unique</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unique</em>' attribute.
	 * @see #setUnique(boolean)
	 * @see io.processware.model.domain.DomainPackage#getAttribute_Unique()
	 * @generated
	 */
	boolean isUnique();

	/**
	 * Sets the value of the '{@link io.processware.model.domain.Attribute#isUnique <em>Unique</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unique</em>' attribute.
	 * @see #isUnique()
	 * @generated
	 */
	void setUnique(boolean value);

	/**
	 * Returns the value of the '<em><b>Classification</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.domain.DataClassification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Classification</em>' attribute.
	 * @see io.processware.model.domain.DataClassification
	 * @see #setClassification(DataClassification)
	 * @see io.processware.model.domain.DomainPackage#getAttribute_Classification()
	 * @generated
	 */
	DataClassification getClassification();

	/**
	 * Sets the value of the '{@link io.processware.model.domain.Attribute#getClassification <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classification</em>' attribute.
	 * @see io.processware.model.domain.DataClassification
	 * @see #getClassification()
	 * @generated
	 */
	void setClassification(DataClassification value);

	/**
	 * Returns the value of the '<em><b>Personal Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the attribute holds personally identifiable information (PII).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personal Data</em>' attribute.
	 * @see #setPersonalData(boolean)
	 * @see io.processware.model.domain.DomainPackage#getAttribute_PersonalData()
	 * @generated
	 */
	boolean isPersonalData();

	/**
	 * Sets the value of the '{@link io.processware.model.domain.Attribute#isPersonalData <em>Personal Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personal Data</em>' attribute.
	 * @see #isPersonalData()
	 * @generated
	 */
	void setPersonalData(boolean value);

	/**
	 * Returns the value of the '<em><b>Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long values are kept, as an ISO 8601 period (P10Y, P18M).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention</em>' attribute.
	 * @see #setRetention(String)
	 * @see io.processware.model.domain.DomainPackage#getAttribute_Retention()
	 * @generated
	 */
	String getRetention();

	/**
	 * Sets the value of the '{@link io.processware.model.domain.Attribute#getRetention <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention</em>' attribute.
	 * @see #getRetention()
	 * @generated
	 */
	void setRetention(String value);

	/**
	 * Returns the value of the '<em><b>Residency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where values must stay: a jurisdiction (EU, CH) or a cloud region.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Residency</em>' attribute.
	 * @see #setResidency(String)
	 * @see io.processware.model.domain.DomainPackage#getAttribute_Residency()
	 * @generated
	 */
	String getResidency();

	/**
	 * Sets the value of the '{@link io.processware.model.domain.Attribute#getResidency <em>Residency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Residency</em>' attribute.
	 * @see #getResidency()
	 * @generated
	 */
	void setResidency(String value);

} // Attribute
