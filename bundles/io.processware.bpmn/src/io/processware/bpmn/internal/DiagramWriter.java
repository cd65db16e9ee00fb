package io.processware.bpmn.internal;

import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.DomElement;

/** Writes generated diagram interchange (BPMNDiagram, shapes, edges) into a model. */
final class DiagramWriter {
	private final BpmnModelInstance model;
	private final BpmnPlane plane;

	private DiagramWriter(BpmnModelInstance model, BpmnPlane plane) {
		this.model = model;
		this.plane = plane;
	}

	/** Adds a new diagram whose plane shows {@code planeElement} (a process or a collaboration). */
	static DiagramWriter newDiagram(BpmnModelInstance model, BaseElement planeElement) {
		Definitions definitions = model.getDefinitions();
		BpmnDiagram diagram = model.newInstance(BpmnDiagram.class, freshId(model, "BPMNDiagram_" + planeElement.getId()));
		BpmnPlane plane = model.newInstance(BpmnPlane.class, freshId(model, "BPMNPlane_" + planeElement.getId()));
		plane.setBpmnElement(planeElement);
		diagram.setBpmnPlane(plane);
		appendDiagram(definitions, diagram);
		return new DiagramWriter(model, plane);
	}

	/**
	 * Adds the diagram after the root elements and before any relationship, as the schema orders
	 * them. Done on the XML tree because the model API's own insertion stumbles over root elements
	 * it has no type for (globalTask in MIWG B.1.0).
	 */
	private static void appendDiagram(Definitions definitions, BpmnDiagram diagram) {
		DomElement parent = definitions.getDomElement();
		DomElement firstRelationship = parent.getChildElementsByNameNs(BpmnNamespaces.MODEL, "relationship").stream()
				.findFirst().orElse(null);
		List<DomElement> children = parent.getChildElements();
		int index = firstRelationship == null ? children.size() : children.indexOf(firstRelationship);
		if (index == 0) {
			parent.appendChild(diagram.getDomElement());
		} else {
			parent.insertChildElementAfter(diagram.getDomElement(), children.get(index - 1));
		}
	}

	void shape(BaseElement element, Box box) {
		BpmnShape shape = model.newInstance(BpmnShape.class, freshId(model, element.getId() + "_di"));
		shape.setBpmnElement(element);
		if (element instanceof Participant || element instanceof Lane) {
			shape.setHorizontal(true);
		}
		if (element instanceof SubProcess) {
			// the sub-process's content has no shapes of its own, so it is drawn collapsed
			shape.setExpanded(false);
		}
		Bounds bounds = model.newInstance(Bounds.class);
		bounds.setX(round(box.x()));
		bounds.setY(round(box.y()));
		bounds.setWidth(round(box.width()));
		bounds.setHeight(round(box.height()));
		shape.setBounds(bounds);
		plane.getDiagramElements().add(shape);
	}

	void edge(BaseElement element, List<Point> route) {
		BpmnEdge edge = model.newInstance(BpmnEdge.class, freshId(model, element.getId() + "_di"));
		edge.setBpmnElement(element);
		for (Point point : route) {
			Waypoint waypoint = model.newInstance(Waypoint.class);
			waypoint.setX(round(point.x()));
			waypoint.setY(round(point.y()));
			edge.getWaypoints().add(waypoint);
		}
		plane.getDiagramElements().add(edge);
	}

	/** Whole pixels, as every BPMN editor writes them. */
	private static double round(double value) {
		return Math.round(value);
	}

	private static String freshId(BpmnModelInstance model, String wanted) {
		String id = wanted;
		for (int suffix = 2; model.getModelElementById(id) != null; suffix++) {
			id = wanted + "_" + suffix;
		}
		return id;
	}
}
