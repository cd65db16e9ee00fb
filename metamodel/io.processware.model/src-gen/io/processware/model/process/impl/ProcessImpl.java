/**
 */
package io.processware.model.process.impl;

import io.processware.model.process.DataObject;
import io.processware.model.process.DataStore;
import io.processware.model.process.FlowNode;
import io.processware.model.process.FlowScope;
import io.processware.model.process.Lane;
import io.processware.model.process.MessageFlow;
import io.processware.model.process.Participant;
import io.processware.model.process.ProcessPackage;
import io.processware.model.process.SequenceFlow;

import io.processware.model.solution.impl.NamedElementImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.impl.ProcessImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link io.processware.model.process.impl.ProcessImpl#getSequenceFlows <em>Sequence Flows</em>}</li>
 *   <li>{@link io.processware.model.process.impl.ProcessImpl#getBpmnFile <em>Bpmn File</em>}</li>
 *   <li>{@link io.processware.model.process.impl.ProcessImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link io.processware.model.process.impl.ProcessImpl#getLanes <em>Lanes</em>}</li>
 *   <li>{@link io.processware.model.process.impl.ProcessImpl#getMessageFlows <em>Message Flows</em>}</li>
 *   <li>{@link io.processware.model.process.impl.ProcessImpl#getDataObjects <em>Data Objects</em>}</li>
 *   <li>{@link io.processware.model.process.impl.ProcessImpl#getDataStores <em>Data Stores</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessImpl extends NamedElementImpl implements io.processware.model.process.Process
{
	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<FlowNode> nodes;

	/**
	 * The cached value of the '{@link #getSequenceFlows() <em>Sequence Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequenceFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<SequenceFlow> sequenceFlows;

	/**
	 * The default value of the '{@link #getBpmnFile() <em>Bpmn File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBpmnFile()
	 * @generated
	 * @ordered
	 */
	protected static final String BPMN_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBpmnFile() <em>Bpmn File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBpmnFile()
	 * @generated
	 * @ordered
	 */
	protected String bpmnFile = BPMN_FILE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> participants;

	/**
	 * The cached value of the '{@link #getLanes() <em>Lanes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanes()
	 * @generated
	 * @ordered
	 */
	protected EList<Lane> lanes;

	/**
	 * The cached value of the '{@link #getMessageFlows() <em>Message Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<MessageFlow> messageFlows;

	/**
	 * The cached value of the '{@link #getDataObjects() <em>Data Objects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataObjects()
	 * @generated
	 * @ordered
	 */
	protected EList<DataObject> dataObjects;

	/**
	 * The cached value of the '{@link #getDataStores() <em>Data Stores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataStores()
	 * @generated
	 * @ordered
	 */
	protected EList<DataStore> dataStores;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessImpl()
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
		return ProcessPackage.Literals.PROCESS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FlowNode> getNodes()
	{
		if (nodes == null)
		{
			nodes = new EObjectContainmentEList<FlowNode>(FlowNode.class, this, ProcessPackage.PROCESS__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SequenceFlow> getSequenceFlows()
	{
		if (sequenceFlows == null)
		{
			sequenceFlows = new EObjectContainmentEList<SequenceFlow>(SequenceFlow.class, this, ProcessPackage.PROCESS__SEQUENCE_FLOWS);
		}
		return sequenceFlows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBpmnFile()
	{
		return bpmnFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBpmnFile(String newBpmnFile)
	{
		String oldBpmnFile = bpmnFile;
		bpmnFile = newBpmnFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.PROCESS__BPMN_FILE, oldBpmnFile, bpmnFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getParticipants()
	{
		if (participants == null)
		{
			participants = new EObjectContainmentEList<Participant>(Participant.class, this, ProcessPackage.PROCESS__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lane> getLanes()
	{
		if (lanes == null)
		{
			lanes = new EObjectContainmentEList<Lane>(Lane.class, this, ProcessPackage.PROCESS__LANES);
		}
		return lanes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MessageFlow> getMessageFlows()
	{
		if (messageFlows == null)
		{
			messageFlows = new EObjectContainmentEList<MessageFlow>(MessageFlow.class, this, ProcessPackage.PROCESS__MESSAGE_FLOWS);
		}
		return messageFlows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataObject> getDataObjects()
	{
		if (dataObjects == null)
		{
			dataObjects = new EObjectContainmentEList<DataObject>(DataObject.class, this, ProcessPackage.PROCESS__DATA_OBJECTS);
		}
		return dataObjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataStore> getDataStores()
	{
		if (dataStores == null)
		{
			dataStores = new EObjectContainmentEList<DataStore>(DataStore.class, this, ProcessPackage.PROCESS__DATA_STORES);
		}
		return dataStores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case ProcessPackage.PROCESS__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS__SEQUENCE_FLOWS:
				return ((InternalEList<?>)getSequenceFlows()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS__PARTICIPANTS:
				return ((InternalEList<?>)getParticipants()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS__LANES:
				return ((InternalEList<?>)getLanes()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS__MESSAGE_FLOWS:
				return ((InternalEList<?>)getMessageFlows()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS__DATA_OBJECTS:
				return ((InternalEList<?>)getDataObjects()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS__DATA_STORES:
				return ((InternalEList<?>)getDataStores()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case ProcessPackage.PROCESS__NODES:
				return getNodes();
			case ProcessPackage.PROCESS__SEQUENCE_FLOWS:
				return getSequenceFlows();
			case ProcessPackage.PROCESS__BPMN_FILE:
				return getBpmnFile();
			case ProcessPackage.PROCESS__PARTICIPANTS:
				return getParticipants();
			case ProcessPackage.PROCESS__LANES:
				return getLanes();
			case ProcessPackage.PROCESS__MESSAGE_FLOWS:
				return getMessageFlows();
			case ProcessPackage.PROCESS__DATA_OBJECTS:
				return getDataObjects();
			case ProcessPackage.PROCESS__DATA_STORES:
				return getDataStores();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case ProcessPackage.PROCESS__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends FlowNode>)newValue);
				return;
			case ProcessPackage.PROCESS__SEQUENCE_FLOWS:
				getSequenceFlows().clear();
				getSequenceFlows().addAll((Collection<? extends SequenceFlow>)newValue);
				return;
			case ProcessPackage.PROCESS__BPMN_FILE:
				setBpmnFile((String)newValue);
				return;
			case ProcessPackage.PROCESS__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Participant>)newValue);
				return;
			case ProcessPackage.PROCESS__LANES:
				getLanes().clear();
				getLanes().addAll((Collection<? extends Lane>)newValue);
				return;
			case ProcessPackage.PROCESS__MESSAGE_FLOWS:
				getMessageFlows().clear();
				getMessageFlows().addAll((Collection<? extends MessageFlow>)newValue);
				return;
			case ProcessPackage.PROCESS__DATA_OBJECTS:
				getDataObjects().clear();
				getDataObjects().addAll((Collection<? extends DataObject>)newValue);
				return;
			case ProcessPackage.PROCESS__DATA_STORES:
				getDataStores().clear();
				getDataStores().addAll((Collection<? extends DataStore>)newValue);
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
			case ProcessPackage.PROCESS__NODES:
				getNodes().clear();
				return;
			case ProcessPackage.PROCESS__SEQUENCE_FLOWS:
				getSequenceFlows().clear();
				return;
			case ProcessPackage.PROCESS__BPMN_FILE:
				setBpmnFile(BPMN_FILE_EDEFAULT);
				return;
			case ProcessPackage.PROCESS__PARTICIPANTS:
				getParticipants().clear();
				return;
			case ProcessPackage.PROCESS__LANES:
				getLanes().clear();
				return;
			case ProcessPackage.PROCESS__MESSAGE_FLOWS:
				getMessageFlows().clear();
				return;
			case ProcessPackage.PROCESS__DATA_OBJECTS:
				getDataObjects().clear();
				return;
			case ProcessPackage.PROCESS__DATA_STORES:
				getDataStores().clear();
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
			case ProcessPackage.PROCESS__NODES:
				return nodes != null && !nodes.isEmpty();
			case ProcessPackage.PROCESS__SEQUENCE_FLOWS:
				return sequenceFlows != null && !sequenceFlows.isEmpty();
			case ProcessPackage.PROCESS__BPMN_FILE:
				return BPMN_FILE_EDEFAULT == null ? bpmnFile != null : !BPMN_FILE_EDEFAULT.equals(bpmnFile);
			case ProcessPackage.PROCESS__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case ProcessPackage.PROCESS__LANES:
				return lanes != null && !lanes.isEmpty();
			case ProcessPackage.PROCESS__MESSAGE_FLOWS:
				return messageFlows != null && !messageFlows.isEmpty();
			case ProcessPackage.PROCESS__DATA_OBJECTS:
				return dataObjects != null && !dataObjects.isEmpty();
			case ProcessPackage.PROCESS__DATA_STORES:
				return dataStores != null && !dataStores.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass)
	{
		if (baseClass == FlowScope.class)
		{
			switch (derivedFeatureID)
			{
				case ProcessPackage.PROCESS__NODES: return ProcessPackage.FLOW_SCOPE__NODES;
				case ProcessPackage.PROCESS__SEQUENCE_FLOWS: return ProcessPackage.FLOW_SCOPE__SEQUENCE_FLOWS;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass)
	{
		if (baseClass == FlowScope.class)
		{
			switch (baseFeatureID)
			{
				case ProcessPackage.FLOW_SCOPE__NODES: return ProcessPackage.PROCESS__NODES;
				case ProcessPackage.FLOW_SCOPE__SEQUENCE_FLOWS: return ProcessPackage.PROCESS__SEQUENCE_FLOWS;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (bpmnFile: ");
		result.append(bpmnFile);
		result.append(')');
		return result.toString();
	}

} //ProcessImpl
