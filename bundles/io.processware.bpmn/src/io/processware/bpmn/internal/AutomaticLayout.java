package io.processware.bpmn.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.InteractionNode;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;

/**
 * Gives a diagram to a file that came without any, so that a file from a tool that writes no
 * diagram interchange still opens as a picture in bpmn-js: one diagram per collaboration (pools
 * stacked top to bottom) and one per process outside every collaboration. A file with at least one
 * diagram is left as drawn, even if some processes have no shapes: authors leave processes undrawn
 * on purpose (MIWG B.1.0 draws its called processes only as collapsed call activities), and adding
 * pictures there would change the file rather than keep it.
 */
public final class AutomaticLayout {
	private static final double POOL_LABEL_BAND = 30;
	private static final double POOL_GAP = 40;
	private static final double MARGIN = 50;
	private static final double EMPTY_POOL_WIDTH = 600;
	private static final double EMPTY_POOL_HEIGHT = 100;

	private AutomaticLayout() {
	}

	/** @return the ids of the processes and collaborations that received a generated diagram */
	public static List<String> addMissingDiagrams(BpmnModelInstance model) {
		if (!model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
			return List.of();
		}
		List<String> laidOut = new ArrayList<>();
		Set<Process> done = new HashSet<>();
		for (Collaboration collaboration : model.getModelElementsByType(Collaboration.class)) {
			if (!collaboration.getParticipants().isEmpty()) {
				layOutCollaboration(model, collaboration, done);
				laidOut.add(collaboration.getId());
			}
		}
		for (Process process : model.getModelElementsByType(Process.class)) {
			if (!done.contains(process) && ProcessLayout.hasContent(process)) {
				ProcessPicture picture = ProcessLayout.of(process);
				draw(DiagramWriter.newDiagram(model, process), picture, MARGIN, MARGIN, new HashMap<>());
				laidOut.add(process.getId());
			}
		}
		return laidOut;
	}

	/** Pools stacked top to bottom, each holding its process; message flows drawn between them. */
	private static void layOutCollaboration(BpmnModelInstance model, Collaboration collaboration, Set<Process> done) {
		DiagramWriter writer = DiagramWriter.newDiagram(model, collaboration);
		Map<BaseElement, Box> boxes = new HashMap<>();
		double top = MARGIN;
		for (Participant pool : collaboration.getParticipants()) {
			Process process = pool.getProcess();
			Box poolBox;
			if (process != null && ProcessLayout.hasContent(process) && done.add(process)) {
				ProcessPicture picture = ProcessLayout.of(process);
				// lanes fill their pool; without lanes the pool keeps a margin around the shapes
				double margin = picture.lanes.isEmpty() ? 20 : 0;
				poolBox = new Box(MARGIN, top, POOL_LABEL_BAND + picture.width() + margin, picture.height() + margin);
				writer.shape(pool, poolBox);
				draw(writer, picture, MARGIN + POOL_LABEL_BAND, top + (picture.lanes.isEmpty() ? 10 : 0), boxes);
			} else {
				poolBox = new Box(MARGIN, top, EMPTY_POOL_WIDTH, EMPTY_POOL_HEIGHT);
				writer.shape(pool, poolBox);
			}
			boxes.put(pool, poolBox);
			top = poolBox.bottom() + POOL_GAP;
		}
		for (MessageFlow flow : collaboration.getMessageFlows()) {
			Box from = boxes.get(asElement(flow.getSource()));
			Box to = boxes.get(asElement(flow.getTarget()));
			if (from != null && to != null) {
				writer.edge(flow, messageRoute(from, to));
			}
		}
	}

	private static BaseElement asElement(InteractionNode node) {
		return node instanceof BaseElement element ? element : null;
	}

	/** Message flows run vertically between pools, from the nearer border of each shape. */
	private static List<Point> messageRoute(Box from, Box to) {
		double x = from.centerX();
		double targetX = to.x() <= x && x <= to.right() ? x : to.centerX();
		if (from.bottom() <= to.y()) {
			return List.of(new Point(x, from.bottom()), new Point(targetX, to.y()));
		}
		return List.of(new Point(x, from.y()), new Point(targetX, to.bottom()));
	}

	private static void draw(DiagramWriter writer, ProcessPicture picture, double dx, double dy,
			Map<BaseElement, Box> boxes) {
		picture.lanes.forEach((lane, box) -> writer.shape(lane, box.moved(dx, dy)));
		picture.shapes.forEach((element, box) -> {
			writer.shape(element, box.moved(dx, dy));
			boxes.put(element, box.moved(dx, dy));
		});
		picture.edges.forEach((element, route) -> writer.edge(element,
				route.stream().map(point -> point.moved(dx, dy)).toList()));
	}
}
