package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;

import io.processware.bpmn.fidelity.FidelityCheck;
import io.processware.bpmn.fidelity.FidelityReport;

/** Files without diagram interchange get a readable left-to-right layout on import. */
class AutomaticLayoutTest {

	@Test
	void processWithoutDiagramIsLaidOutLeftToRightInLanes() throws Exception {
		BpmnDocument document = BpmnImporter.read(TestFiles.fixture("no-diagram.bpmn"));
		assertTrue(document.wasLaidOutAutomatically());
		assertEquals(List.of("Invoice_approval"), document.laidOutElements());
		Map<String, Bounds> shapes = shapesByElement(document);

		for (FlowNode node : document.model().getModelElementsByType(FlowNode.class)) {
			assertTrue(shapes.containsKey(node.getId()), () -> node.getId() + " has no shape");
		}
		assertNoOverlap(document, shapes);
		// the happy path reads left to right
		assertLeftOf(shapes, "Invoice_received", "Check_invoice");
		assertLeftOf(shapes, "Check_invoice", "Amount_gateway");
		assertLeftOf(shapes, "Amount_gateway", "Pay_invoice");
		assertLeftOf(shapes, "Pay_invoice", "Invoice_paid");
		// each lane's band holds its own nodes
		for (Lane lane : document.model().getModelElementsByType(Lane.class)) {
			Bounds band = shapes.get(lane.getId());
			for (FlowNode node : lane.getFlowNodeRefs()) {
				if (!(node instanceof BoundaryEvent)) {
					assertInside(shapes.get(node.getId()), band, node.getId() + " outside lane " + lane.getId());
				}
			}
		}
		// the boundary event sits on its host's lower border
		Bounds host = shapes.get("Approve_invoice");
		Bounds timer = shapes.get("Reminder_timer");
		assertEquals(host.getY() + host.getHeight(), timer.getY() + timer.getHeight() / 2, 1.0);
		assertEveryFlowHasAnEdge(document);
	}

	@Test
	void collaborationWithoutDiagramGetsStackedPoolsAndMessageFlows() throws Exception {
		BpmnDocument document = BpmnImporter.read(TestFiles.fixture("no-diagram-collaboration.bpmn"));
		assertEquals(List.of("Invoice_exchange"), document.laidOutElements());
		Map<String, Bounds> shapes = shapesByElement(document);
		for (Participant pool : document.model().getModelElementsByType(Participant.class)) {
			assertTrue(shapes.containsKey(pool.getId()), pool.getId());
		}
		assertTrue(shapes.get("Pool_supplier").getY() + shapes.get("Pool_supplier").getHeight()
				<= shapes.get("Pool_buyer").getY(), "pools are stacked top to bottom");
		assertInside(shapes.get("Send_invoice"), shapes.get("Pool_supplier"), "Send_invoice outside its pool");
		assertInside(shapes.get("Order_payment"), shapes.get("Pool_buyer"), "Order_payment outside its pool");
		Map<String, BpmnEdge> edges = edgesByElement(document);
		for (MessageFlow flow : document.model().getModelElementsByType(MessageFlow.class)) {
			assertTrue(edges.containsKey(flow.getId()), flow.getId());
		}
		assertNoOverlap(document, shapes);
		assertEveryFlowHasAnEdge(document);
	}

	@Test
	void laidOutFileSurvivesTheRoundTripAndIsNotLaidOutAgain() throws Exception {
		BpmnDocument document = BpmnImporter.read(TestFiles.fixture("no-diagram.bpmn"));
		FidelityReport report = FidelityCheck.check(document);
		assertTrue(report.keptFidelity(), () -> String.join("\n", report.differences()) + report.failure());
		assertTrue(report.laidOut());
		BpmnDocument reimported = BpmnImporter.read(BpmnExporter.toBytes(document), "exported");
		assertFalse(reimported.wasLaidOutAutomatically());
	}

	private static void assertEveryFlowHasAnEdge(BpmnDocument document) {
		Map<String, BpmnEdge> edges = edgesByElement(document);
		for (SequenceFlow flow : document.model().getModelElementsByType(SequenceFlow.class)) {
			BpmnEdge edge = edges.get(flow.getId());
			assertTrue(edge != null && edge.getWaypoints().size() >= 2, () -> flow.getId() + " has no edge");
		}
	}

	private static void assertNoOverlap(BpmnDocument document, Map<String, Bounds> shapes) {
		List<String> nodes = document.model().getModelElementsByType(FlowNode.class).stream()
				.filter(node -> !(node instanceof BoundaryEvent)).map(BaseElement::getId).toList();
		for (String a : nodes) {
			for (String b : nodes) {
				if (a.compareTo(b) < 0) {
					assertFalse(overlap(shapes.get(a), shapes.get(b)), a + " overlaps " + b);
				}
			}
		}
	}

	private static boolean overlap(Bounds a, Bounds b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
				&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
	}

	private static void assertLeftOf(Map<String, Bounds> shapes, String left, String right) {
		assertTrue(shapes.get(left).getX() + shapes.get(left).getWidth() <= shapes.get(right).getX(),
				left + " is not left of " + right);
	}

	private static void assertInside(Bounds inner, Bounds outer, String message) {
		assertTrue(inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
				&& inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
				&& inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight(), message);
	}

	private static Map<String, Bounds> shapesByElement(BpmnDocument document) {
		Collection<BpmnShape> shapes = document.model().getModelElementsByType(BpmnShape.class);
		return shapes.stream().collect(Collectors.toMap(shape -> shape.getBpmnElement().getId(), BpmnShape::getBounds));
	}

	private static Map<String, BpmnEdge> edgesByElement(BpmnDocument document) {
		return document.model().getModelElementsByType(BpmnEdge.class).stream()
				.collect(Collectors.toMap(edge -> edge.getBpmnElement().getId(), Function.identity()));
	}
}
