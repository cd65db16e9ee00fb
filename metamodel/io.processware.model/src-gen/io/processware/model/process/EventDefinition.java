/**
 */
package io.processware.model.process;

import io.processware.model.solution.ModelElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.processware.model.process.ProcessPackage#getEventDefinition()
 * @generated
 */
public interface EventDefinition extends ModelElement
{
} // EventDefinition
