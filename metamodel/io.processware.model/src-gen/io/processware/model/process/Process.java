/**
 */
package io.processware.model.process;

import io.processware.model.solution.NamedElement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.Process#getBpmnFile <em>Bpmn File</em>}</li>
 *   <li>{@link io.processware.model.process.Process#getParticipants <em>Participants</em>}</li>
 *   <li>{@link io.processware.model.process.Process#getLanes <em>Lanes</em>}</li>
 *   <li>{@link io.processware.model.process.Process#getMessageFlows <em>Message Flows</em>}</li>
 *   <li>{@link io.processware.model.process.Process#getDataObjects <em>Data Objects</em>}</li>
 *   <li>{@link io.processware.model.process.Process#getDataStores <em>Data Stores</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getProcess()
 * @generated
 */
public interface Process extends NamedElement, FlowScope
{
	/**
	 * Returns the value of the '<em><b>Bpmn File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The BPMN 2.0 file this process is drawn in, relative to the solution folder; empty when the process exists only in the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bpmn File</em>' attribute.
	 * @see #setBpmnFile(String)
	 * @see io.processware.model.process.ProcessPackage#getProcess_BpmnFile()
	 * @generated
	 */
	String getBpmnFile();

	/**
	 * Sets the value of the '{@link io.processware.model.process.Process#getBpmnFile <em>Bpmn File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bpmn File</em>' attribute.
	 * @see #getBpmnFile()
	 * @generated
	 */
	void setBpmnFile(String value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.process.Participant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' containment reference list.
	 * @see io.processware.model.process.ProcessPackage#getProcess_Participants()
	 * @generated
	 */
	EList<Participant> getParticipants();

	/**
	 * Returns the value of the '<em><b>Lanes</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.process.Lane}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lanes</em>' containment reference list.
	 * @see io.processware.model.process.ProcessPackage#getProcess_Lanes()
	 * @generated
	 */
	EList<Lane> getLanes();

	/**
	 * Returns the value of the '<em><b>Message Flows</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.process.MessageFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message Flows</em>' containment reference list.
	 * @see io.processware.model.process.ProcessPackage#getProcess_MessageFlows()
	 * @generated
	 */
	EList<MessageFlow> getMessageFlows();

	/**
	 * Returns the value of the '<em><b>Data Objects</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.process.DataObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Objects</em>' containment reference list.
	 * @see io.processware.model.process.ProcessPackage#getProcess_DataObjects()
	 * @generated
	 */
	EList<DataObject> getDataObjects();

	/**
	 * Returns the value of the '<em><b>Data Stores</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.process.DataStore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Stores</em>' containment reference list.
	 * @see io.processware.model.process.ProcessPackage#getProcess_DataStores()
	 * @generated
	 */
	EList<DataStore> getDataStores();

} // Process
