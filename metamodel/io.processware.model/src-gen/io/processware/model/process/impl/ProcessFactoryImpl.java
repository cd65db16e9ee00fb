/**
 */
package io.processware.model.process.impl;

import io.processware.model.process.BoundaryEvent;
import io.processware.model.process.BusinessRuleTask;
import io.processware.model.process.CallActivity;
import io.processware.model.process.DataObject;
import io.processware.model.process.DataStore;
import io.processware.model.process.Determinism;
import io.processware.model.process.EndEvent;
import io.processware.model.process.ErrorEventDefinition;
import io.processware.model.process.EventBasedGateway;
import io.processware.model.process.ExclusiveGateway;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.InclusiveGateway;
import io.processware.model.process.IntermediateEvent;
import io.processware.model.process.Lane;
import io.processware.model.process.LlmFallback;
import io.processware.model.process.MessageEventDefinition;
import io.processware.model.process.MessageFlow;
import io.processware.model.process.ParallelGateway;
import io.processware.model.process.Participant;
import io.processware.model.process.ParticipantKind;
import io.processware.model.process.ProcessFactory;
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
import io.processware.model.process.TimerEventDefinition;
import io.processware.model.process.TimerKind;
import io.processware.model.process.UserTask;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ProcessFactoryImpl extends EFactoryImpl implements ProcessFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ProcessFactory init()
	{
		try
		{
			ProcessFactory theProcessFactory = (ProcessFactory)EPackage.Registry.INSTANCE.getEFactory(ProcessPackage.eNS_URI);
			if (theProcessFactory != null)
			{
				return theProcessFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ProcessFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcessFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case ProcessPackage.PROCESS: return createProcess();
			case ProcessPackage.PARTICIPANT: return createParticipant();
			case ProcessPackage.LANE: return createLane();
			case ProcessPackage.SEQUENCE_FLOW: return createSequenceFlow();
			case ProcessPackage.MESSAGE_FLOW: return createMessageFlow();
			case ProcessPackage.DATA_OBJECT: return createDataObject();
			case ProcessPackage.DATA_STORE: return createDataStore();
			case ProcessPackage.START_EVENT: return createStartEvent();
			case ProcessPackage.END_EVENT: return createEndEvent();
			case ProcessPackage.INTERMEDIATE_EVENT: return createIntermediateEvent();
			case ProcessPackage.BOUNDARY_EVENT: return createBoundaryEvent();
			case ProcessPackage.TIMER_EVENT_DEFINITION: return createTimerEventDefinition();
			case ProcessPackage.MESSAGE_EVENT_DEFINITION: return createMessageEventDefinition();
			case ProcessPackage.ERROR_EVENT_DEFINITION: return createErrorEventDefinition();
			case ProcessPackage.SIGNAL_EVENT_DEFINITION: return createSignalEventDefinition();
			case ProcessPackage.RUNTIME_LLM_SLOT: return createRuntimeLlmSlot();
			case ProcessPackage.USER_TASK: return createUserTask();
			case ProcessPackage.SERVICE_TASK: return createServiceTask();
			case ProcessPackage.SCRIPT_TASK: return createScriptTask();
			case ProcessPackage.BUSINESS_RULE_TASK: return createBusinessRuleTask();
			case ProcessPackage.SEND_TASK: return createSendTask();
			case ProcessPackage.RECEIVE_TASK: return createReceiveTask();
			case ProcessPackage.SUB_PROCESS: return createSubProcess();
			case ProcessPackage.CALL_ACTIVITY: return createCallActivity();
			case ProcessPackage.EXCLUSIVE_GATEWAY: return createExclusiveGateway();
			case ProcessPackage.INCLUSIVE_GATEWAY: return createInclusiveGateway();
			case ProcessPackage.PARALLEL_GATEWAY: return createParallelGateway();
			case ProcessPackage.EVENT_BASED_GATEWAY: return createEventBasedGateway();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case ProcessPackage.PARTICIPANT_KIND:
				return createParticipantKindFromString(eDataType, initialValue);
			case ProcessPackage.TIMER_KIND:
				return createTimerKindFromString(eDataType, initialValue);
			case ProcessPackage.DETERMINISM:
				return createDeterminismFromString(eDataType, initialValue);
			case ProcessPackage.IMPLEMENTATION_STATUS:
				return createImplementationStatusFromString(eDataType, initialValue);
			case ProcessPackage.LLM_FALLBACK:
				return createLlmFallbackFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case ProcessPackage.PARTICIPANT_KIND:
				return convertParticipantKindToString(eDataType, instanceValue);
			case ProcessPackage.TIMER_KIND:
				return convertTimerKindToString(eDataType, instanceValue);
			case ProcessPackage.DETERMINISM:
				return convertDeterminismToString(eDataType, instanceValue);
			case ProcessPackage.IMPLEMENTATION_STATUS:
				return convertImplementationStatusToString(eDataType, instanceValue);
			case ProcessPackage.LLM_FALLBACK:
				return convertLlmFallbackToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public io.processware.model.process.Process createProcess()
	{
		ProcessImpl process = new ProcessImpl();
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Participant createParticipant()
	{
		ParticipantImpl participant = new ParticipantImpl();
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lane createLane()
	{
		LaneImpl lane = new LaneImpl();
		return lane;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SequenceFlow createSequenceFlow()
	{
		SequenceFlowImpl sequenceFlow = new SequenceFlowImpl();
		return sequenceFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MessageFlow createMessageFlow()
	{
		MessageFlowImpl messageFlow = new MessageFlowImpl();
		return messageFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataObject createDataObject()
	{
		DataObjectImpl dataObject = new DataObjectImpl();
		return dataObject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataStore createDataStore()
	{
		DataStoreImpl dataStore = new DataStoreImpl();
		return dataStore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StartEvent createStartEvent()
	{
		StartEventImpl startEvent = new StartEventImpl();
		return startEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndEvent createEndEvent()
	{
		EndEventImpl endEvent = new EndEventImpl();
		return endEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntermediateEvent createIntermediateEvent()
	{
		IntermediateEventImpl intermediateEvent = new IntermediateEventImpl();
		return intermediateEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundaryEvent createBoundaryEvent()
	{
		BoundaryEventImpl boundaryEvent = new BoundaryEventImpl();
		return boundaryEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimerEventDefinition createTimerEventDefinition()
	{
		TimerEventDefinitionImpl timerEventDefinition = new TimerEventDefinitionImpl();
		return timerEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MessageEventDefinition createMessageEventDefinition()
	{
		MessageEventDefinitionImpl messageEventDefinition = new MessageEventDefinitionImpl();
		return messageEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ErrorEventDefinition createErrorEventDefinition()
	{
		ErrorEventDefinitionImpl errorEventDefinition = new ErrorEventDefinitionImpl();
		return errorEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignalEventDefinition createSignalEventDefinition()
	{
		SignalEventDefinitionImpl signalEventDefinition = new SignalEventDefinitionImpl();
		return signalEventDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuntimeLlmSlot createRuntimeLlmSlot()
	{
		RuntimeLlmSlotImpl runtimeLlmSlot = new RuntimeLlmSlotImpl();
		return runtimeLlmSlot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserTask createUserTask()
	{
		UserTaskImpl userTask = new UserTaskImpl();
		return userTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceTask createServiceTask()
	{
		ServiceTaskImpl serviceTask = new ServiceTaskImpl();
		return serviceTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScriptTask createScriptTask()
	{
		ScriptTaskImpl scriptTask = new ScriptTaskImpl();
		return scriptTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessRuleTask createBusinessRuleTask()
	{
		BusinessRuleTaskImpl businessRuleTask = new BusinessRuleTaskImpl();
		return businessRuleTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SendTask createSendTask()
	{
		SendTaskImpl sendTask = new SendTaskImpl();
		return sendTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReceiveTask createReceiveTask()
	{
		ReceiveTaskImpl receiveTask = new ReceiveTaskImpl();
		return receiveTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubProcess createSubProcess()
	{
		SubProcessImpl subProcess = new SubProcessImpl();
		return subProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallActivity createCallActivity()
	{
		CallActivityImpl callActivity = new CallActivityImpl();
		return callActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExclusiveGateway createExclusiveGateway()
	{
		ExclusiveGatewayImpl exclusiveGateway = new ExclusiveGatewayImpl();
		return exclusiveGateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InclusiveGateway createInclusiveGateway()
	{
		InclusiveGatewayImpl inclusiveGateway = new InclusiveGatewayImpl();
		return inclusiveGateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParallelGateway createParallelGateway()
	{
		ParallelGatewayImpl parallelGateway = new ParallelGatewayImpl();
		return parallelGateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventBasedGateway createEventBasedGateway()
	{
		EventBasedGatewayImpl eventBasedGateway = new EventBasedGatewayImpl();
		return eventBasedGateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ParticipantKind createParticipantKindFromString(EDataType eDataType, String initialValue)
	{
		ParticipantKind result = ParticipantKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertParticipantKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimerKind createTimerKindFromString(EDataType eDataType, String initialValue)
	{
		TimerKind result = TimerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimerKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Determinism createDeterminismFromString(EDataType eDataType, String initialValue)
	{
		Determinism result = Determinism.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeterminismToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImplementationStatus createImplementationStatusFromString(EDataType eDataType, String initialValue)
	{
		ImplementationStatus result = ImplementationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImplementationStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LlmFallback createLlmFallbackFromString(EDataType eDataType, String initialValue)
	{
		LlmFallback result = LlmFallback.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLlmFallbackToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessPackage getProcessPackage()
	{
		return (ProcessPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ProcessPackage getPackage()
	{
		return ProcessPackage.eINSTANCE;
	}

} //ProcessFactoryImpl
