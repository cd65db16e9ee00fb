/**
 */
package io.processware.model.solution;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Environment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.Environment#getKind <em>Kind</em>}</li>
 *   <li>{@link io.processware.model.solution.Environment#getCloud <em>Cloud</em>}</li>
 *   <li>{@link io.processware.model.solution.Environment#getRegion <em>Region</em>}</li>
 *   <li>{@link io.processware.model.solution.Environment#getSize <em>Size</em>}</li>
 *   <li>{@link io.processware.model.solution.Environment#getData <em>Data</em>}</li>
 *   <li>{@link io.processware.model.solution.Environment#isEncryptionAtRest <em>Encryption At Rest</em>}</li>
 *   <li>{@link io.processware.model.solution.Environment#isEncryptionInTransit <em>Encryption In Transit</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getEnvironment()
 * @generated
 */
public interface Environment extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.solution.EnvironmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.processware.model.solution.EnvironmentKind
	 * @see #setKind(EnvironmentKind)
	 * @see io.processware.model.solution.SolutionPackage#getEnvironment_Kind()
	 * @generated
	 */
	EnvironmentKind getKind();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Environment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.processware.model.solution.EnvironmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EnvironmentKind value);

	/**
	 * Returns the value of the '<em><b>Cloud</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.solution.CloudProvider}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cloud</em>' attribute.
	 * @see io.processware.model.solution.CloudProvider
	 * @see #setCloud(CloudProvider)
	 * @see io.processware.model.solution.SolutionPackage#getEnvironment_Cloud()
	 * @generated
	 */
	CloudProvider getCloud();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Environment#getCloud <em>Cloud</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cloud</em>' attribute.
	 * @see io.processware.model.solution.CloudProvider
	 * @see #getCloud()
	 * @generated
	 */
	void setCloud(CloudProvider value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see io.processware.model.solution.SolutionPackage#getEnvironment_Region()
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Environment#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.solution.EnvironmentSize}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see io.processware.model.solution.EnvironmentSize
	 * @see #setSize(EnvironmentSize)
	 * @see io.processware.model.solution.SolutionPackage#getEnvironment_Size()
	 * @generated
	 */
	EnvironmentSize getSize();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Environment#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see io.processware.model.solution.EnvironmentSize
	 * @see #getSize()
	 * @generated
	 */
	void setSize(EnvironmentSize value);

	/**
	 * Returns the value of the '<em><b>Data</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.solution.EnvironmentData}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which data the environment holds; only production data carries real personal data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data</em>' attribute.
	 * @see io.processware.model.solution.EnvironmentData
	 * @see #setData(EnvironmentData)
	 * @see io.processware.model.solution.SolutionPackage#getEnvironment_Data()
	 * @generated
	 */
	EnvironmentData getData();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Environment#getData <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data</em>' attribute.
	 * @see io.processware.model.solution.EnvironmentData
	 * @see #getData()
	 * @generated
	 */
	void setData(EnvironmentData value);

	/**
	 * Returns the value of the '<em><b>Encryption At Rest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encryption At Rest</em>' attribute.
	 * @see #setEncryptionAtRest(boolean)
	 * @see io.processware.model.solution.SolutionPackage#getEnvironment_EncryptionAtRest()
	 * @generated
	 */
	boolean isEncryptionAtRest();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Environment#isEncryptionAtRest <em>Encryption At Rest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encryption At Rest</em>' attribute.
	 * @see #isEncryptionAtRest()
	 * @generated
	 */
	void setEncryptionAtRest(boolean value);

	/**
	 * Returns the value of the '<em><b>Encryption In Transit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encryption In Transit</em>' attribute.
	 * @see #setEncryptionInTransit(boolean)
	 * @see io.processware.model.solution.SolutionPackage#getEnvironment_EncryptionInTransit()
	 * @generated
	 */
	boolean isEncryptionInTransit();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Environment#isEncryptionInTransit <em>Encryption In Transit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encryption In Transit</em>' attribute.
	 * @see #isEncryptionInTransit()
	 * @generated
	 */
	void setEncryptionInTransit(boolean value);

} // Environment
