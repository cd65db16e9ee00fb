package io.processware.bpmn.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.instance.Artifact;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out one process left to right with ELK Layered, the way analysts draw BPMN: flows go right,
 * lanes are horizontal bands. Sub-processes are shown collapsed (their content has no shapes),
 * boundary events sit on their host's lower border.
 */
final class ProcessLayout {
	private static final double LANE_PADDING = 30;

	static {
		// ELK normally learns its algorithms from the Eclipse extension registry; outside it (tests,
		// the command line) the layered algorithm has to be registered by hand, once
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private final Process process;
	private final Map<BaseElement, ElkNode> nodes = new LinkedHashMap<>();
	private final Map<BaseElement, ElkEdge> elkEdges = new LinkedHashMap<>();
	private final List<BoundaryEvent> boundaryEvents = new ArrayList<>();
	private final List<BaseElement> connections = new ArrayList<>();

	private ProcessLayout(Process process) {
		this.process = process;
	}

	/** @return whether the process has anything to draw */
	static boolean hasContent(Process process) {
		return process.getFlowElements().stream().anyMatch(FlowNode.class::isInstance);
	}

	/** @return the process laid out, with its top left corner at 0,0 */
	static ProcessPicture of(Process process) {
		return new ProcessLayout(process).layOut();
	}

	private ProcessPicture layOut() {
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		graph.setProperty(CoreOptions.PADDING, new ElkPadding(20));
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE, Double.valueOf(40));
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, Double.valueOf(50));
		addNodes(graph);
		addEdges();
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

