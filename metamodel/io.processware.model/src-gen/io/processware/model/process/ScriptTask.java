/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Script Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.ScriptTask#getScriptLanguage <em>Script Language</em>}</li>
 *   <li>{@link io.processware.model.process.ScriptTask#getScript <em>Script</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getScriptTask()
 * @generated
 */
public interface ScriptTask extends Task
{
	/**
	 * Returns the value of the '<em><b>Script Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Script Language</em>' attribute.
	 * @see #setScriptLanguage(String)
	 * @see io.processware.model.process.ProcessPackage#getScriptTask_ScriptLanguage()
	 * @generated
	 */
	String getScriptLanguage();

	/**
	 * Sets the value of the '{@link io.processware.model.process.ScriptTask#getScriptLanguage <em>Script Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Script Language</em>' attribute.
	 * @see #getScriptLanguage()
	 * @generated
	 */
	void setScriptLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Script</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Script</em>' attribute.
	 * @see #setScript(String)
	 * @see io.processware.model.process.ProcessPackage#getScriptTask_Script()
	 * @generated
	 */
	String getScript();

	/**
	 * Sets the value of the '{@link io.processware.model.process.ScriptTask#getScript <em>Script</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Script</em>' attribute.
	 * @see #getScript()
	 * @generated
	 */
	void setScript(String value);

} // ScriptTask
