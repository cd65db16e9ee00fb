package io.processware.bpmn;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who set a task's determinism class. The analyst's word is final; a class the classifier proposed
 * and someone applied stays a proposal, which a later classification may revise. The metamodel has
 * no place for this yet, so it lives beside the class in the BPMN file
 * ({@code pw:taskProfile determinismSource="CLASSIFIER"}); a class without a source was set by
 * the analyst (that is what every hand-written or foreign file means).
 */
public enum DeterminismSource {
	ANALYST, CLASSIFIER;

	/** @return the value written in the BPMN file (the constant's name, as the metamodel writes its literals) */
	public String literal() {
		return name();
	}

	/** @return the constant whose literal this is, if any */
	public static Optional<DeterminismSource> ofLiteral(String literal) {
		return Arrays.stream(values()).filter(value -> value.literal().equals(literal)).findFirst();
	}
}
