package io.processware.rules.interpreter;

/** A rule could not be evaluated on the given data (missing value, wrong type, two matching UNIQUE rows…). */
public class EvaluationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EvaluationException(String message) {
		super(message);
	}
}
