/**
 */
package io.processware.model.process.impl;

import io.processware.model.process.EventDefinition;
import io.processware.model.process.ProcessPackage;

import io.processware.model.solution.impl.ModelElementImpl;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Event Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class EventDefinitionImpl extends ModelElementImpl implements EventDefinition
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EventDefinitionImpl()
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
		return ProcessPackage.Literals.EVENT_DEFINITION;
	}

} //EventDefinitionImpl
