/**
 */
package io.processware.model.generation;

import io.processware.model.solution.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Template Set Version</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.generation.TemplateSetVersion#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see io.processware.model.generation.GenerationPackage#getTemplateSetVersion()
 * @generated
 */
public interface TemplateSetVersion extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.processware.model.generation.GenerationPackage#getTemplateSetVersion_Version()
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.processware.model.generation.TemplateSetVersion#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

} // TemplateSetVersion
