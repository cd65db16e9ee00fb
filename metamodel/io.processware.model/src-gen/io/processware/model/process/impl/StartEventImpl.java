/**
 */
package io.processware.model.process.impl;

import io.processware.model.process.ProcessPackage;
import io.processware.model.process.StartEvent;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Start Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class StartEventImpl extends EventImpl implements StartEvent
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StartEventImpl()
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
		return ProcessPackage.Literals.START_EVENT;
	}

} //StartEventImpl
