/**
 */
package io.processware.model.process.util;

import io.processware.model.process.Activity;
import io.processware.model.process.BoundaryEvent;
import io.processware.model.process.BusinessRuleTask;
import io.processware.model.process.CallActivity;
import io.processware.model.process.DataObject;
import io.processware.model.process.DataStore;
import io.processware.model.process.EndEvent;
import io.processware.model.process.ErrorEventDefinition;
import io.processware.model.process.Event;
import io.processware.model.process.EventBasedGateway;
import io.processware.model.process.EventDefinition;
import io.processware.model.process.ExclusiveGateway;
import io.processware.model.process.FlowNode;
import io.processware.model.process.FlowScope;
import io.processware.model.process.Gateway;
import io.processware.model.process.InclusiveGateway;
import io.processware.model.process.IntermediateEvent;
import io.processware.model.process.Lane;
import io.processware.model.process.MessageEventDefinition;
import io.processware.model.process.MessageFlow;
import io.processware.model.process.ParallelGateway;
import io.processware.model.process.Participant;
import io.processware.model.process.ProcessPackage;
import io.processware.model.process.ReceiveTask;
import io.processware.model.process.RuntimeLlmSlot;
import io.processware.model.process.ScriptTask;
import io.processware.model.process.SendTask;
import io.processware.model.process.SequenceFlow;
import io.processware.model.process.ServiceTask;
import io.processware.model.process.SignalEventDefinition;
import io.processware.model.process.StartEvent;
import io.processware.model.process.SubProcess;
import io.processware.model.process.Task;
import io.processware.model.process.TimerEventDefinition;
import io.processware.model.process.UserTask;

import io.processware.model.solution.ModelElement;
import io.processware.model.solution.NamedElement;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.processware.model.process.ProcessPackage
 * @generated
 */
