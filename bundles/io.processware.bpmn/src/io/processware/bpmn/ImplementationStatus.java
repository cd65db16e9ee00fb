package io.processware.bpmn;

import java.util.Arrays;
import java.util.Optional;

/**
 * How far a task's implementation has come, from a business definition to a deployed version, or
 * whether it is covered by code that already exists (which Processware reuses instead of
 * generating). The literal is what {@code pw:implementationStatus} holds in the file.
 */
public enum ImplementationStatus {
	DEFINED("defined"),
	GENERATED("generated"),
	HUMAN_VALIDATED("human-validated"),
	DEPLOYED("deployed"),
	EXISTING_CODE("existing-code");

	private final String literal;

	ImplementationStatus(String literal) {
		this.literal = literal;
	}

	/** @return the value written in the BPMN file */
	public String literal() {
		return literal;
	}

	/** @return the constant whose literal this is, if any */
	public static Optional<ImplementationStatus> ofLiteral(String literal) {
		return Arrays.stream(values()).filter(value -> value.literal.equals(literal)).findFirst();
	}
}
