package io.processware.bpmn.internal;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;

/** The sizes bpmn-js gives new shapes, so that laid-out files look as if drawn in bpmn-js. */
final class ShapeSizes {

	private ShapeSizes() {
	}

	/** @return width and height of a new shape for this element */
	static double[] of(BaseElement element) {
		if (element instanceof Event) {
			return new double[] { 36, 36 };
		}
		if (element instanceof Gateway) {
			return new double[] { 50, 50 };
		}
		if (element instanceof DataObjectReference) {
			return new double[] { 36, 50 };
		}
		if (element instanceof DataStoreReference) {
			return new double[] { 50, 50 };
		}
		if (element instanceof TextAnnotation) {
			return new double[] { 100, 30 };
		}
		return new double[] { 100, 80 };
	}
}
