package io.processware.model.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One problem of a solution model: which element (its label: id or qualified place), which rule,
 * how bad, and what to do about it.
 */
public record Finding(EObject element, String elementLabel, Rule rule, Severity severity, String message) {

	/** @return {@code element: severity: message [rule]} */
	public String describe() {
		return elementLabel + ": " + severity.label() + ": " + message + " [" + rule.id() + "]";
	}
}
