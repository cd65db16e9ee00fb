package io.processware.generator.application;

import io.processware.generator.ModelView;
import io.processware.model.process.SequenceFlow;

/**
 * A sequence flow as the generated state machine follows it.
 *
 * @param source        the flow in the model
 * @param id            its id
 * @param target        the id of the node it leads to
 * @param condition     its condition, parsed; null when it has none
 * @param isDefault     whether it is its gateway's default flow
 */
public record FlowModel(SequenceFlow source, String id, String target, FlowCondition condition, boolean isDefault)
		implements ModelView {

	/** @return the condition as a Java expression over {@code variables}, or null */
	public String conditionJava() {
		return condition == null ? null : condition.java();
	}

	/** @return the condition as the analyst wrote it, or null */
	public String conditionText() {
		return condition == null ? null : condition.text();
	}

	@Override
	public Object element() {
		return source;
	}
}
