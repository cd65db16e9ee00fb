package io.processware.bpmn.internal;

import java.util.Set;

/**
 * Where BPMN 2.0 refers from one element to another by id: reference attributes and elements whose
 * text is an id. Type references ({@code itemSubjectRef}, {@code structureRef}, ...), called
 * processes and implementations are left out on purpose: they may name XML Schema types or
 * definitions in other files, which a single file cannot check.
 */
final class ReferenceSlots {
	static final Set<String> MODEL_ATTRIBUTES = Set.of("sourceRef", "targetRef", "default", "attachedToRef",
			"processRef", "messageRef", "signalRef", "errorRef", "escalationRef", "operationRef", "dataObjectRef",
			"dataStoreRef", "categoryValueRef", "inMessageRef", "outMessageRef", "interfaceRef",
			"activityRef", "compensateActivityRef", "dataStateRef");
	static final Set<String> MODEL_TEXT_ELEMENTS = Set.of("incoming", "outgoing", "flowNodeRef", "sourceRef",
			"targetRef", "dataInputRefs", "dataOutputRefs", "optionalInputRefs", "optionalOutputRefs",
			"whileExecutingInputRefs", "whileExecutingOutputRefs", "inputSetRefs", "outputSetRefs",
			"participantRef", "messageFlowRef", "eventDefinitionRef", "categoryValueRef");
	static final Set<String> DIAGRAM_ATTRIBUTES = Set.of("bpmnElement", "sourceElement", "targetElement",
			"labelStyle");

	private ReferenceSlots() {
	}
}
