/**
 */
package io.processware.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Business Rule Task</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.processware.model.process.ProcessPackage#getBusinessRuleTask()
 * @generated
 */
public interface BusinessRuleTask extends Task
{
} // BusinessRuleTask
