package io.processware.bpmn.fidelity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What a BPMN model says, as the MIWG conformance criteria see it: every element's id, type and
 * name; each flow's ends (and condition); each event's definitions; documentation; and for each
 * diagram its plane, every shape's bounds, label and flags and every edge's waypoints and label.
 * Two models are semantically equal when their facts match, geometry within a tolerance.
 */
public final class ModelFacts {
	private final Map<String, String> statements = new TreeMap<>();
	private final Map<String, double[]> geometry = new TreeMap<>();

	private ModelFacts() {
	}

	/** @return the facts of a model */
	public static ModelFacts of(BpmnModelInstance model) {
		ModelFacts facts = new ModelFacts();
		Map<String, Integer> seen = new HashMap<>();
		for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
			facts.addElement(element, seen);
		}
		for (BpmnDiagram diagram : model.getModelElementsByType(BpmnDiagram.class)) {
			facts.addDiagram(diagram);
		}
		return facts;
	}

	/**
	 * @param tolerance how far (in pixels) a coordinate may move and still count as kept
	 * @return one line per difference, empty when the models are semantically equal
	 */
	public List<String> differencesTo(ModelFacts other, double tolerance) {
		List<String> differences = new ArrayList<>();
		compareKeys(statements.keySet(), other.statements.keySet(), differences);
		statements.forEach((key, value) -> {
			String otherValue = other.statements.get(key);
			if (otherValue != null && !otherValue.equals(value)) {
				differences.add(key + ": '" + value + "' became '" + otherValue + "'");
			}
		});
		compareKeys(geometry.keySet(), other.geometry.keySet(), differences);
		geometry.forEach((key, numbers) -> {
			double[] otherNumbers = other.geometry.get(key);
			if (otherNumbers != null && !withinTolerance(numbers, otherNumbers, tolerance)) {
				differences.add(key + ": " + format(numbers) + " became " + format(otherNumbers));
			}
		});
		return differences;
	}

	private static void compareKeys(java.util.Set<String> before, java.util.Set<String> after, List<String> differences) {
		before.stream().filter(key -> !after.contains(key)).forEach(key -> differences.add(key + ": lost"));
		after.stream().filter(key -> !before.contains(key)).forEach(key -> differences.add(key + ": added"));
	}

	private static boolean withinTolerance(double[] a, double[] b, double tolerance) {
		if (a.length != b.length) {
			return false;
		}
		for (int i = 0; i < a.length; i++) {
			if (Math.abs(a[i] - b[i]) > tolerance) {
				return false;
			}
		}
		return true;
	}

	private static String format(double[] numbers) {
		return java.util.Arrays.toString(numbers);
	}

	private void addElement(BaseElement element, Map<String, Integer> seen) {
		String key = "element " + occurrence(identify(element), seen);
		statements.put(key + " type", element.getElementType().getTypeName());
		String name = element.getAttributeValue("name");
		if (name != null) {
			statements.put(key + " name", name);
		}
		if (element instanceof SequenceFlow flow) {
			statements.put(key + " flow", idOf(flow.getSource()) + " -> " + idOf(flow.getTarget()));
			if (flow.getConditionExpression() != null) {
				statements.put(key + " condition", flow.getConditionExpression().getTextContent().trim());
			}
		} else if (element instanceof MessageFlow flow) {
			statements.put(key + " flow", idOf(flow.getSource()) + " -> " + idOf(flow.getTarget()));
		} else if (element instanceof Association association) {
			statements.put(key + " flow", idOf(association.getSource()) + " -> " + idOf(association.getTarget()));
		}
		if (element instanceof Event event) {
			statements.put(key + " event definitions", event.getChildElementsByType(EventDefinition.class).stream()
					.map(ModelFacts::describeDefinition).sorted().collect(Collectors.joining(", ")));
		}
		List<String> documentation = element.getDocumentations().stream().map(Documentation::getTextContent)
				.map(String::trim).toList();
		if (!documentation.isEmpty()) {
			statements.put(key + " documentation", String.join(" | ", documentation));
		}
	}

	private static String describeDefinition(EventDefinition definition) {
		// the reference (message, signal, error, ...) is part of what the event means
		String type = definition.getElementType().getTypeName();
		for (String reference : new String[] { "messageRef", "signalRef", "errorRef", "escalationRef" }) {
			String value = definition.getAttributeValue(reference);
			if (value != null) {
				return type + "(" + value + ")";
			}
		}
		return type;
	}

	private void addDiagram(BpmnDiagram diagram) {
		String key = "diagram '" + diagram.getId() + "'";
		statements.put(key + " plane", diagram.getBpmnPlane() == null || diagram.getBpmnPlane().getBpmnElement() == null
				? "(none)" : diagram.getBpmnPlane().getBpmnElement().getId());
		if (diagram.getBpmnPlane() == null) {
			return;
		}
		Map<String, Integer> seen = new HashMap<>();
		for (DiagramElement element : diagram.getBpmnPlane().getDiagramElements()) {
			if (element instanceof BpmnShape shape) {
				String shapeKey = key + " shape of " + occurrence(idOf(shape.getBpmnElement()), seen);
				geometry.put(shapeKey + " bounds", bounds(shape.getBounds()));
				statements.put(shapeKey + " flags", "expanded=" + shape.getAttributeValue("isExpanded")
						+ " horizontal=" + shape.getAttributeValue("isHorizontal")
						+ " markerVisible=" + shape.getAttributeValue("isMarkerVisible"));
				addLabel(shapeKey, shape.getBpmnLabel());
			} else if (element instanceof BpmnEdge edge) {
				String edgeKey = key + " edge of " + occurrence(idOf(edge.getBpmnElement()), seen);
				geometry.put(edgeKey + " waypoints", edge.getWaypoints().stream()
						.flatMapToDouble(point -> java.util.stream.DoubleStream.of(coordinate(point, true),
								coordinate(point, false)))
						.toArray());
				addLabel(edgeKey, edge.getBpmnLabel());
			}
		}
	}

	private void addLabel(String key, BpmnLabel label) {
		if (label != null && label.getBounds() != null) {
			geometry.put(key + " label bounds", bounds(label.getBounds()));
		}
	}

	private static double coordinate(Waypoint point, boolean x) {
		return x ? point.getX() : point.getY();
	}

	private static double[] bounds(Bounds bounds) {
		return bounds == null ? new double[0]
				: new double[] { bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight() };
	}

	/** The same element may be drawn twice in one diagram; number the repeats to keep them apart. */
	private static String occurrence(String id, Map<String, Integer> seen) {
		int count = seen.merge(id, Integer.valueOf(1), Integer::sum).intValue();
		return count == 1 ? "'" + id + "'" : "'" + id + "' #" + count;
	}

	private static String identify(BaseElement element) {
		return element.getId() != null ? element.getId() : element.getElementType().getTypeName() + " without id";
	}

	private static String idOf(ModelElementInstance element) {
		return element instanceof BaseElement base ? base.getId() : "(none)";
	}
}
