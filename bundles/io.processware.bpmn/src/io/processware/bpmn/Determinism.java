package io.processware.bpmn;

import java.util.Arrays;
import java.util.Optional;

/**
 * How predictable a task's outcome is, which decides how Processware implements it: deterministic
 * tasks are generated as code, partial ones become hybrids, non-deterministic ones run through a
 * runtime LLM slot with analytics. The literal is what {@code pw:determinism} holds in the file.
 */
public enum Determinism {
	DETERMINISTIC("deterministic"),
	PARTIAL("partial"),
	NON_DETERMINISTIC("non-deterministic");

	private final String literal;

	Determinism(String literal) {
		this.literal = literal;
	}

	/** @return the value written in the BPMN file */
	public String literal() {
		return literal;
	}

	/** @return the constant whose literal this is, if any */
	public static Optional<Determinism> ofLiteral(String literal) {
		return Arrays.stream(values()).filter(value -> value.literal.equals(literal)).findFirst();
	}
}
