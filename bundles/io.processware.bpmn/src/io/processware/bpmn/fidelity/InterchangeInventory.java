package io.processware.bpmn.fidelity;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/**
 * How much a BPMN model holds, counted the way the fidelity table shows it.
 *
 * @param elements   BPMN elements with an id (flow nodes, flows, pools, lanes, messages, ...)
 * @param flows      sequence and message flows
 * @param shapes     diagram shapes, over all diagrams
 * @param edges      diagram edges, over all diagrams
 * @param diagrams   BPMNDiagram elements
 * @param extensions foreign extension elements (outermost) and foreign attributes
 */
public record InterchangeInventory(int elements, int flows, int shapes, int edges, int diagrams, int extensions) {

	/** @return the inventory of a model */
	public static InterchangeInventory of(BpmnModelInstance model) {
		int elements = (int) model.getModelElementsByType(BaseElement.class).stream()
				.filter(element -> element.getId() != null).count();
		int flows = model.getModelElementsByType(SequenceFlow.class).size()
				+ model.getModelElementsByType(MessageFlow.class).size();
		return new InterchangeInventory(elements, flows, model.getModelElementsByType(BpmnShape.class).size(),
				model.getModelElementsByType(BpmnEdge.class).size(),
				model.getModelElementsByType(BpmnDiagram.class).size(), DocumentTree.extensionCount(model));
	}
}
