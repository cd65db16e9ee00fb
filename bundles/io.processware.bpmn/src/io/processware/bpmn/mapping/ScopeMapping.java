package io.processware.bpmn.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.DataObject;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;

import io.processware.model.process.Activity;
import io.processware.model.process.BoundaryEvent;
import io.processware.model.process.CallActivity;
import io.processware.model.process.DataStore;
import io.processware.model.process.Event;
import io.processware.model.process.ExclusiveGateway;
import io.processware.model.process.FlowNode;
import io.processware.model.process.FlowScope;
import io.processware.model.process.InclusiveGateway;
import io.processware.model.process.IntermediateEvent;
import io.processware.model.process.Process;
import io.processware.model.process.ProcessFactory;
import io.processware.model.process.SequenceFlow;
import io.processware.model.process.SubProcess;
import io.processware.model.solution.Solution;

/**
 * Maps one BPMN process's flow elements into a metamodel process: flow nodes (sub-processes with
 * their content), sequence flows, data objects and stores. References between nodes (flow ends,
 * boundary attachments, default flows, called processes) are resolved once every node exists.
 */
final class ScopeMapping {
	private static final ProcessFactory FACTORY = ProcessFactory.eINSTANCE;

	private final Process process;
	private final Solution context;
	private final List<String> notes;
	private final Map<String, FlowNode> nodes = new LinkedHashMap<>();
	private final Map<String, SequenceFlow> flows = new LinkedHashMap<>();
	private final List<Runnable> references = new ArrayList<>();
	private final Map<String, String> calledElements = new LinkedHashMap<>();

	ScopeMapping(Process process, Solution context, List<String> notes) {
		this.process = process;
		this.context = context;
		this.notes = notes;
	}

	/** @return the mapped node with this BPMN id, or null */
	FlowNode node(String id) {
		return nodes.get(id);
	}

	void mapContents(org.camunda.bpm.model.bpmn.instance.Process source) {
		mapScope(source.getFlowElements(), process);
	}

	/** Resolves the references among nodes; called processes are looked up in {@code processes}. */
	void resolve(Map<String, Process> processes) {
		references.forEach(Runnable::run);
		for (FlowNode node : nodes.values()) {
			if (node instanceof CallActivity call) {
				String called = calledElements.get(call.getId());
				Process target = called == null ? null : processes.get(called);
				if (target == null) {
					notes.add(call.getId() + ": calls '" + called + "', which is not a process of this file");
				}
				call.setCalledProcess(target);
			}
		}
	}

	private void mapScope(Iterable<FlowElement> elements, FlowScope scope) {
		for (FlowElement element : elements) {
			if (element instanceof org.camunda.bpm.model.bpmn.instance.FlowNode node) {
				FlowNode mapped = mapNode(node);
				if (mapped != null) {
					identify(mapped, node);
					scope.getNodes().add(mapped);
					nodes.put(node.getId(), mapped);
				}
			} else if (element instanceof org.camunda.bpm.model.bpmn.instance.SequenceFlow flow) {
				scope.getSequenceFlows().add(mapFlow(flow));
			} else if (element instanceof DataObject data) {
				var mapped = FACTORY.createDataObject();
				identify(mapped, data);
				mapped.setName(data.getName());
				mapped.setCollection(data.isCollection());
				process.getDataObjects().add(mapped);
			} else if (element instanceof DataStoreReference reference) {
				mapDataStore(reference);
			}
		}
	}

	private FlowNode mapNode(org.camunda.bpm.model.bpmn.instance.FlowNode node) {
		FlowNode mapped;
		if (node instanceof org.camunda.bpm.model.bpmn.instance.Task task) {
			mapped = TaskMapping.map(task, context, notes);
		} else if (node instanceof org.camunda.bpm.model.bpmn.instance.Event event) {
			mapped = mapEvent(event);
		} else if (node instanceof org.camunda.bpm.model.bpmn.instance.Gateway gateway) {
			mapped = mapGateway(gateway);
		} else if (node instanceof org.camunda.bpm.model.bpmn.instance.SubProcess subProcess) {
			SubProcess scope = FACTORY.createSubProcess();
			if (!"subProcess".equals(subProcess.getElementType().getTypeName())) { // transaction, ad-hoc
				notes.add(node.getId() + ": " + node.getElementType().getTypeName() + " mapped as a sub-process");
			}
			mapScope(subProcess.getFlowElements(), scope);
			mapped = scope;
		} else if (node instanceof org.camunda.bpm.model.bpmn.instance.CallActivity call) {
			mapped = FACTORY.createCallActivity();
			calledElements.put(node.getId(), call.getCalledElement());
		} else {
			notes.add(node.getId() + ": " + node.getElementType().getTypeName() + " has no counterpart in the model");
			return null;
		}
		mapped.setName(node.getName());
		return mapped;
	}