		ProcessPicture picture = new ProcessPicture();
		nodes.forEach((element, node) -> picture.shapes.put(element,
				new Box(node.getX(), node.getY(), node.getWidth(), node.getHeight())));
		Map<Lane, List<BaseElement>> lanes = topLevelLanes();
		if (!lanes.isEmpty()) {
			stackIntoLanes(picture, lanes);
		}
		placeBoundaryEvents(picture);
		for (BaseElement connection : connections) {
			ElkEdge edge = elkEdges.get(connection);
			boolean elkRouteStillValid = lanes.isEmpty() && edge != null && !startsAtBoundaryEvent(connection);
			picture.edges.put(connection, elkRouteStillValid ? route(edge) : elbow(picture, connection));
		}
		return picture;
	}

	private void addNodes(ElkNode graph) {
		Collection<FlowElement> elements = process.getFlowElements();
		for (FlowElement element : elements) {
			if (element instanceof BoundaryEvent boundary) {
				boundaryEvents.add(boundary);
			} else if (element instanceof FlowNode || element instanceof DataObjectReference
					|| element instanceof DataStoreReference) {
				addNode(graph, element);
			}
		}
		for (Artifact artifact : process.getArtifacts()) {
			if (artifact instanceof TextAnnotation) {
				addNode(graph, artifact);
			}
		}
	}

	private void addNode(ElkNode graph, BaseElement element) {
		double[] size = ShapeSizes.of(element);
		ElkNode node = ElkGraphUtil.createNode(graph);
		node.setDimensions(size[0], size[1]);
		nodes.put(element, node);
	}

	private void addEdges() {
		List<BaseElement> candidates = new ArrayList<>();
		process.getFlowElements().stream().filter(SequenceFlow.class::isInstance).forEach(candidates::add);
		process.getArtifacts().stream().filter(Association.class::isInstance).forEach(candidates::add);
		for (BaseElement connection : candidates) {
			BaseElement source = ends(connection)[0];
			BaseElement target = ends(connection)[1];
			if (!isDrawn(source) || !isDrawn(target)) {
				continue;
			}
			connections.add(connection);
			// a flow leaving a boundary event is ranked as leaving its host, so ELK orders them right
			ElkNode from = nodes.get(source instanceof BoundaryEvent boundary ? boundary.getAttachedTo() : source);
			ElkNode to = nodes.get(target);
			if (from != null && to != null) {
				elkEdges.put(connection, ElkGraphUtil.createSimpleEdge(from, to));
			}
		}
	}

	private boolean isDrawn(BaseElement element) {
		return nodes.containsKey(element) || element instanceof BoundaryEvent boundary
				&& nodes.containsKey(boundary.getAttachedTo());
	}

	private static BaseElement[] ends(BaseElement connection) {
		if (connection instanceof SequenceFlow flow) {
			return new BaseElement[] { flow.getSource(), flow.getTarget() };
		}
		Association association = (Association) connection;
		return new BaseElement[] { association.getSource(), association.getTarget() };
	}

	private static boolean startsAtBoundaryEvent(BaseElement connection) {
		return ends(connection)[0] instanceof BoundaryEvent || ends(connection)[1] instanceof BoundaryEvent;
	}

	private static List<Point> route(ElkEdge edge) {
		ElkEdgeSection section = edge.getSections().get(0);
		List<Point> points = new ArrayList<>();
		points.add(new Point(section.getStartX(), section.getStartY()));
		section.getBendPoints().forEach(bend -> points.add(new Point(bend.getX(), bend.getY())));
		points.add(new Point(section.getEndX(), section.getEndY()));
		return points;
	}

	/** An orthogonal route for edges whose ends moved after ELK's layout (lanes, boundary events). */
	private static List<Point> elbow(ProcessPicture picture, BaseElement connection) {
		Box from = picture.shapes.get(ends(connection)[0]);
		Box to = picture.shapes.get(ends(connection)[1]);
		if (from.right() <= to.x()) {
			double middle = (from.right() + to.x()) / 2;
			if (Math.abs(from.centerY() - to.centerY()) < 1) {
				return List.of(new Point(from.right(), from.centerY()), new Point(to.x(), from.centerY()));
			}
			return List.of(new Point(from.right(), from.centerY()), new Point(middle, from.centerY()),
					new Point(middle, to.centerY()), new Point(to.x(), to.centerY()));
		}
		double below = Math.max(from.bottom(), to.bottom()) + 20;
		return List.of(new Point(from.centerX(), from.bottom()), new Point(from.centerX(), below),
				new Point(to.centerX(), below), new Point(to.centerX(), to.bottom()));
	}

	/** Every top-level lane with the drawn elements it holds, nested lanes included. */
	private Map<Lane, List<BaseElement>> topLevelLanes() {
		Map<Lane, List<BaseElement>> lanes = new LinkedHashMap<>();
		for (LaneSet laneSet : process.getLaneSets()) {
			for (Lane lane : laneSet.getLanes()) {
				List<BaseElement> members = new ArrayList<>();
				collectMembers(lane, members);
				lanes.put(lane, members);
			}
		}
		return lanes;
	}

	private void collectMembers(Lane lane, List<BaseElement> members) {
		lane.getFlowNodeRefs().stream().filter(nodes::containsKey).forEach(members::add);
		if (lane.getChildLaneSet() != null) {
			lane.getChildLaneSet().getLanes().forEach(child -> collectMembers(child, members));
		}
	}

	/**
	 * Keeps ELK's columns but moves each lane's shapes into a horizontal band of its own, in lane
	 * order; shapes in no lane stay in a band below the lanes.
	 */
	private static void stackIntoLanes(ProcessPicture picture, Map<Lane, List<BaseElement>> lanes) {
		double width = picture.width() + LANE_PADDING;
		Map<BaseElement, Box> placed = new HashMap<>();
		double top = 0;
		for (Map.Entry<Lane, List<BaseElement>> lane : lanes.entrySet()) {
			double height = stackBand(picture, lane.getValue(), top, placed);
			picture.lanes.put(lane.getKey(), new Box(0, top, width, height));
			top += height;
		}
		List<BaseElement> outside = picture.shapes.keySet().stream().filter(shape -> !placed.containsKey(shape))
				.toList();
		stackBand(picture, outside, top, placed);
		picture.shapes.putAll(placed);
	}

	private static double stackBand(ProcessPicture picture, List<BaseElement> members, double top,
			Map<BaseElement, Box> placed) {
		List<BaseElement> fresh = members.stream().filter(member -> !placed.containsKey(member)).toList();
		if (fresh.isEmpty()) {
			return 120;
		}
		double minY = fresh.stream().mapToDouble(member -> picture.shapes.get(member).y()).min().orElse(0);
		double maxY = fresh.stream().mapToDouble(member -> picture.shapes.get(member).bottom()).max().orElse(0);
		for (BaseElement member : fresh) {
			placed.put(member, picture.shapes.get(member).moved(0, top + LANE_PADDING - minY));
		}
		return Math.max(120, maxY - minY + 2 * LANE_PADDING);
	}

	private void placeBoundaryEvents(ProcessPicture picture) {
		Map<BaseElement, List<BoundaryEvent>> byHost = new LinkedHashMap<>();
		boundaryEvents.stream().filter(event -> picture.shapes.containsKey(event.getAttachedTo()))
				.forEach(event -> byHost.computeIfAbsent(event.getAttachedTo(), host -> new ArrayList<>()).add(event));
		byHost.forEach((host, events) -> {
			Box hostBox = picture.shapes.get(host);
			for (int i = 0; i < events.size(); i++) {
				double centerX = hostBox.x() + hostBox.width() * (i + 1) / (events.size() + 1);
				picture.shapes.put(events.get(i), new Box(centerX - 18, hostBox.bottom() - 18, 36, 36));
			}
		});
	}
}
