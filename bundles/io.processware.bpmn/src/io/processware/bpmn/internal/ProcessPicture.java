package io.processware.bpmn.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.instance.BaseElement;

/**
 * The laid-out picture of one process: a box per shape and a route per edge, in the process's own
 * coordinates (top left at 0,0), ready to be moved into a pool or onto a plane.
 */
final class ProcessPicture {
	final Map<BaseElement, Box> shapes = new LinkedHashMap<>();
	final Map<BaseElement, List<Point>> edges = new LinkedHashMap<>();
	/** lanes keep their own boxes: they are drawn behind the shapes and span the picture's width */
	final Map<BaseElement, Box> lanes = new LinkedHashMap<>();

	double width() {
		double shapesRight = shapes.values().stream().mapToDouble(Box::right).max().orElse(0);
		double lanesRight = lanes.values().stream().mapToDouble(Box::right).max().orElse(0);
		return Math.max(shapesRight, lanesRight);
	}

	double height() {
		double shapesBottom = shapes.values().stream().mapToDouble(Box::bottom).max().orElse(0);
		double lanesBottom = lanes.values().stream().mapToDouble(Box::bottom).max().orElse(0);
		return Math.max(shapesBottom, lanesBottom);
	}
}