public class ProcessAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ProcessPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcessAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = ProcessPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessSwitch<Adapter> modelSwitch =
		new ProcessSwitch<Adapter>()
		{
			@Override
			public Adapter caseFlowScope(FlowScope object)
			{
				return createFlowScopeAdapter();
			}
			@Override
			public Adapter caseProcess(io.processware.model.process.Process object)
			{
				return createProcessAdapter();
			}
			@Override
			public Adapter caseParticipant(Participant object)
			{
				return createParticipantAdapter();
			}
			@Override
			public Adapter caseLane(Lane object)
			{
				return createLaneAdapter();
			}
			@Override
			public Adapter caseFlowNode(FlowNode object)
			{
				return createFlowNodeAdapter();
			}
			@Override
			public Adapter caseSequenceFlow(SequenceFlow object)
			{
				return createSequenceFlowAdapter();
			}
			@Override
			public Adapter caseMessageFlow(MessageFlow object)
			{
				return createMessageFlowAdapter();
			}
			@Override
			public Adapter caseDataObject(DataObject object)
			{
				return createDataObjectAdapter();
			}
			@Override
			public Adapter caseDataStore(DataStore object)
			{
				return createDataStoreAdapter();
			}
			@Override
			public Adapter caseEvent(Event object)
			{
				return createEventAdapter();
			}
			@Override
			public Adapter caseStartEvent(StartEvent object)
			{
				return createStartEventAdapter();
			}
			@Override
			public Adapter caseEndEvent(EndEvent object)
			{
				return createEndEventAdapter();
			}
			@Override
			public Adapter caseIntermediateEvent(IntermediateEvent object)
			{
				return createIntermediateEventAdapter();
			}
			@Override
			public Adapter caseBoundaryEvent(BoundaryEvent object)
			{
				return createBoundaryEventAdapter();
			}
			@Override
			public Adapter caseEventDefinition(EventDefinition object)
			{
				return createEventDefinitionAdapter();
			}
			@Override
			public Adapter caseTimerEventDefinition(TimerEventDefinition object)
			{
				return createTimerEventDefinitionAdapter();
			}
			@Override
			public Adapter caseMessageEventDefinition(MessageEventDefinition object)
			{
				return createMessageEventDefinitionAdapter();
			}
			@Override
			public Adapter caseErrorEventDefinition(ErrorEventDefinition object)
			{
				return createErrorEventDefinitionAdapter();
			}
			@Override
			public Adapter caseSignalEventDefinition(SignalEventDefinition object)
			{
				return createSignalEventDefinitionAdapter();
			}
			@Override
			public Adapter caseActivity(Activity object)
			{
				return createActivityAdapter();
			}
			@Override
			public Adapter caseTask(Task object)
			{
				return createTaskAdapter();
			}
			@Override
			public Adapter caseRuntimeLlmSlot(RuntimeLlmSlot object)
			{
				return createRuntimeLlmSlotAdapter();
			}
			@Override
			public Adapter caseUserTask(UserTask object)
			{
				return createUserTaskAdapter();
			}
			@Override
			public Adapter caseServiceTask(ServiceTask object)
			{
				return createServiceTaskAdapter();
			}
			@Override
			public Adapter caseScriptTask(ScriptTask object)
			{
				return createScriptTaskAdapter();
			}
			@Override
			public Adapter caseBusinessRuleTask(BusinessRuleTask object)
			{
				return createBusinessRuleTaskAdapter();
			}
			@Override
			public Adapter caseSendTask(SendTask object)
			{
				return createSendTaskAdapter();
			}
			@Override
			public Adapter caseReceiveTask(ReceiveTask object)
			{
				return createReceiveTaskAdapter();
			}
			@Override
			public Adapter caseSubProcess(SubProcess object)
			{
				return createSubProcessAdapter();
			}
			@Override
			public Adapter caseCallActivity(CallActivity object)
			{
				return createCallActivityAdapter();
			}
			@Override
			public Adapter caseGateway(Gateway object)
			{
				return createGatewayAdapter();
			}
			@Override
			public Adapter caseExclusiveGateway(ExclusiveGateway object)
			{
				return createExclusiveGatewayAdapter();
			}
			@Override
			public Adapter caseInclusiveGateway(InclusiveGateway object)
			{
				return createInclusiveGatewayAdapter();
			}
			@Override
			public Adapter caseParallelGateway(ParallelGateway object)
			{
				return createParallelGatewayAdapter();
			}
			@Override
			public Adapter caseEventBasedGateway(EventBasedGateway object)
			{
				return createEventBasedGatewayAdapter();
			}
			@Override
			public Adapter caseModelElement(ModelElement object)
			{
				return createModelElementAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object)
			{
				return createNamedElementAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.FlowScope <em>Flow Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.FlowScope
	 * @generated
	 */
	public Adapter createFlowScopeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.Process <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.Process
	 * @generated
	 */
	public Adapter createProcessAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.Participant
	 * @generated
	 */
	public Adapter createParticipantAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.Lane <em>Lane</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.Lane
	 * @generated
	 */
	public Adapter createLaneAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.FlowNode <em>Flow Node</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.FlowNode
	 * @generated
	 */
	public Adapter createFlowNodeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.SequenceFlow <em>Sequence Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.SequenceFlow
	 * @generated
	 */
	public Adapter createSequenceFlowAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.MessageFlow <em>Message Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.MessageFlow
	 * @generated
	 */
	public Adapter createMessageFlowAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.DataObject <em>Data Object</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.DataObject
	 * @generated
	 */
	public Adapter createDataObjectAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.DataStore <em>Data Store</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.DataStore
	 * @generated
	 */
	public Adapter createDataStoreAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.Event <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.Event
	 * @generated
	 */
	public Adapter createEventAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.StartEvent <em>Start Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.StartEvent
	 * @generated
	 */
	public Adapter createStartEventAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.EndEvent <em>End Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.EndEvent
	 * @generated
	 */
	public Adapter createEndEventAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.IntermediateEvent <em>Intermediate Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.IntermediateEvent
	 * @generated
	 */
	public Adapter createIntermediateEventAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.BoundaryEvent <em>Boundary Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.BoundaryEvent
	 * @generated
	 */
	public Adapter createBoundaryEventAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.EventDefinition <em>Event Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.EventDefinition
	 * @generated
	 */
	public Adapter createEventDefinitionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.TimerEventDefinition <em>Timer Event Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.TimerEventDefinition
	 * @generated
	 */
	public Adapter createTimerEventDefinitionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.MessageEventDefinition <em>Message Event Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.MessageEventDefinition
	 * @generated
	 */
	public Adapter createMessageEventDefinitionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.ErrorEventDefinition <em>Error Event Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.ErrorEventDefinition
	 * @generated
	 */
	public Adapter createErrorEventDefinitionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.SignalEventDefinition <em>Signal Event Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.SignalEventDefinition
	 * @generated
	 */
	public Adapter createSignalEventDefinitionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.Activity
	 * @generated
	 */
	public Adapter createActivityAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.Task
	 * @generated
	 */
	public Adapter createTaskAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.RuntimeLlmSlot <em>Runtime Llm Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.RuntimeLlmSlot
	 * @generated
	 */
	public Adapter createRuntimeLlmSlotAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.UserTask <em>User Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.UserTask
	 * @generated
	 */
	public Adapter createUserTaskAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.ServiceTask <em>Service Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.ServiceTask
	 * @generated
	 */
	public Adapter createServiceTaskAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.ScriptTask <em>Script Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.ScriptTask
	 * @generated
	 */
	public Adapter createScriptTaskAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.BusinessRuleTask <em>Business Rule Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.BusinessRuleTask
	 * @generated
	 */
	public Adapter createBusinessRuleTaskAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.SendTask <em>Send Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.SendTask
	 * @generated
	 */
	public Adapter createSendTaskAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.ReceiveTask <em>Receive Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.ReceiveTask
	 * @generated
	 */
	public Adapter createReceiveTaskAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.SubProcess <em>Sub Process</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.SubProcess
	 * @generated
	 */
	public Adapter createSubProcessAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.CallActivity <em>Call Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.CallActivity
	 * @generated
	 */
	public Adapter createCallActivityAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.Gateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.Gateway
	 * @generated
	 */
	public Adapter createGatewayAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.ExclusiveGateway <em>Exclusive Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.ExclusiveGateway
	 * @generated
	 */
	public Adapter createExclusiveGatewayAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.InclusiveGateway <em>Inclusive Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.InclusiveGateway
	 * @generated
	 */
	public Adapter createInclusiveGatewayAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.ParallelGateway <em>Parallel Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.ParallelGateway
	 * @generated
	 */
	public Adapter createParallelGatewayAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.process.EventBasedGateway <em>Event Based Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.process.EventBasedGateway
	 * @generated
	 */
	public Adapter createEventBasedGatewayAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.ModelElement
	 * @generated
	 */
	public Adapter createModelElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.processware.model.solution.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.processware.model.solution.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //ProcessAdapterFactory
