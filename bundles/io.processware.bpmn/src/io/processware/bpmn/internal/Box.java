package io.processware.bpmn.internal;

/** A rectangle of a diagram, in diagram coordinates (pixels, y downwards). */
record Box(double x, double y, double width, double height) {

	double right() {
		return x + width;
	}

	double bottom() {
		return y + height;
	}

	double centerX() {
		return x + width / 2;
	}

	double centerY() {
		return y + height / 2;
	}

	Box moved(double dx, double dy) {
		return new Box(x + dx, y + dy, width, height);
	}
}
