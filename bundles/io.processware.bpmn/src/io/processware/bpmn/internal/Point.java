package io.processware.bpmn.internal;

/** A waypoint of an edge, in diagram coordinates. */
record Point(double x, double y) {

	Point moved(double dx, double dy) {
		return new Point(x + dx, y + dy);
	}
}