	private Event mapEvent(org.camunda.bpm.model.bpmn.instance.Event source) {
		Event event;
		if (source instanceof org.camunda.bpm.model.bpmn.instance.StartEvent) {
			event = FACTORY.createStartEvent();
		} else if (source instanceof org.camunda.bpm.model.bpmn.instance.EndEvent) {
			event = FACTORY.createEndEvent();
		} else if (source instanceof org.camunda.bpm.model.bpmn.instance.BoundaryEvent boundary) {
			BoundaryEvent mapped = FACTORY.createBoundaryEvent();
			mapped.setInterrupting(boundary.cancelActivity());
			references.add(() -> {
				if (boundary.getAttachedTo() != null && nodes.get(boundary.getAttachedTo().getId()) instanceof Activity host) {
					mapped.setAttachedTo(host);
				}
			});
			event = mapped;
		} else {
			IntermediateEvent mapped = FACTORY.createIntermediateEvent();
			mapped.setCatching(source instanceof IntermediateCatchEvent || !(source instanceof IntermediateThrowEvent));
			event = mapped;
		}
		EventDefinitionMapping.map(source, event, notes);
		return event;
	}

	private FlowNode mapGateway(org.camunda.bpm.model.bpmn.instance.Gateway gateway) {
		if (gateway instanceof org.camunda.bpm.model.bpmn.instance.ExclusiveGateway exclusive) {
			ExclusiveGateway mapped = FACTORY.createExclusiveGateway();
			references.add(() -> mapped.setDefaultFlow(exclusive.getDefault() == null ? null : flows.get(exclusive.getDefault().getId())));
			return mapped;
		}
		if (gateway instanceof org.camunda.bpm.model.bpmn.instance.InclusiveGateway inclusive) {
			InclusiveGateway mapped = FACTORY.createInclusiveGateway();
			references.add(() -> mapped.setDefaultFlow(inclusive.getDefault() == null ? null : flows.get(inclusive.getDefault().getId())));
			return mapped;
		}
		if (gateway instanceof org.camunda.bpm.model.bpmn.instance.ParallelGateway) {
			return FACTORY.createParallelGateway();
		}
		if (gateway instanceof org.camunda.bpm.model.bpmn.instance.EventBasedGateway) {
			return FACTORY.createEventBasedGateway();
		}
		InclusiveGateway approximation = FACTORY.createInclusiveGateway();
		if (gateway instanceof ComplexGateway complex) {
			references.add(() -> approximation.setDefaultFlow(complex.getDefault() == null ? null : flows.get(complex.getDefault().getId())));
		}
		notes.add(gateway.getId() + ": " + gateway.getElementType().getTypeName()
				+ " mapped as an inclusive gateway (the model has no such kind)");
		return approximation;
	}

	private SequenceFlow mapFlow(org.camunda.bpm.model.bpmn.instance.SequenceFlow source) {
		SequenceFlow flow = FACTORY.createSequenceFlow();
		identify(flow, source);
		flow.setName(source.getName());
		if (source.getConditionExpression() != null) {
			flow.setCondition(source.getConditionExpression().getTextContent().trim());
		}
		flows.put(source.getId(), flow);
		references.add(() -> {
			flow.setSource(source.getSource() == null ? null : nodes.get(source.getSource().getId()));
			flow.setTarget(source.getTarget() == null ? null : nodes.get(source.getTarget().getId()));
		});
		return flow;
	}

	/** Several references may point at one data store; the model holds the store once. */
	private void mapDataStore(DataStoreReference reference) {
		BaseElement stored = reference.getDataStore() != null ? reference.getDataStore() : reference;
		if (process.getDataStores().stream().anyMatch(store -> stored.getId().equals(store.getId()))) {
			return;
		}
		DataStore store = FACTORY.createDataStore();
		identify(store, stored);
		store.setName(stored.getAttributeValue("name") != null ? stored.getAttributeValue("name") : reference.getName());
		process.getDataStores().add(store);
	}

	/** The model element takes the BPMN id and the BPMN documentation as its description. */
	static void identify(io.processware.model.solution.ModelElement target, BaseElement source) {
		target.setId(source.getId());
		String documentation = source.getDocumentations().stream().map(Documentation::getTextContent)
				.map(String::trim).filter(text -> !text.isEmpty()).reduce((a, b) -> a + "\n\n" + b).orElse(null);
		if (documentation != null) {
			target.setDescription(documentation);
		}
	}
}
