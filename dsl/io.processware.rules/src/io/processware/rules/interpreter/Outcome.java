package io.processware.rules.interpreter;

import java.util.List;

/**
 * What evaluating a rule set for one task gave: the rules that fired (in firing order), the violated
 * constraints, the roles whose approval is required, the LLM slots asked, the notifications, and the
 * rejection that stopped evaluation, if any. Values set by rules are written into the facts map.
 */
public record Outcome(List<String> firedRules, List<Violation> violations, List<String> approvals,
		List<String> askedSlots, List<String> notifications, Violation rejection) {

	/** A constraint that does not hold, or a rejection, with its named error code. */
	public record Violation(String code, String message, boolean error) {
	}

	public boolean rejected() {
		return rejection != null;
	}
}
